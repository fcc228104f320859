extension String {
    /// Whether a byte of the text's UTF-8 satisfies `predicate`, read from the contiguous bytes (every native
    /// string's): the pre-checks that skip most texts (escaping, typography, line endings) each cost over 1 % of a
    /// 10,000-article build through `UTF8View`'s iterator (issue 29). Inlinable, so that the predicate is too.
    @inlinable package func utf8Contains(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}

extension String {
    /// The text of the UTF-8 bytes `range`, copied without decoding them again. Both bounds must fall between
    /// scalars (a line break, the start of a scalar), as the callers' offsets do.
    package func utf8Slice(_ range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(Substring(utf8[start..<utf8.index(start, offsetBy: range.count)]))
    }
}
