import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// The site after the check step: every body rendered to HTML with its figures from the rules, every link
/// resolved, and every problem found. What the page templates need, and nothing written yet.
struct PreparedSite: Sendable {
    var config: SiteConfig
    var categories: [PreparedCategory]
    /// Published articles only (drafts too with --drafts), in site order.
    var articles: [PreparedArticle]
    var aliases: [(from: String, to: String)]
    var diagnostics: [Diagnostic]
    /// The rule of each id, in force on the build date.
    var rules: [String: RuleSnapshot]
    /// Where « contact us » links lead (guichet.yml's `contact_form`, resolved by the build).
    var contactFormURL = "/"

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

struct PreparedCategory: Sendable {
    let category: Category
    let introHTML: String
}

struct PreparedArticle: Sendable {
    let article: Article
    let bodyHTML: String
    let headings: [MarkdownHeading]
    /// Plain text of the body, for the search index.
    let bodyText: String
    /// Content paths of the related articles, in the order written.
    let related: [String]
    /// Rules the body uses, with every use: what `rules show` reports as a rule's impact.
    let usedRules: [String: [SourcePoint]]
}
