internal import Foundation

/// Turns heading text into an `id`; see ``HTMLRenderer/slug(_:)``.
enum HeadingSlug {
    static func make(from text: String) -> String {
        // French text (Latin letters below U+0180, and the spaces, apostrophes and dashes of U+2000–U+206F) is
        // read through a table made by the general way, one scalar at a time: lower case and the canonical
        // decomposition change no scalar by its neighbours there, so the pieces are the same. Lowering and
        // decomposing each heading through Foundation was 2.7 % of a full build's samples (perf).
        guard text.unicodeScalars.allSatisfy(Latin.covers) else { return makeInGeneral(from: text) }
        return assemble(text.unicodeScalars.lazy.flatMap(Latin.pieces(of:)))
    }

    /// The general way, and the definition: the text lower case and decomposed, each scalar spelled as
    /// `LetterFolding` decides.
    static func makeInGeneral(from text: String) -> String {
        assemble(pieces(of: text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// What each scalar of lower-case, decomposed text gives: its spelling, or nil for a separator; a
    /// combining mark gives nothing.
    private static func pieces(of scalars: some Sequence<Unicode.Scalar>) -> [String?] {
        scalars.compactMap { scalar -> String?? in
            if scalar.properties.generalCategory == .nonspacingMark { return .none }
            // Letters are spelled as `LetterFolding` decides; a letter with no ASCII spelling (Greek, Cyrillic)
            // is kept as it is, lower case: an id may hold it, and a heading of such letters needs an id too.
            let kept = LetterFolding.ascii(scalar)
                ?? (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal ? String(scalar) : nil)
            return .some(kept)
        }
    }

    /// Spellings joined, each run of separators between two of them made one `-`.
    private static func assemble(_ pieces: some Sequence<String?>) -> String {
        var slug = ""
        var pendingSeparator = false
        for kept in pieces {
            guard let kept else {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !slug.isEmpty { slug += "-" }
            pendingSeparator = false
            slug += kept
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The pieces of each scalar of `ranges`, made the general way from that scalar alone.
    enum Latin {
        static let ranges: [Range<UInt32>] = [0..<0x180, 0x2000..<0x2070]
        private static let tables: [[[String?]]] = ranges.map { range in
            range.map { value in
                Unicode.Scalar(value).map { HeadingSlug.pieces(of: String($0).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars) } ?? []
            }
        }

        static func covers(_ scalar: Unicode.Scalar) -> Bool { ranges.contains { $0.contains(scalar.value) } }

        /// `scalar`'s pieces; it must be `covers`ed.
        static func pieces(of scalar: Unicode.Scalar) -> [String?] {
            let table = scalar.value < ranges[0].upperBound ? 0 : 1
            return tables[table][Int(scalar.value - ranges[table].lowerBound)]
        }
    }
}
