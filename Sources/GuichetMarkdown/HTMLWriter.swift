/// The state of one ``HTMLRenderer`` run: the output buffer, heading ids and footnote numbering.
struct HTMLWriter {
    private let renderer: HTMLRenderer
    private(set) var html = ""
    private(set) var headings: [MarkdownHeading] = []
    private var usedIDs: Set<String> = []
    private var nextIDSuffix: [String: Int] = [:]

    /// Footnotes are numbered in order of first reference, as cmark does; definitions nobody
    /// references are not rendered.
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var footnoteReferencesWritten: [String: Int] = [:]
    private var footnoteDefinitions: [String: MarkdownNode] = [:]

    init(renderer: HTMLRenderer, root: MarkdownNode) {
        self.renderer = renderer
        var estimatedSize = 0
        root.forEachNode { node in
            estimatedSize += 16
            switch node.kind {
            case .text(let literal), .code(let literal), .codeBlock(_, let literal), .rawHTML(let literal):
                estimatedSize += literal.utf8.count
            case .footnoteDefinition(let label):
                if footnoteDefinitions[label] == nil { footnoteDefinitions[label] = node }
            default:
                break
            }
        }
        root.forEachNode { node in
            guard case .footnoteReference(let label) = node.kind, footnoteDefinitions[label] != nil else { return }
            if footnoteNumbers[label] == nil { footnoteNumbers[label] = footnoteNumbers.count + 1 }
            footnoteReferenceCounts[label, default: 0] += 1
        }
        // Footnote anchors are fixed by their numbers; headings must not take them.
        for (label, number) in footnoteNumbers {
            usedIDs.insert("fn-\(number)")
            for index in 1...footnoteReferenceCounts[label, default: 1] {
                usedIDs.insert(Self.referenceID(number: number, index: index))
            }
        }
        html.reserveCapacity(estimatedSize)
    }

    mutating func write(_ root: MarkdownNode) {
        write(root, tightParagraphs: false)
        writeFootnotes()
    }

    // MARK: - Blocks

    /// `tightParagraphs` is true for the children of an item of a tight list, whose paragraphs
    /// are written without `<p>`.
    private mutating func write(_ node: MarkdownNode, tightParagraphs: Bool) {
        switch node.kind {
        case .document:
            writeChildren(of: node)
        case .paragraph:
            writeParagraph(node, tight: tightParagraphs)
        case .heading(let level):
            writeHeading(node, level: min(max(level, 1), 6))
        case .blockQuote:
            newLine()
            html += "<blockquote>\n"
            writeChildren(of: node)
            newLine()
            html += "</blockquote>\n"
        case .list(let ordered, let start, let tight):
            newLine()
            if !ordered {
                html += "<ul>\n"
            } else if start == 1 {
                html += "<ol>\n"
            } else {
                html += "<ol start=\"\(start)\">\n"
            }
            for item in node.children {
                write(item, tightParagraphs: tight)
            }
            newLine()
            html += ordered ? "</ol>\n" : "</ul>\n"
        case .item(let task):
            writeItem(node, task: task, tight: tightParagraphs)
        case .codeBlock(let info, let literal):
            newLine()
            html += "<pre><code"
            let language = info.prefix { $0 != " " && $0 != "\t" }
            if !language.isEmpty {
                html += " class=\"language-"
                HTMLEscaping.appendAttribute(String(language), to: &html)
                html += "\""
            }
            html += ">"
            HTMLEscaping.appendText(literal, to: &html)
            html += "</code></pre>\n"
        case .htmlBlock(let literal):
            guard renderer.allowRawHTML else { return }
            newLine()
            html += literal
            newLine()
        case .thematicBreak:
            newLine()
            html += "<hr />\n"
        case .table(let alignments):
            writeTable(node, alignments: alignments)
        case .tableHeader:
            writeTableRow(node, alignments: [], cellTag: "th")
        case .tableRow:
            writeTableRow(node, alignments: [], cellTag: "td")
        case .tableCell:
            writeTableCell(node, alignment: .none, tag: "td")
        case .footnoteDefinition:
            // Written at the end, in the footnotes section.
            break
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .strikethrough,
            .link, .image, .footnoteReference, .rawHTML:
            writeInline(node)
        }
    }

