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
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            guard scalar.isOwnCharacter else { return nil }
            scalars.append(scalar)
        }
        return scalars
    }
}
