import GuichetContent
import GuichetMarkdown

/// One block of prose the figure check reads as a whole: a paragraph, a heading, or a table row (its
/// cells together, so that « | Expédition | 48 h | » reads as one line). Its text is the text nodes
/// joined; code spans, raw HTML and `{{ references }}` become spaces, so that they are neither figures nor
/// words, while each text piece keeps where it came from in the file.
package struct ProseBlock {
    package struct Piece {
        /// Prose between references, scanned for figures.
        let text: String
        /// Where `text` starts in the block's text, in characters.
        let blockOffset: Int
        /// Where `text` starts in its node's literal, in characters, and the node's position.
        let nodeOffset: Int
        let position: SourcePosition?
        /// `text.count`.
        let length: Int
    }

    /// The piece that holds the character at `offset` of the block's text.
    package func piece(at offset: Int) -> Piece? {
        pieces.last { $0.blockOffset <= offset && offset < $0.blockOffset + $0.length }
    }

    package var text = ""
    package var pieces: [Piece] = []
    package var isHeading = false
    private var count = 0

    /// The blocks of a document, in order. Code blocks and raw HTML hold none.
    package static func blocks(of root: MarkdownNode) -> [ProseBlock] {
        var blocks: [ProseBlock] = []
        collect(root, into: &blocks)
        return blocks
    }

    private static func collect(_ node: MarkdownNode, into blocks: inout [ProseBlock]) {
        switch node.kind {
        case .codeBlock, .htmlBlock:
            return
        case .paragraph, .heading, .tableRow, .tableHeader:
            var block = ProseBlock()
            if case .heading = node.kind { block.isHeading = true }
            block.append(node, near: node.position)
            blocks.append(block)
        default:
            for child in node.children { collect(child, into: &blocks) }
        }
    }

    private mutating func append(_ node: MarkdownNode, near position: SourcePosition?) {
        let position = node.position ?? position
        switch node.kind {
        case .text(let literal):
            var nodeOffset = 0
            for segment in ReferenceParser.parse(literal) {
                switch segment {
                case .text(let piece):
                    let length = piece.ownCharacterCount ?? piece.count
                    pieces.append(Piece(text: piece, blockOffset: count, nodeOffset: nodeOffset, position: position, length: length))
                    add(piece, length: length)
                    nodeOffset += length
                case .reference(let reference):
                    add(" ", length: 1)
                    nodeOffset = reference.offset + reference.length
                case .invalid:
                    return
                }
            }
        case .code, .htmlInline, .rawHTML, .softBreak, .lineBreak, .footnoteReference:
            add(" ", length: 1)
        case .tableCell:
            add(" | ", length: 3)
            for child in node.children { append(child, near: position) }
        default:
            for child in node.children { append(child, near: position) }
        }
    }

    private mutating func add(_ piece: String, length: Int) {
        text += piece
        count += length
    }
}
