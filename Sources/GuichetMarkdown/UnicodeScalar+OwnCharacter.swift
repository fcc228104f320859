extension Unicode.Scalar {
    /// Whether this scalar always forms a character of its own, whatever is around it, and is equal (as
    /// a `Character`) to no other scalar: a text made only of such scalars has one `Character` per scalar,
    /// and two such texts are equal character by character exactly when their scalars are. Code that reads
    /// text per character can then read scalars or bytes, which is much cheaper.
    ///
    /// True for what French prose uses: the scalars below U+0300 (Latin letters, no combining marks,
    /// no Hangul, no regional indicators, no joiners) except CR, which joins a following LF; the spaces,
    /// dashes, quotes and other punctuation of U+2002–U+205E, without the zero-width and directional
    /// controls and without U+2000 and U+2001, which are canonically equal to U+2002 and U+2003; the
    /// currency signs. The tests check every pair of them.
    public var isOwnCharacter: Bool {
        switch value {
        case 0x0D: return false
        case 0..<0x300: return true
        case 0x2002...0x200A, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }
}

extension String {
    /// The scalars of the text when each is a character of its own (`isOwnCharacter`), else nil: code
    /// that reads characters may then read these, with the same offsets and answers.
    package var ownCharacterScalars: [Unicode.Scalar]? {
        // From the contiguous UTF-8 bytes (every native string's), decoded here: iterating `unicodeScalars` was
        // 1 % of a 10,000-article build.
        if let scalars = utf8.withContiguousStorageIfAvailable(Self.ownCharacterScalars(utf8:)) { return scalars }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            guard scalar.isOwnCharacter else { return nil }
            scalars.append(scalar)
        }
        return scalars
    }

    /// The number of characters when each scalar is a character of its own (`isOwnCharacter`), else nil:
    /// `count` without grapheme breaking, which was 1 % of a build in the figure check's prose blocks alone.
    package var ownCharacterCount: Int? {
        utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            return Self.forEachOwnCharacterScalar(bytes) { _ in count += 1 } ? count : nil
        } ?? nil
    }

    /// `ownCharacterScalars` on a string's bytes, which are valid UTF-8.
    private static func ownCharacterScalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        return forEachOwnCharacterScalar(bytes) { scalars.append($0) } ? scalars : nil
    }

    /// Calls `body` with each scalar of valid UTF-8 `bytes` while each is a character of its own; false at the
    /// first that is not.
    @inline(__always)
    private static func forEachOwnCharacterScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = UInt32(bytes[i])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                i += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false // above U+FFFF: never a character of its own (`isOwnCharacter`)
            }
            guard let scalar = Unicode.Scalar(value), scalar.isOwnCharacter else { return false }
            body(scalar)
        }
        return true
    }
}
