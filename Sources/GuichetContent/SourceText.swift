import Foundation
import GuichetMarkdown

/// Turns a file's bytes into the text the parsers read: UTF-8 only, a byte-order mark dropped, Windows
/// and old Mac line endings made `\n`. Pure, so that every odd input can be tested with a byte array.
public enum SourceText {
    public enum Failure: Error, Equatable, Sendable {
        /// The first invalid byte, at this line and column (in characters before it, plus one).
        case invalidUTF8(line: Int, column: Int)
        case tooLarge(bytes: Int, limit: Int)
    }

    /// Articles are prose: 5 MB is hundreds of times a long article, and keeps one bad file from
    /// exhausting the build's memory.
    public static let byteLimit = 5 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], limit: Int = byteLimit) -> Result<String, Failure> {
        guard bytes.count <= limit else { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(invalidPosition(body))
        }
        return .success(normaliseLineEndings(text))
    }

    public static func normaliseLineEndings(_ text: String) -> String {
        // A byte search: Foundation's `contains` bridged every file to UTF-16 first.
        guard text.utf8Contains(where: { $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Where the first invalid byte is, for the error message.
    private static func invalidPosition(_ bytes: ArraySlice<UInt8>) -> Failure {
        var validEnd = bytes.startIndex
        var index = bytes.startIndex
        // Find the longest valid prefix by decoding scalar by scalar.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                validEnd = bytes.startIndex + consumed
            case .emptyInput, .error:
                break loop
            }
        }
        index = validEnd
        // Count lines as `decode` will see them: CRLF, CR and LF each end a line.
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in String(decoding: bytes[bytes.startIndex..<index], as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\r":
                line += 1
                column = 1
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { line += 1 }
                column = 1
            default:
                column += 1
            }
            previousWasCR = false
        }
        return .invalidUTF8(line: line, column: column)
    }

    /// The lines of `text` without their `\n` (the last one possibly empty), as
    /// `split(separator: "\n", omittingEmptySubsequences: false)` gives them, found on the UTF-8 bytes:
    /// splitting on `Character`s was a few per cent of a large build. Line endings are `\n` already
    /// (`SourceText` normalises them).
    public static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
            index = start
        }
        lines.append(text[start...])
        return lines
    }
}
