extension MarkdownNode {
    /// The node's text without markup, for titles, slugs, alt text and search.
    ///
    /// Line breaks become spaces; blocks (paragraphs, items, table rows, …) are separated by a
    /// newline and table cells by a tab. Raw HTML and footnote references contribute nothing.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch kind {
        case .text(let literal), .code(let literal):
            text += literal
        case .codeBlock(_, let literal):
            text += literal.hasSuffix("\n") ? literal.dropLast() : Substring(literal)
        case .softBreak, .lineBreak:
            text += " "
        case .htmlBlock, .htmlInline, .rawHTML, .footnoteReference, .thematicBreak:
            break
        case .document, .blockQuote, .list, .item, .footnoteDefinition, .table:
            appendChildren(to: &text, separator: "\n")
        case .tableHeader, .tableRow:
            appendChildren(to: &text, separator: "\t")
        case .paragraph, .heading, .tableCell, .emphasis, .strong, .strikethrough, .link, .image:
            for child in children {
                child.appendPlainText(to: &text)
            }
        }
    }

    private func appendChildren(to text: inout String, separator: String) {
        var wroteAny = false
        for child in children {
            var part = ""
            child.appendPlainText(to: &part)
            // Blocks without text (a thematic break, dropped HTML) must not leave blank lines.
            if part.isEmpty { continue }
            if wroteAny { text += separator }
            text += part
            wroteAny = true
        }
    }
}
