import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// The site after the check step: every link resolved, every problem found. What the site-wide pages and
/// files need (article bodies are rendered and written one at a time, and are not kept).
struct PreparedSite: Sendable {
    var outline: SiteOutline
    /// Published articles only (drafts too with --drafts), in site order.
    var articles: [PreparedArticle]
    var aliases: [(from: String, to: String)]
    var diagnostics: [Diagnostic]

    var config: SiteConfig { outline.config }
    var categories: [PreparedCategory] { outline.categories }
    var rules: [String: RuleSnapshot] { outline.rules }
}

struct PreparedCategory: Sendable {
    let category: Category
    let introHTML: SafeHTML
    /// The same introduction in Markdown, references resolved, for the category's Markdown twin.
    let introMarkdown: String
}