    private mutating func writeChildren(of node: MarkdownNode) {
        for child in node.children {
            write(child, tightParagraphs: false)
        }
    }

    /// `leading` and `trailing` are trusted HTML placed inside the paragraph (a task checkbox,
    /// footnote back-references).
    private mutating func writeParagraph(
        _ node: MarkdownNode, tight: Bool, leading: String = "", trailing: String = ""
    ) {
        if !tight {
            newLine()
            html += "<p>"
        }
        html += leading
        writeInlines(of: node)
        html += trailing
        if !tight {
            html += "</p>\n"
        }
    }

    private mutating func writeHeading(_ node: MarkdownNode, level: Int) {
        let text = node.plainText
        let id = uniqueID(HeadingSlug.make(from: text))
        headings.append(MarkdownHeading(level: level, text: text, id: id))
        newLine()
        html += "<h\(level) id=\""
        HTMLEscaping.appendAttribute(id, to: &html)
        html += "\">"
        writeInlines(of: node)
        html += "</h\(level)>\n"
    }

    private mutating func writeItem(_ node: MarkdownNode, task: TaskState?, tight: Bool) {
        newLine()
        var checkbox = ""
        switch task {
        case nil: html += "<li>"
        case .unchecked?:
            html += "<li class=\"task\">"
            checkbox = "<input type=\"checkbox\" disabled>"
        case .checked?:
            html += "<li class=\"task\">"
            checkbox = "<input type=\"checkbox\" disabled checked>"
        }
        var remaining = node.children[...]
        if !checkbox.isEmpty {
            // The checkbox goes inside the first paragraph so that it stays on the text's line
            // in loose lists too.
            if let first = remaining.first, case .paragraph = first.kind {
                writeParagraph(first, tight: tight, leading: checkbox + " ")
                remaining = remaining.dropFirst()
            } else {
                html += checkbox
            }
        }
        for child in remaining {
            write(child, tightParagraphs: tight)
        }
        html += "</li>\n"
    }

    private mutating func writeTable(_ node: MarkdownNode, alignments: [TableAlignment]) {
        newLine()
        html += "<table>\n"
        var inBody = false
        for row in node.children {
            if case .tableHeader = row.kind {
                html += "<thead>\n"
                writeTableRow(row, alignments: alignments, cellTag: "th")
                html += "</thead>\n"
            } else {
                if !inBody {
                    html += "<tbody>\n"
                    inBody = true
                }
                writeTableRow(row, alignments: alignments, cellTag: "td")
            }
        }
        if inBody { html += "</tbody>\n" }
        html += "</table>\n"
    }

    private mutating func writeTableRow(_ row: MarkdownNode, alignments: [TableAlignment], cellTag: String) {
        html += "<tr>\n"
        for (column, cell) in row.children.enumerated() {
            let alignment = column < alignments.count ? alignments[column] : .none
            writeTableCell(cell, alignment: alignment, tag: cellTag)
        }
        html += "</tr>\n"
    }

    private mutating func writeTableCell(_ cell: MarkdownNode, alignment: TableAlignment, tag: String) {
        html += "<\(tag)"
        switch alignment {
        case .none: break
        case .left: html += " class=\"align-left\""
        case .center: html += " class=\"align-center\""
        case .right: html += " class=\"align-right\""
        }
        html += ">"
        writeInlines(of: cell)
        html += "</\(tag)>\n"
    }

