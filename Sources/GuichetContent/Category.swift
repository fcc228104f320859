import GuichetMarkdown

/// A help-centre section: a folder of Content/ with its `_index.md`.
public struct Category: Sendable {
    public let file: String
    public let slug: String
    public let matter: CategoryFrontMatter
    /// The introduction, from the `_index.md` body.
    public let document: MarkdownDocument
    public let bodyLines: [Substring]
    public let bodyLine: Int

    public var path: String { "\(slug)/" }
}
