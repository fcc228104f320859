import GuichetMarkdown

/// French prose cut into words, for the figure check to read what a sentence is about: each word lower
/// case and without accents (« Réclamation » → `reclamation`), with its character offset; `’` and `'`
/// split elisions (« l’article » → `l`, `article`), hyphens split compounds (« non-réception » → `non`,
/// `reception`); the punctuation that ends a clause is a word of its own. Pure.
public struct ProseWords: Sendable {
    public struct Word: Hashable, Sendable {
        /// Lower case, accents removed; a punctuation mark or `%` as itself.
        public let text: String
        /// Character offsets in the text: `start` included, `end` excluded.
        public let start: Int
        public let end: Int
        /// Ends a clause: `.`, `!`, `?` or `…` followed by a space or the end, `;`, a line break.
        public let endsClause: Bool
        /// A comma or a colon: ends the span of « après la validation », not the clause.
        public let isPause: Bool

        public var isNumber: Bool { text.first?.isASCII == true && text.first!.isNumber }
    }

    public let words: [Word]

    /// `isLetter || isNumber`, ASCII answered without Unicode's tables (most of prose; 0.6 % of a build).
    /// CR LF, the one ASCII character of two scalars, is neither either way.
    @inline(__always) private static func isLetterOrNumber(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return (ascii | 0x20) &- 0x61 < 26 || ascii &- 0x30 < 10 }
        return c.isLetter || c.isNumber
    }

    @inline(__always) private static func isNumber(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii &- 0x30 < 10 }
        return c.isNumber
    }

    public init(_ text: String) {
        var words: [Word] = []
        let chars = Array(text)
        var i = 0
        var current = ""
        var start = 0
        func flush(_ end: Int) {
            // « puis », « ensuite » start another step: a pause, like a comma.
            if !current.isEmpty {
                words.append(Word(text: current, start: start, end: end, endsClause: false,
                                  isPause: current == "puis" || current == "ensuite"))
            }
            current = ""
        }
        while i < chars.count {
            let c = chars[i]
            if Self.isLetterOrNumber(c) {
                if current.isEmpty { start = i }
                // Digits and letters are separate words: « 48h » → `48`, `h`.
                if let last = current.last, Self.isNumber(last) != Self.isNumber(c) { flush(i); start = i }
                if let ascii = c.asciiValue {
                    current.unicodeScalars.append(Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii))
                } else {
                    current += Self.fold(c)
                }
            } else {
                flush(i)
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                switch c {
                case ".", "!", "?", "…":
                    // « env. 30 jours », « cf. l’article », « n. » : an abbreviation's point ends nothing.
                    let abbreviation = c == "." && (words.last.map { $0.end == i && (Self.abbreviations.contains($0.text) || $0.text.count == 1) } ?? false)
                    let ends = !abbreviation && (next.isWhitespace || next == "*" || next == "_" || next == "»" || i + 1 == chars.count)
                    words.append(Word(text: String(c), start: i, end: i + 1, endsClause: ends, isPause: !ends))
                case ";", "\n":
                    words.append(Word(text: String(c), start: i, end: i + 1, endsClause: true, isPause: false))
                case ",", ":", "(", ")", "|":
                    words.append(Word(text: String(c), start: i, end: i + 1, endsClause: false, isPause: true))
                case "%", "-", "–", "—", "/", "+", "€":
                    words.append(Word(text: String(c), start: i, end: i + 1, endsClause: false, isPause: false))
                default:
                    break
                }
            }
            i += 1
        }
        flush(chars.count)
        self.words = words
    }

    /// The range of word indices of the clause around `index`: from after the previous clause end to the
    /// next one (excluded).
    public func clause(around index: Int) -> Range<Int> {
        var lower = index
        while lower > 0, !words[lower - 1].endsClause { lower -= 1 }
        var upper = index
        while upper < words.count, !words[upper].endsClause { upper += 1 }
        return lower..<upper
    }

    /// The index of the first word that starts at or after `offset`.
    public func index(at offset: Int) -> Int? {
        words.firstIndex { $0.end > offset }
    }

    /// Whether the words from `index` on begin with `phrase` (words of `phrase` separated by spaces, each
    /// matching the start of a word): `non reception` matches « non-réception ».
    public func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, part) in phrase.enumerated() {
            let word = words[index + offset]
            if part == "%" ? word.text != "%" : !word.text.hasPrefix(part) { return false }
        }
        return true
    }

    /// Words French abbreviates with a point inside a sentence.
    package static let abbreviations: Set<String> = ["env", "cf", "ex", "etc", "max", "min", "art", "no", "num", "tel", "lun", "mar",
                                             "mer", "jeu", "ven", "sam", "dim", "hors", "approx", "mme", "mr", "dr", "st"]

    /// Lower case without accents, ligatures spelled out: `LetterFolding`'s spelling, the one of anchors and
    /// search; a letter without one is kept, lower case.
    package static func fold(_ c: Character) -> String {
        c.unicodeScalars.map { LetterFolding.ascii($0) ?? String($0).lowercased() }.joined()
    }
}
