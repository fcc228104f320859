import GuichetContent
import GuichetMarkdown

/// One override comment of a page, placed: where it is written and which line of the file it speaks for.
package struct PageOverride: Hashable, Sendable {
    package let comment: OverrideComment
    /// Where the comment starts (`<!--`).
    package let point: SourcePoint
    /// The file line after the comment's last line: the only line whose findings it may silence.
    package let targetLine: Int

    /// Marks the findings of `findings` that an override of `overrides` silences (same file, the override's
    /// target line, one of its codes), and adds a warning for each override that silenced nothing, so that
    /// overrides do not outlive the sentence they were written for.
    package static func apply(_ overrides: [PageOverride], to findings: [Diagnostic], file: String) -> [Diagnostic] {
        guard !overrides.isEmpty else { return findings }
        var used = Set<Int>()
        var result = findings.map { finding -> Diagnostic in
            guard finding.file == file, finding.isReported,
                  let index = overrides.firstIndex(where: { $0.targetLine == finding.line && $0.comment.codes.contains(finding.code) })
            else { return finding }
            used.insert(index)
            var silenced = finding
            silenced.suppression = overrides[index].comment.reason
            return silenced
        }
        for (index, override) in overrides.enumerated() where !used.contains(index) {
            let codes = override.comment.codes.map(\.rawValue).joined(separator: ", ")
            // What the line does have: the code copied from an example may be the wrong one.
            let others = Set(result.filter { $0.file == file && $0.line == override.targetLine && $0.isReported }
                .map(\.code.rawValue)).sorted()
            let has = others.isEmpty ? "" : " (it has \(others.map { "'\($0)'" }.joined(separator: ", ")))"
            let fix = others.isEmpty ? "remove the comment, or move it to the line before the finding"
                : "name the code the line has, such as '\(others[0])', or remove the comment"
            result.append(.warning(.unusedOverride, file, override.point,
                                   "this override silences nothing: line \(override.targetLine) has no \(codes) finding\(has)",
                                   fix: fix))
        }
        return result
    }

    /// An override comment that shares its line with text, or sits inside a line of text.
    package static func notOnItsOwnLine(_ file: String, at point: SourcePoint) -> Diagnostic {
        .error(.invalidOverride, file, point, "an override comment must stand on a line of its own",
               fix: "put it on the line before the one it concerns, with nothing else on its line")
    }

    /// The override comments of an HTML block or inline HTML node (`literal`, starting at `position`), with
    /// a finding for each comment meant for Guichet that is not a valid override. Comments that are not
    /// Guichet's are left alone. Returns the literal without the Guichet comments: they never reach the HTML.
    package static func extract(from literal: String, at position: SourcePosition?, source: PageSource)
        -> (overrides: [PageOverride], findings: [Diagnostic], rest: String) {
        var overrides: [PageOverride] = []
        var findings: [Diagnostic] = []
        var rest = ""
        var cursor = literal.startIndex
        while let open = literal[cursor...].firstRange(of: "<!--") {
            let closing = literal[open.upperBound...].firstRange(of: "-->")
            let close = closing?.upperBound ?? literal.endIndex
            let comment = literal[open.lowerBound..<close]
            guard OverrideComment.isDirective(comment) else {
                rest += literal[cursor..<close]
                cursor = close
                continue
            }
            rest += literal[cursor..<open.lowerBound]
            cursor = close
            let start = point(in: literal, at: open.lowerBound, blockStart: position, source: source)
            let lastLine = start.line + comment.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            // Markdown swallows what shares the comment's lines into the HTML block: that text would be
            // neither checked nor published, and the line the override names would be unclear.
            let before = literal[..<open.lowerBound].reversed().prefix { $0 != "\n" }
            let after = literal[close...].prefix { $0 != "\n" }
            guard closing != nil else {
                findings.append(.error(.invalidOverride, source.file, start, "the override comment is not closed",
                                       fix: "end it with '-->' on its last line"))
                continue
            }
            guard before.allSatisfy(\.isWhitespace), after.allSatisfy(\.isWhitespace) else {
                findings.append(notOnItsOwnLine(source.file, at: start))
                continue
            }
            switch OverrideComment.parse(comment) {
            case .success(let parsed):
                overrides.append(PageOverride(comment: parsed, point: start, targetLine: lastLine + 1))
            case .failure(let problem):
                let at = point(in: literal, at: literal.index(open.lowerBound, offsetBy: problem.offset),
                               blockStart: position, source: source)
                findings.append(.error(.invalidOverride, source.file, at, problem.message, fix: problem.fix))
            }
        }
        rest += literal[cursor...]
        return (overrides, findings, rest)
    }

    /// The file position of `index` in a node's literal: lines counted from the node's start; the column
    /// found on the file's own line (a block inside a list or a quote has lost its indentation).
    private static func point(in literal: String, at index: String.Index, blockStart: SourcePosition?,
                              source: PageSource) -> SourcePoint {
        let before = literal[..<index]
        let newlines = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { literal.index(after: $0) } ?? literal.startIndex
        let snippet = literal[index...].prefix { $0 != "\n" }
        guard let blockStart else { return SourcePoint(line: source.bodyLine, column: 1) }
        let line = SourcePosition(line: blockStart.line + newlines, column: newlines == 0 ? blockStart.column : 1)
        return source.point(of: String(snippet), near: line, offset: literal.distance(from: lineStart, to: index))
    }
}