    private mutating func writeFootnotes() {
        guard !footnoteNumbers.isEmpty else { return }
        newLine()
        html += "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        for (label, number) in footnoteNumbers.sorted(by: { $0.value < $1.value }) {
            guard let definition = footnoteDefinitions[label] else { continue }
            html += "<li id=\"fn-\(number)\">\n"
            let backReferences = backReferences(number: number, count: footnoteReferenceCounts[label, default: 1])
            // The back-references go at the end of the last paragraph, as GitHub does.
            if let last = definition.children.last, case .paragraph = last.kind {
                for child in definition.children.dropLast() {
                    write(child, tightParagraphs: false)
                }
                writeParagraph(last, tight: false, trailing: " " + backReferences)
            } else {
                writeChildren(of: definition)
                newLine()
                html += "<p>" + backReferences + "</p>\n"
            }
            newLine()
            html += "</li>\n"
        }
        html += "</ol>\n</section>\n"
    }

    private func backReferences(number: Int, count: Int) -> String {
        var links = ""
        for index in 1...max(count, 1) {
            let id = Self.referenceID(number: number, index: index)
            if index > 1 { links += " " }
            links += "<a href=\"#\(id)\" class=\"footnote-backref\" data-footnote-backref aria-label=\""
            HTMLEscaping.appendAttribute(renderer.footnoteBackReferenceLabel, to: &links)
            links += " \(id.dropFirst("fnref-".count))\">↩"
            if index > 1 { links += "<sup class=\"footnote-ref\">\(index)</sup>" }
            links += "</a>"
        }
        return links
    }

    private static func referenceID(number: Int, index: Int) -> String {
        index == 1 ? "fnref-\(number)" : "fnref-\(number)-\(index)"
    }

    // MARK: - Inlines

    private mutating func writeInlines(of node: MarkdownNode) {
        for child in node.children {
            writeInline(child)
        }
    }

    private mutating func writeInline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let literal):
            HTMLEscaping.appendText(literal, to: &html)
        case .softBreak:
            html += "\n"
        case .lineBreak:
            html += "<br />\n"
        case .code(let literal):
            html += "<code>"
            HTMLEscaping.appendText(literal, to: &html)
            html += "</code>"
        case .htmlInline(let literal):
            if renderer.allowRawHTML { html += literal }
        case .rawHTML(let literal):
            html += literal
        case .emphasis:
            writeWrapped(node, open: "<em>", close: "</em>")
        case .strong:
            writeWrapped(node, open: "<strong>", close: "</strong>")
        case .strikethrough:
            writeWrapped(node, open: "<del>", close: "</del>")
        case .link(let destination, let title):
            guard URLSafety.isSafe(destination) else {
                writeWrapped(node, open: "<a>", close: "</a>")
                return
            }
            html += "<a href=\""
            HTMLEscaping.appendURL(destination, to: &html)
            html += "\""
            writeTitle(title)
            html += ">"
            writeInlines(of: node)
            html += "</a>"
        case .image(let destination, let title):
            let alternative = node.plainText
            guard URLSafety.isSafe(destination) else {
                HTMLEscaping.appendText(alternative, to: &html)
                return
            }
            html += "<img src=\""
            HTMLEscaping.appendURL(destination, to: &html)
            html += "\" alt=\""
            HTMLEscaping.appendAttribute(alternative, to: &html)
            html += "\""
            writeTitle(title)
            html += " />"
        case .footnoteReference(let label):
            writeFootnoteReference(label: label)
        case .document, .paragraph, .heading, .blockQuote, .list, .item, .codeBlock, .htmlBlock,
            .thematicBreak, .table, .tableHeader, .tableRow, .tableCell, .footnoteDefinition:
            // A block inside inline content only happens in hand-built trees; write it as a block.
            write(node, tightParagraphs: false)
        }
    }

    private mutating func writeWrapped(_ node: MarkdownNode, open: String, close: String) {
        html += open
        writeInlines(of: node)
        html += close
    }

    private mutating func writeTitle(_ title: String) {
        guard !title.isEmpty else { return }
        html += " title=\""
        HTMLEscaping.appendAttribute(title, to: &html)
        html += "\""
    }

    private mutating func writeFootnoteReference(label: String) {
        guard let number = footnoteNumbers[label] else {
            HTMLEscaping.appendText("[^" + label + "]", to: &html)
            return
        }
        let index = footnoteReferencesWritten[label, default: 0] + 1
        footnoteReferencesWritten[label] = index
        let id = Self.referenceID(number: number, index: index)
        html += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\" data-footnote-ref>\(number)</a></sup>"
    }

    // MARK: - Helpers

    /// Starts a new line unless the output already is at the start of one, like cmark's `cr()`.
    private mutating func newLine() {
        if let last = html.utf8.last, last != UInt8(ascii: "\n") {
            html += "\n"
        }
    }

    private mutating func uniqueID(_ base: String) -> String {
        var candidate = base
        // Resuming from the last suffix tried keeps many identical headings linear.
        var suffix = nextIDSuffix[base, default: 2]
        while usedIDs.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextIDSuffix[base] = suffix
        usedIDs.insert(candidate)
        return candidate
    }
}
