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
    public static func split(_ text: String) -> Result<Parts, Failure> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, opening: true) else { return .failure(.missing) }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { isFence($0, opening: false) }) else { return .failure(.unclosed) }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 3))
    }

    /// `---` opens; `---` or YAML's document end `...` closes. Trailing spaces are tolerated.
    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (!opening && trimmed == "...")
    }
}
