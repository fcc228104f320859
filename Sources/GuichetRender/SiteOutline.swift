import GuichetContent
import HelpCentreRules

/// What every page of the site shows besides its own body, known once the front-matter of every file is
/// read and before any article body is checked: the settings, the categories (footer, breadcrumbs), the
/// heads of the published articles (listings, related links), the rules in force and the contact form.
package struct SiteOutline: Sendable {
    package var config: SiteConfig
    package var categories: [PreparedCategory]
    /// Articles published by this build (drafts too with --drafts), in site order.
    package var articles: [ArticleHead]
    /// The rule of each id, in force on the build date.
    package var rules: [String: RuleSnapshot]
    /// Where « contact us » links lead (guichet.yml's `contact_form`, resolved by the build).
    package var contactFormURL: String

    package init(config: SiteConfig, categories: [PreparedCategory], articles: [ArticleHead], rules: [String: RuleSnapshot], contactFormURL: String) {
        self.config = config
        self.categories = categories
        self.articles = articles
        self.rules = rules
        self.contactFormURL = contactFormURL
    }
}
