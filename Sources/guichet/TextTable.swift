/// A plain-text table for terminals: columns padded to their widest cell, counted in characters so that
/// accented text lines up; long cells wrap at `maxWidth`.
enum TextTable {
    static func render(header: [String], rows: [[String]], maxWidth: Int = 60) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            min(maxWidth, all.map { $0[column].count }.max() ?? 0)
        }
        var lines: [String] = []
        for (index, row) in all.enumerated() {
            let wrapped = row.enumerated().map { wrap($1, width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                let cells = wrapped.enumerated().map { column, cell in
                    let text = line < cell.count ? cell[line] : ""
                    return text + String(repeating: " ", count: widths[column] - text.count)
                }
                lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
            }
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
