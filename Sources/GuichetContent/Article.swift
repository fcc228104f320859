import GuichetMarkdown

/// An article: its head (where it lives, its front-matter) and its Markdown body.
///
/// The body is kept as text and parsed on demand: a build holds every article between loading and
/// rendering, and a parsed tree weighs many times its text.
public struct Article: Sendable {
    public let head: ArticleHead
    /// The Markdown after the front-matter.
    public let body: String
    /// The body's source lines, for diagnostics that quote a line and for column arithmetic.
    public let bodyLines: [Substring]
    /// The file line of the body's first line.
    public let bodyLine: Int

    public init(head: ArticleHead, body: String, bodyLine: Int) {
        self.head = head
        self.body = body
        self.bodyLines = SourceText.lines(of: body)
        self.bodyLine = bodyLine
    }

    /// The body's Markdown tree, parsed anew on each call: parse it once per use.
    public var document: MarkdownDocument { MarkdownParser().parse(body) }

    public var file: String { head.file }
    public var contentPath: String { head.contentPath }
    public var category: String { head.category }
    public var slug: String { head.slug }
    public var matter: ArticleFrontMatter { head.matter }
    public var path: String { head.path }
}
