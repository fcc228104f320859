internal import Foundation

/// Writes a Markdown tree back as CommonMark (with the GFM tables, task items, strikethrough and footnotes
/// the parser reads): what the site publishes as an article's Markdown twin, from the tree its HTML page is
/// rendered from, so that both show the same text (references resolved, links rewritten).
///
/// Parsing the output gives back the same tree, up to positions and text split differently: text is escaped
/// wherever a character would otherwise start markup (`*`, `_`, `[`, a `#` opening a line…). Raw HTML from
/// the source is dropped, as by ``HTMLRenderer``, unless `allowRawHTML`.
public struct MarkdownWriter: Sendable {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// The whole document, ending with one newline (empty for an empty document).
    public func write(_ document: MarkdownDocument) -> String {
        let lines = blocks(document.root.children, tight: false)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Blocks

    /// Sibling blocks, separated by a blank line (none inside a tight list item).
    private func blocks(_ nodes: [MarkdownNode], tight: Bool) -> [String] {
        var lines: [String] = []
        var previous: MarkdownNode.Kind?
        for node in nodes {
            let written = block(node, after: previous)
            guard !written.isEmpty else { continue }
            if !lines.isEmpty && !(tight && !isFootnote(node)) { lines.append("") }
            lines += written
            previous = node.kind
        }
        return lines
    }

    private func isFootnote(_ node: MarkdownNode) -> Bool {
        if case .footnoteDefinition = node.kind { return true }
        return false
    }

    private func block(_ node: MarkdownNode, after previous: MarkdownNode.Kind?) -> [String] {
        switch node.kind {
        case .document:
            return blocks(node.children, tight: false)
        case .paragraph:
            return paragraphLines(inlines(node.children))
        case .heading(let level):
            var text = inlines(node.children).replacing(ascii: "\n", with: " ")
            // A closing run of `#` would be read as the heading's optional closing sequence.
            if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
            return [String(repeating: "#", count: level) + (text.isEmpty ? "" : " " + text)]
        case .blockQuote:
            return blocks(node.children, tight: false).map { $0.isEmpty ? ">" : "> " + $0 }
        case .list(let ordered, let start, let tight):
            // Two lists in a row with the same marker would be read as one: the second takes the other one.
            var alternate = false
            if case .list(let previousOrdered, _, _) = previous, previousOrdered == ordered { alternate = true }
            var lines: [String] = []
            for (index, item) in node.children.enumerated() {
                if index > 0 && !tight { lines.append("") }
                let marker = ordered ? "\(start + index)" + (alternate ? ")" : ".") : (alternate ? "*" : "-")
                lines += listItem(item, marker: marker, tight: tight)
            }
            return lines
        case .item:
            return listItem(node, marker: "-", tight: false)
        case .codeBlock(let info, let literal):
            var fence = "```"
            while literal.contains(fence) { fence += "`" }
            var body = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            if literal.isEmpty { body = "" }
            return [fence + info] + (literal.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                + [fence]
        case .htmlBlock(let literal):
            guard allowRawHTML else { return [] }
            let trimmed = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            return trimmed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .thematicBreak:
            return ["---"]
        case .table(let alignments):
            return table(node, alignments: alignments)
        case .footnoteDefinition(let label):
            let body = blocks(node.children, tight: false)
            guard let first = body.first else { return ["[^\(label)]:"] }
            return ["[^\(label)]: " + first] + body.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
        case .rawHTML(let html):
            return html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .tableHeader, .tableRow, .tableCell:
            return [inlines(node.children)]
        default:
            // An inline where a block was expected (a hand-built tree): written as a paragraph.
            return paragraphLines(inlines([node]))
        }
    }

    private func listItem(_ item: MarkdownNode, marker: String, tight: Bool) -> [String] {
        var head = marker + " "
        if case .item(let task?) = item.kind { head += task == .checked ? "[x] " : "[ ] " }
        let indent = String(repeating: " ", count: marker.count + 1)
        let body = blocks(item.children, tight: tight)
        guard let first = body.first else { return [head.trimmingTrailingSpaces] }
        return [head + first] + body.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
    }

    private func table(_ node: MarkdownNode, alignments: [TableAlignment]) -> [String] {
        func row(_ row: MarkdownNode) -> String {
            "| " + row.children.map { inlines($0.children).replacing(ascii: "|", with: "\\|")
                .replacing(ascii: "\n", with: " ") }.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        for (index, child) in node.children.enumerated() {
            lines.append(row(child))
            if index == 0 {
                lines.append("| " + alignments.map { alignment in
                    switch alignment {
                    case .none: "---"
                    case .left: ":--"
                    case .center: ":-:"
                    case .right: "--:"
                    }
                }.joined(separator: " | ") + " |")
            }
        }
        return lines
    }

    /// A paragraph's lines, each made safe to begin a line: a leading `#`, `>`, `-`, `+`, `=`, `|`, `~`
    /// or `1.` would start another block. A paragraph's leading spaces are not part of its text.
    private func paragraphLines(_ text: String) -> [String] {
        // The usual paragraph, one line that starts with none of the marks below, is its own only line: no copy.
        if text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress, let first = bytes.first else { return false }
            let marked = first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || Self.blockStarts.contains(first)
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
            return !marked && memchr(base, 0x0A, bytes.count) == nil
        }) == true {
            return [text]
        }
        // On bytes, as cmark reads them; a split on Characters was 7 % of a 10,000-article build (issue 29).
        return Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            let start = line.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? line.endIndex
            let body = line[start...]
            guard let first = body.first else { return "" }
            if Self.blockStarts.contains(first) { return "\\" + String(decoding: body, as: UTF8.self) }
            let digits = body.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            let rest = body.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 9, let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") {
                return String(decoding: digits, as: UTF8.self) + "\\" + String(decoding: rest, as: UTF8.self)
            }
            return String(decoding: body, as: UTF8.self)
        }
    }

    /// The bytes that open another block at the start of a line.
    private static let blockStarts: Set<UInt8> = Set("#>-+=|~".utf8)

    // MARK: - Inlines

    private func inlines(_ nodes: [MarkdownNode]) -> String {
        nodes.map(inline).joined()
    }

    private func inline(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .text(let text): Self.escaped(text)
        case .softBreak: "\n"
        case .lineBreak: "\\\n"
        case .code(let code): Self.codeSpan(code)
        case .htmlInline(let html): allowRawHTML ? html : ""
        case .rawHTML(let html): html
        case .emphasis: "*" + inlines(node.children) + "*"
        case .strong: "**" + inlines(node.children) + "**"
        case .strikethrough: "~~" + inlines(node.children) + "~~"
        case .link(let destination, let title):
            "[" + inlines(node.children) + "](" + Self.destination(destination) + Self.title(title) + ")"
        case .image(let destination, let title):
            "![" + inlines(node.children) + "](" + Self.destination(destination) + Self.title(title) + ")"
        case .footnoteReference(let label): "[^\(label)]"
        default: inlines(node.children)
        }
    }

    /// Backslashes the characters that would open markup inside a line; `&` only where it would start an
    /// entity (`&amp;`), so that « Q&R » stays as written.
    public static func escaped(_ text: String) -> String {
        // Most text holds none of the bytes below: itself, without copying and validating it again (1 % of a
        // full build).
        guard text.utf8Contains(where: mayNeedEscaping) else { return text }
        return escapedByBytes(text)
    }

    /// `escaped` without its shortcut: what the tests compare the shortcut with.
    static func escapedByBytes(_ text: String) -> String {
        // On bytes: every character escaped is ASCII, and cmark reads bytes too (a `*` followed by a combining
        // mark still opens emphasis there). A switch on Characters compared strings: 13 % of a full build.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "|"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "&"):
                if startsEntity(bytes, at: index) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: " "))
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `escaped` may change: the escaped marks, `&` (before an entity) and the line feed.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "\n"):
            true
        default:
            false
        }
    }

    private static func startsEntity(_ bytes: [UInt8], at index: Int) -> Bool {
        var next = index + 1
        if next < bytes.count, bytes[next] == UInt8(ascii: "#") { next += 1 }
        let start = next
        while next < bytes.count, isASCIIAlphanumeric(bytes[next]) { next += 1 }
        return next > start && next < bytes.count && bytes[next] == UInt8(ascii: ";")
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func codeSpan(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = code.hasPrefix("`") || code.hasSuffix("`") || (code.hasPrefix(" ") && code.hasSuffix(" ") && !code.allSatisfy { $0 == " " })
        return padded ? fence + " " + code + " " + fence : fence + code + fence
    }

    private static func destination(_ url: String) -> String {
        let needsBrackets = url.isEmpty || url.contains { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }
        guard needsBrackets else { return url }
        return "<" + url.replacing(ascii: "<", with: "%3C").replacing(ascii: ">", with: "%3E") + ">"
    }

    private static func title(_ title: String) -> String {
        title.isEmpty ? "" : " \"" + title.replacing(ascii: "\\", with: "\\\\").replacing(ascii: "\"", with: "\\\"") + "\""
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
