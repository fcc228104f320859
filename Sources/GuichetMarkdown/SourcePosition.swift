/// Where a node starts in the Markdown source, as cmark-gfm reports it.
///
/// `column` is a 1-based UTF-8 *byte* column, because that is what cmark counts; convert it with
/// ``characterColumn(in:)`` when showing it to a person. Block positions are reliable. Inline
/// positions (text, code, links, …) are approximate in cmark-gfm 0.29: see ``MarkdownParser``.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based UTF-8 byte offset within the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    /// The 1-based column counted in `Character`s, given the text of the line this position is on.
    public func characterColumn(in lineText: some StringProtocol) -> Int {
        Self.characterColumn(inLine: lineText, byteColumn: column)
    }

    /// Converts a 1-based UTF-8 byte column of `line` to a 1-based `Character` column.
    ///
    /// A byte column inside a multi-byte character maps to that character; one past the end of
    /// the line maps to one past its last character.
    public static func characterColumn(inLine line: some StringProtocol, byteColumn: Int) -> Int {
        let utf8 = line.utf8
        let byteOffset = min(max(byteColumn - 1, 0), utf8.count)
        let byteIndex = utf8.index(utf8.startIndex, offsetBy: byteOffset)
        var column = 1
        var index = line.startIndex
        while index < byteIndex {
            let next = line.index(after: index)
            // A byte column in the middle of "é" (or of a grapheme cluster) stays on it.
            if next > byteIndex { break }
            column += 1
            index = next
        }
        return column
    }
}
