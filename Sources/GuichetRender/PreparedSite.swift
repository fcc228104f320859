import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// The site after the check step: every link resolved, every problem found. What the site-wide pages and
/// files need (article bodies are rendered and written one at a time, and are not kept).
package struct PreparedSite: Sendable {
    package var outline: SiteOutline
    /// Published articles only (drafts too with --drafts), in site order.
    package var articles: [PreparedArticle]
    package var aliases: [(from: String, to: String)]
    package var diagnostics: [Diagnostic]

    package var config: SiteConfig { outline.config }
    package var categories: [PreparedCategory] { outline.categories }
    package var rules: [String: RuleSnapshot] { outline.rules }

    package init(outline: SiteOutline, articles: [PreparedArticle], aliases: [(from: String, to: String)], diagnostics: [Diagnostic]) {
        self.outline = outline
        self.articles = articles
        self.aliases = aliases
        self.diagnostics = diagnostics
    }
}

package struct PreparedCategory: Sendable {
    package let category: Category
    package let introHTML: SafeHTML
    /// The same introduction in Markdown, references resolved, for the category's Markdown twin.
    package let introMarkdown: String

    package init(category: Category, introHTML: SafeHTML, introMarkdown: String) {
        self.category = category
        self.introHTML = introHTML
        self.introMarkdown = introMarkdown
    }
}
