/// Up to 16 bytes of an ASCII word packed in two integers with its length, so that `FigureScanner` can
/// compare the word at a word start with the number words without building a `String`.
package struct PackedWord: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Bytes appended, including any past the 16th (those are not stored: no number word is that long,
    /// and the count alone keeps such a word from being equal to one).
    package private(set) var count = 0

    package mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << (8 * UInt64(count))
        } else if count < 16 {
            high |= UInt64(byte) << (8 * UInt64(count - 8))
        }
        count += 1
    }
}
