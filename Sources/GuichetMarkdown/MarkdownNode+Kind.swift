extension MarkdownNode {
    /// What a node is, with the data that belongs to it. Children are in ``MarkdownNode/children``.
    public enum Kind: Hashable, Sendable {
        // Blocks.
        case document
        case paragraph
        /// `level` is 1...6.
        case heading(level: Int)
        case blockQuote
        /// `start` is the number of the first item of an ordered list; the parser sets 1 for bullet lists.
        case list(ordered: Bool, start: Int, tight: Bool)
        /// `task` is `nil` for an ordinary item.
        case item(task: TaskState?)
        /// `info` is the whole info string (`"swift"` in ```` ```swift ````); `literal` ends with a newline
        /// when non-empty, as in the source.
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case thematicBreak
        /// One alignment per column. Children: one ``tableHeader`` then ``tableRow``s, each holding ``tableCell``s.
        case table(alignments: [TableAlignment])
        case tableHeader
        case tableRow
        case tableCell
        /// cmark-gfm 0.29 does not expose footnote labels, so parsed footnotes are labelled by their
        /// number ("1", "2", … in order of first reference). Hand-built trees may use any label.
        case footnoteDefinition(label: String)
        case footnoteReference(label: String)

        // Inlines.
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        /// Children are the alt text.
        case image(destination: String, title: String)

        /// HTML the renderer emits verbatim whatever its options: never produced by the parser, it is
        /// how the site layer injects markup it has already escaped.
        case rawHTML(String)

        /// Whether the node is a block (its siblings are blocks) rather than inline content.
        public var isBlock: Bool {
            switch self {
            case .document, .paragraph, .heading, .blockQuote, .list, .item, .codeBlock, .htmlBlock,
                .thematicBreak, .table, .tableHeader, .tableRow, .tableCell, .footnoteDefinition:
                true
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .strikethrough,
                .link, .image, .footnoteReference, .rawHTML:
                false
            }
        }
    }
}
