import Foundation
import GuichetMarkdown

/// Turns French text into search terms: accents folded, lower case, light stemming of plurals and of the
/// final « e », so that « rétractation », « retractation » and « Rétractations » meet. The site's script
/// applies exactly the same steps to what the reader types (Themes/default/assets/site.js); change both.
package enum SearchNormaliser {
    /// `tokens(text).map(stem)`, stemming each token's bytes before it becomes a string.
    package static func terms(_ text: String) -> [String] {
        tokens(text, stemmed: true)
    }

    /// NFD, combining marks dropped, lower case, œ/æ spelled out, split on anything but [a-z0-9], tokens of
    /// at least two characters.
    ///
    /// `generalTokens` is the definition. Normalising and lower-casing every text of the site that way was
    /// a sixth of a build, so this reads the UTF-8 bytes instead: ASCII directly, and the other scalars
    /// French uses through `folds`, a table computed from the definition itself. A run of text between two
    /// ASCII spaces that holds a scalar outside the table is handed to `generalTokens`: cutting at a space
    /// changes nothing, since a space never takes part in a decomposition, a reordering or a case mapping.
    package static func tokens(_ text: String) -> [String] {
        tokens(text, stemmed: false)
    }

    private static func tokens(_ text: String, stemmed: Bool) -> [String] {
        var buffer = TokenBuffer()
        tokenize(text, stemmed: stemmed, into: &buffer)
        return (0..<buffer.count).map(buffer.string)
    }

    /// The tokens of `text` (stemmed or not) appended to `buffer` as bytes: what `tokens` and `terms` give,
    /// without a `String` apiece, for `SearchTermScorer`.
    package static func tokenize(_ text: String, stemmed: Bool, into buffer: inout TokenBuffer) {
        var text = text
        text.withUTF8 { bytes in
            let first = buffer.count
            var current: [UInt8] = []
            current.reserveCapacity(32)
            func flush() {
                if current.count >= 2 {
                    if stemmed { stem(&current) }
                    buffer.append(current)
                }
                current.removeAll(keepingCapacity: true)
            }
            /// Where the run after the last ASCII space starts, and how many tokens came before it.
            var runStart = 0
            var tokensBeforeRun = first
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
                        // The whole run of ASCII letters and digits at once, then lower-cased in place: most of a
                        // French text's bytes, one `append` per run rather than per byte.
                        var end = i + 1
                        while end < bytes.count, isASCIIWordByte(bytes[end]) { end += 1 }
                        let from = current.count
                        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                        current.withUnsafeMutableBufferPointer { run in
                            for k in from..<run.count where run[k] &- 0x41 < 26 { run[k] |= 0x20 }
                        }
                        i = end
                        continue
                    case 0x20:
                        flush()
                        runStart = i + 1
                        tokensBeforeRun = buffer.count
                    default: flush()
                    }
                    i += 1
                    continue
                }
                let (scalar, width) = decode(bytes, at: i)
                let entry = scalar < UInt32(folds.count) ? folds[Int(scalar)] : Fold.unknown
                switch entry {
                case Fold.unknown:
                    // Redo the whole run, up to the next ASCII space, the general way.
                    var end = i + width
                    while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                    buffer.removeLast(buffer.count - tokensBeforeRun)
                    current.removeAll(keepingCapacity: true)
                    let run = generalTokens(String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self))
                    for token in stemmed ? run.map(stem) : run { buffer.append(Array(token.utf8)) }
                    i = end
                    continue
                case Fold.separator:
                    flush()
                case Fold.dropped:
                    break
                default:
                    current.append(UInt8(truncatingIfNeeded: entry))
                    if entry > 0xFF { current.append(UInt8(truncatingIfNeeded: entry >> 8)) }
                }
                i += width
            }
            flush()
        }
    }

    /// `[A-Za-z0-9]`.
    @inline(__always) private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// The definition of `tokens`, on any text.
    package static func generalTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() {
            if current.count >= 2 { tokens.append(current) }
            current = ""
        }
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            // One spelling for every letter (`LetterFolding`): the same as heading anchors.
            if let letters = LetterFolding.ascii(scalar) { current += letters } else { flush() }
        }
        flush()
        return tokens
    }

    /// What `folds` holds for a scalar: one of these, or up to two ASCII letters or digits (the first in the
    /// low byte), which are never below 0x30.
    package enum Fold {
        /// Not in the table, or not a simple case: read the general way.
        package static let unknown: UInt16 = 0
        /// Ends the token (punctuation, spaces, symbols, letters that fold to nothing in [a-z0-9]).
        package static let separator: UInt16 = 1
        /// Adds nothing and ends nothing (combining marks).
        package static let dropped: UInt16 = 2
    }

    /// The scalars with a table entry: Latin letters and symbols, combining diacritics, general
    /// punctuation (the typographic apostrophe, quotes, dashes, narrow no-break space), currency signs.
    package static let foldedRanges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x2000...0x206F, 0x20A0...0x20CF]

    /// Each scalar's fold, computed once by running the general steps on the scalar alone. Scalars below
    /// 0x2100 only; 0x80–0xFF included, ASCII is read before the table.
    package static let folds: [UInt16] = {
        var table = [UInt16](repeating: Fold.unknown, count: 0x20D0)
        for range in foldedRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[Int(value)] = fold(of: scalar)
            }
        }
        return table
    }()

    /// The general steps on one scalar, summed up as one table entry when they are simple.
    private static func fold(of scalar: Unicode.Scalar) -> UInt16 {
        var letters: [UInt8] = []
        var separates = false
        for part in String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if let spelled = LetterFolding.ascii(part) { letters += Array(spelled.utf8) } else { separates = true }
        }
        switch (letters.count, separates) {
        case (0, false): return Fold.dropped
        case (0, true): return Fold.separator
        case (1, false): return UInt16(letters[0])
        case (2, false): return UInt16(letters[0]) | UInt16(letters[1]) << 8
        default: return Fold.unknown // letters and a separator, or three letters: not worth a case
        }
    }

    /// The scalar at `i` of valid UTF-8 (a Swift string's bytes), not ASCII, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        } else if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// A light stemmer, so that the forms of one word meet: `aux` → `al` (« journaux »), but `eaux` → `eau`
    /// (« bateaux », « nouveaux », « cadeaux »: their singular ends in `eau`), a final `s` or `x` dropped (plurals), up to two final `e` dropped (« confirmée », « confirmé » → `confirm`), then the
    /// infinitive's `er` or the `ez` of « vous confirmez » (« confirmer » → `confirm`). Each step keeps at least
    /// four letters, so that short words stay apart.
    package static func stem(_ token: String) -> String {
        var word = token
        if word.count > 4, word.hasSuffix("aux"), !word.hasSuffix("eaux") {
            word = String(word.dropLast(3)) + "al"
        } else if word.count > 3, word.hasSuffix("s") || word.hasSuffix("x") {
            word.removeLast()
        }
        for _ in 0..<2 where word.count > 4 && word.hasSuffix("e") { word.removeLast() }
        if word.count > 5, word.hasSuffix("er") || word.hasSuffix("ez") { word.removeLast(2) }
        return word
    }

    /// `stem` on the bytes of a token, which are ASCII: one byte per character.
    private static func stem(_ word: inout [UInt8]) {
        let n = word.count
        if n > 4, word[n - 4] != 0x65, word[n - 3] == 0x61, word[n - 2] == 0x75, word[n - 1] == 0x78 { // aux, not eaux
            word.removeLast(3)
            word.append(0x61) // a
            word.append(0x6C) // l
        } else if n > 3, word[n - 1] == 0x73 || word[n - 1] == 0x78 { // s, x
            word.removeLast()
        }
        for _ in 0..<2 where word.count > 4 && word[word.count - 1] == 0x65 { word.removeLast() } // e
        let m = word.count
        if m > 5, word[m - 2] == 0x65, word[m - 1] == 0x72 || word[m - 1] == 0x7A { word.removeLast(2) } // er, ez
    }
}
