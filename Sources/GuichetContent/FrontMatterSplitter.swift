/// Splits a Markdown file into its YAML front-matter and its body, without interpreting either.
///
/// Pure: it takes the text (already decoded) and returns the two parts with the line where each starts,
/// so that positions found later in either part map back to the file.
public enum FrontMatterSplitter {
    public struct Parts: Equatable, Sendable {
        public let yaml: String
        /// Line of the file where the YAML's first line is (2 when the file starts with `---`).
        public let yamlLine: Int
        public let body: String
        public let bodyLine: Int
    }

    public enum Failure: Error, Equatable, Sendable {
        case missing
        case unclosed
    }

    /// `text` must already have its line endings normalised to `\n` (see `SourceText`).
    ///
    /// Lines are those of `text.split(separator: "\n", omittingEmptySubsequences: false)`, found on the
    /// UTF-8 bytes: the file is not split into lines and joined again, only the fences are looked at, and
    /// the YAML and the body are cut out of the text as they are.
    public static func split(_ text: String) -> Result<Parts, Failure> {
        var text = text
        let found = text.withUTF8 { bytes -> Result<(yaml: Range<Int>?, body: Range<Int>?, bodyLine: Int), Failure> in
            let firstEnd = lineEnd(bytes, from: 0)
            guard isFence(bytes, 0..<firstEnd, opening: true) else { return .failure(.missing) }
            guard firstEnd < bytes.count else { return .failure(.unclosed) }
            let yamlStart = firstEnd + 1
            var lineStart = yamlStart
            var close = 0 // lines after the opening fence, before this one
            while true {
                let end = lineEnd(bytes, from: lineStart)
                if isFence(bytes, lineStart..<end, opening: false) {
                    return .success((close == 0 ? nil : yamlStart..<(lineStart - 1), end < bytes.count ? (end + 1)..<bytes.count : nil,
                                     close + 3))
                }
                guard end < bytes.count else { return .failure(.unclosed) }
                lineStart = end + 1
                close += 1
            }
        }
        // Copied out by their offsets, which fall after a line break: not decoded again as `String(decoding:)`
        // would (1 % of a build's samples, perf).
        return found.map { parts in
            Parts(yaml: parts.yaml.map { text.utf8Slice($0) } ?? "", yamlLine: 2,
                  body: parts.body.map { text.utf8Slice($0) } ?? "", bodyLine: parts.bodyLine)
        }
    }

    /// Where the line starting at `start` ends: at its `\n`, or at the end of the text. A `\n` right after
    /// a `\r` ends no line: CR LF is one `Character`, which is not `"\n"`, so `split` does not cut there.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A, i == 0 || bytes[i - 1] != 0x0D { return i }
            i += 1
        }
        return i
    }

    /// `---` opens; `---` or YAML's document end `...` closes. Trailing spaces and tabs are tolerated.
    /// (Trimming bytes gives the same answer as trimming characters: after `-`, `.`, a space or a tab, a
    /// space or a tab is a character of its own.)
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, opening: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - line.lowerBound == 3 else { return false }
        let a = bytes[line.lowerBound], b = bytes[line.lowerBound + 1], c = bytes[line.lowerBound + 2]
        if a == 0x2D, b == 0x2D, c == 0x2D { return true } // ---
        return !opening && a == 0x2E && b == 0x2E && c == 0x2E // ...
    }
}
