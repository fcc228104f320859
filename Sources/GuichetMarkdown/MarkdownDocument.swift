/// A parsed Markdown document: a tree of Swift values with no tie to cmark.
public struct MarkdownDocument: Hashable, Sendable {
    /// The root node, of kind ``MarkdownNode/Kind/document``.
    public var root: MarkdownNode

    public init(root: MarkdownNode) {
        self.root = root
    }

    public init(children: [MarkdownNode]) {
        self.root = MarkdownNode(.document, children: children, position: SourcePosition(line: 1, column: 1))
    }

    /// The top-level blocks.
    public var children: [MarkdownNode] {
        get { root.children }
        set { root.children = newValue }
    }
}
