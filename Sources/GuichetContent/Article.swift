import GuichetMarkdown

/// An article: its front-matter, its Markdown tree, and where it lives.
public struct Article: Sendable {
    /// The file as the user names it: `Content/livraison/delais.md`.
    public let file: String
    /// Path under Content/: `livraison/delais.md`; links between articles resolve against it.
    public let contentPath: String
    public let category: String
    public let slug: String
    public let matter: ArticleFrontMatter
    public let document: MarkdownDocument
    /// The body's source lines, for diagnostics that quote a line and for column arithmetic.
    public let bodyLines: [Substring]
    /// The file line of the body's first line.
    public let bodyLine: Int

    /// Path of the page under the site root, without leading slash: `livraison/delais/`.
    public var path: String { "\(category)/\(slug)/" }
}
