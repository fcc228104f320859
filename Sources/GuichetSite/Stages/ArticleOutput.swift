import GuichetContent
import GuichetRender

/// One article checked and rendered from an outline: its page and its Markdown twin. What the build's
/// article step and render-ahead (`RenderAhead`) share, so that both make the same bytes.
enum ArticleOutput {
    /// The page and its twin, under the output folder.
    static func paths(of head: ArticleHead) -> [String] {
        [head.path + "index.html", MarkdownTwin.path(of: head.path + "index.html")]
    }

    struct Made: Sendable {
        let prepared: PreparedArticle
        /// The page and its twin with their text; nil without a renderer, or when the theme has no template.
        let files: [(path: String, text: String)]?
    }

    static func make(_ article: Article, parseDiagnostics: [Diagnostic], in context: SitePreparer.Context, preparer: SitePreparer,
                     renderer: PageRenderer?) -> Made {
        let (prepared, bodyHTML, body) = preparer.prepare(article, in: context, parseDiagnostics: parseDiagnostics)
        guard let renderer else { return Made(prepared: prepared, files: nil) }
        let page = ArticleSitePage(prepared: prepared, bodyHTML: bodyHTML, body: body)
        let (path, html) = renderer.render(page)
        guard let html, let twin = page.twin(with: renderer) else { return Made(prepared: prepared, files: nil) }
        return Made(prepared: prepared, files: [(path, html), (MarkdownTwin.path(of: path), twin)])
    }
}
