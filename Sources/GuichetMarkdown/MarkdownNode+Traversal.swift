extension MarkdownNode {
    /// Calls `body` on this node and then on every descendant, in document order.
    public func forEachNode(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        for child in children {
            try child.forEachNode(body)
        }
    }

    /// Rebuilds every descendant bottom-up: each node's children are rewritten first, then the
    /// node is replaced by what `transform` returns (`[node]` keeps it, `[]` removes it, several
    /// nodes splice in). The receiver itself is not passed to `transform`.
    ///
    /// Typical use: split a `.text` node around a `{{ reference }}` into text and `.rawHTML` nodes.
    public mutating func rewriteDescendants(_ transform: (MarkdownNode) throws -> [MarkdownNode]) rethrows {
        var rewritten: [MarkdownNode] = []
        rewritten.reserveCapacity(children.count)
        for var child in children {
            try child.rewriteDescendants(transform)
            rewritten.append(contentsOf: try transform(child))
        }
        children = rewritten
    }
}
