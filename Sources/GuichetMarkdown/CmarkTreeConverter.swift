internal import CCmarkGFM

/// Copies a cmark node tree into ``MarkdownNode`` values. The caller owns and frees the C tree.
enum CmarkTreeConverter {
    /// How deep the Swift tree may go. Conversion, rendering, comparison and destruction of the
    /// tree all recurse, and a task's stack can be small; cmark itself accepts any depth
    /// (`>>>>…` 20 000 times overflowed an 8 MB stack). Real documents stay far below this.
    static let maximumDepth = 100

    static func convert(document: OpaquePointer) -> MarkdownNode {
        convert(document, depth: 0) ?? MarkdownNode(.document)
    }

    /// `nil` for nodes that have no Swift counterpart (custom nodes, empty text).
    private static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode? {
        guard let kind = kind(of: node) else { return nil }
        if case .text(let literal) = kind, literal.isEmpty { return nil }
        if depth == maximumDepth {
            return flattened(node, isBlock: kind.isBlock)
        }
        var children: [MarkdownNode] = []
        var footnoteNumber = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            child = cmark_node_next(current)
            guard var converted = convert(current, depth: depth + 1) else { continue }
            if case .footnoteDefinition = converted.kind {
                // cmark has moved every referenced definition to the end of the document, in
                // order of first reference, and replaced each reference's label by that number.
                footnoteNumber += 1
                converted.kind = .footnoteDefinition(label: String(footnoteNumber))
            }
            if case .text(let literal) = converted.kind, let last = children.last,
                case .text(let previous) = last.kind
            {
                children[children.count - 1].kind = .text(previous + literal)
            } else {
                children.append(converted)
            }
        }
        return MarkdownNode(kind, children: children, position: position(of: node))
    }

    /// Replaces a subtree too deep to keep by its text (in a paragraph if it is a block), read
    /// with cmark's iterator, which does not recurse.
    private static func flattened(_ node: OpaquePointer, isBlock: Bool) -> MarkdownNode? {
        var text = ""
        if let iterator = cmark_iter_new(node) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                    if !text.isEmpty && cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK { text += " " }
                    text += literal(of: current)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                    if !text.isEmpty && text.last != " " { text += " " }
                default:
                    break
                }
            }
        }
        guard !text.isEmpty else { return nil }
        let textNode = MarkdownNode(.text(text), position: position(of: node))
        return isBlock ? MarkdownNode(.paragraph, children: [textNode], position: position(of: node)) : textNode
    }

    private static func position(of node: OpaquePointer) -> SourcePosition? {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard line > 0, column > 0 else { return nil }
        return SourcePosition(line: line, column: column)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(
                ordered: ordered,
                start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
                tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            guard typeName(of: node) == "tasklist" else { return .item(task: nil) }
            return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node) ? .checked : .unchecked)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(of: node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(of: node))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        // The converter numbers definitions; see `convert(_:)`.
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: "")
        case CMARK_NODE_TEXT: return .text(literal(of: node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(of: node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(of: node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(label: literal(of: node))
        case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_NONE: return nil
        default:
            // The extensions' node types are allocated at registration and not exported by the
            // headers; their names are the stable way to recognise them.
            switch typeName(of: node) {
            case "table": return .table(alignments: alignments(of: node))
            case "table_header": return .tableHeader
            case "table_row": return .tableRow
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            default: return nil
            }
        }
    }

    private static func alignments(of table: OpaquePointer) -> [TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(table))
        guard count > 0, let raw = cmark_gfm_extensions_get_table_alignments(table) else { return [] }
        return (0..<count).map { column in
            switch raw[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }

    private static func typeName(of node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private static func literal(of node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
