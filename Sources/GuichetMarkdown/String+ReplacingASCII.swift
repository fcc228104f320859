internal import Foundation

extension String {
    /// `replacingOccurrences(of:with:)` for a needle of one ASCII character: on the bytes when every scalar is
    /// a character of its own (`isOwnCharacter`: no combining mark can join the needle into another
    /// character, so Foundation's search finds exactly its bytes), through Foundation otherwise. The Markdown
    /// twin's writer made every heading and table cell this way, 2 % of a full build's samples (perf).
    package func replacing(ascii needle: Unicode.Scalar, with replacement: String) -> String {
        precondition(needle.isASCII, "the needle is one ASCII character")
        let byte = UInt8(needle.value)
        guard utf8Contains(where: { $0 == byte }) else { return self }
        guard ownCharacterCount != nil else { return replacingOccurrences(of: String(needle), with: replacement) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + replacement.utf8.count)
        for unit in utf8 {
            if unit == byte { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(unit) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
