import GuichetContent
import HelpCentreRules

/// What every page of the site shows besides its own body, known once the front-matter of every file is
/// read and before any article body is checked: the settings, the categories (footer, breadcrumbs), the
/// heads of the published articles (listings, related links), the rules in force and the contact form.
package struct SiteOutline: Sendable {
    package var config: SiteConfig
    package var categories: [PreparedCategory]
    /// Articles published by this build (drafts too with --drafts), in site order, each as `outlined(_:)` gives it:
    /// without the fields only its own page shows.
    package private(set) var articles: [ArticleHead]
    /// The rule of each id, in force on the build date.
    package var rules: [String: RuleSnapshot]
    /// Where « contact us » links lead (guichet.yml's `contact_form`, resolved by the build).
    package var contactFormURL: String

    package init(config: SiteConfig, categories: [PreparedCategory], articles: [ArticleHead], rules: [String: RuleSnapshot], contactFormURL: String) {
        self.config = config
        self.categories = categories
        self.articles = articles.map(Self.outlined)
        self.rules = rules
        self.contactFormURL = contactFormURL
    }

    /// The front-matter fields that only an article's own page shows, and the site-wide files that read them
    /// from the article's check, where the read is recorded (`PreparedArticle`, `ArticleReads`): `rules:`, `related:`,
    /// `reviewed:`. The outline does not hold them, so that no page can read them from it unrecorded: an edit of
    /// one redoes the article's own page and the files that recorded the read, never every page.
    package static let ownPageOnly = ["rules", "related", "reviewed"]

    /// An article's head as the outline holds it: whole but for `ownPageOnly`. A field added to the front-matter
    /// later is in it by default: an edit of it redoes every page (slower), never leaves one stale.
    package static func outlined(_ head: ArticleHead) -> ArticleHead {
        var matter = head.matter
        matter.rules = []
        matter.related = []
        matter.reviewed = nil
        return ArticleHead(file: head.file, category: head.category, slug: head.slug, matter: matter)
    }
}
