/// One node of a parsed (or hand-built) Markdown tree.
///
/// The tree is plain Swift values: the site layer may inspect it, rewrite it (see
/// ``rewriteDescendants(_:)``) or build nodes from scratch before handing it to ``HTMLRenderer``.
public struct MarkdownNode: Hashable, Sendable {
    public var kind: Kind
    public var children: [MarkdownNode]
    /// Where the node starts in the source; `nil` for nodes cmark gives no position
    /// (soft and hard line breaks, some autolinks) and for nodes built in code.
    public var position: SourcePosition?

    public init(_ kind: Kind, children: [MarkdownNode] = [], position: SourcePosition? = nil) {
        self.kind = kind
        self.children = children
        self.position = position
    }
}
