import GuichetContent
/// Finds figures in French prose: « 14 jours », « quatorze jours », « 48h », « 2 jours ouvrés »,
/// « une semaine », « 9 h », « 9h-17h », « 09:00 », « 09.70.75.64.60 », « +33 9 70 75 64 60 ». Pure text
/// analysis; whether a figure is a rule's is decided by the caller, which knows the rules and the context.
public enum FigureScanner {
    package static let numberWords: [String: Int] = [
        // « un », « une » are left out: « un jour férié », « une semaine de vacances » are not figures.
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt-et-un": 21, "vingt-deux": 22,
        "vingt-quatre": 24, "trente": 30, "quarante": 40, "quarante-huit": 48, "soixante": 60, "soixante-douze": 72,
    ]

    /// `numberWords` with each word packed as `PackedWord` packs it: the scanner tries a number word at every
    /// word start of every text, and comparing two integers is much cheaper than building and hashing a string.
    private static let packedNumberWords: [(word: PackedWord, value: Int)] = numberWords.map { word, value in
        var packed = PackedWord()
        for byte in word.utf8 { packed.append(byte) }
        return (packed, value)
    }

    private static let packedUn: PackedWord = { var p = PackedWord(); for b in "un".utf8 { p.append(b) }; return p }()
    private static let packedUne: PackedWord = { var p = PackedWord(); for b in "une".utf8 { p.append(b) }; return p }()

    /// The first two letters of the number words: for each first letter from `a`, one bit per second letter.
    private static let numberWordPrefixes: [UInt32] = numberWords.keys.reduce(into: [UInt32](repeating: 0, count: 26)) { table, word in
        let bytes = Array(word.utf8)
        table[Int(bytes[0] - 0x61)] |= 1 << UInt32(bytes[1] - 0x61)
    }

    /// Whether a word starting with these two ASCII bytes, in either case, can be a number word (all have
    /// at least three letters).
    private static func mayStartNumberWord(_ first: UInt8, _ second: UInt8) -> Bool {
        let a = first | 0x20, b = second | 0x20
        guard a >= 0x61, a <= 0x7A, b >= 0x61, b <= 0x7A else { return false }
        return numberWordPrefixes[Int(a - 0x61)] & (1 << UInt32(b - 0x61)) != 0
    }

    /// Whether a lower-case word without accents is a number in words (« deux », « quatre »): the lower
    /// bound of a range such as « deux à quatre jours ».
    public static func isNumberWord(_ word: String) -> Bool { numberWords[word] != nil || word == "un" || word == "une" }

    public static func scan(_ text: String) -> [Figure] {
        // Read scalars when every character of the text is one scalar (nearly all French prose): same
        // offsets, same answers, without grapheme breaking. Otherwise read characters.
        guard let scalars = text.ownCharacterScalars else { return scan(Array(text)) }
        return scan(scalars)
    }

    /// The scan on characters, whatever the text: what `scan` falls back to, and what tests compare it with.
    package static func scanCharacters(_ text: String) -> [Figure] { scan(Array(text)) }

    private static func scan<U: FigureScanUnit>(_ chars: [U]) -> [Figure] {
        var figures: [Figure] = []
        var i = 0
        while i < chars.count {
            // A figure starts with an ASCII digit, a plus sign or an ASCII letter (a number in words):
            // test that first, with the cheap ASCII check, before the word-boundary test on Unicode letters.
            guard let ascii = chars[i].ascii, ascii == 0x2B || (0x30...0x39).contains(ascii)
                    || (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) else { i += 1; continue }
            if i > 0, isWordChar(chars[i - 1]) || chars[i - 1].ascii == 0x2B { i += 1; continue }
            // « 1,6 jour »: the digits after a decimal comma or point are no figure of their own.
            if i > 1, chars[i - 1].ascii == 0x2C || chars[i - 1].ascii == 0x2E, chars[i - 2].isASCIIDigit { i += 1; continue }
            if let figure = phone(chars, at: i) ?? roundTheClock(chars, at: i) ?? weekdays(chars, at: i)
                ?? clockTime(chars, at: i) ?? ordinalDay(chars, at: i) ?? dayPlus(chars, at: i) ?? duration(chars, at: i) {
                figures.append(figure)
                i = figure.offset + figure.length
            } else {
                i += 1
            }
        }
        return figures
    }

    // MARK: - Phone numbers

    private static func phone<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        var i = start
        var digits = ""
        if c[i].ascii == 0x2B { // +
            guard i + 2 < c.count, c[i + 1].ascii == 0x33, c[i + 2].ascii == 0x33 else { return nil }
            i += 3
            if i < c.count, c[i].ascii == 0x29 { i += 1 } // « (+33) »
            skipSeparators(c, &i)
            if i < c.count, c[i].ascii == 0x28, i + 2 < c.count, c[i + 1].ascii == 0x30, c[i + 2].ascii == 0x29 { // (0)
                i += 3
                skipSeparators(c, &i)
            }
            digits = "0"
        } else if i + 3 < c.count, c[i].ascii == 0x30, c[i + 1].ascii == 0x30, c[i + 2].ascii == 0x33, c[i + 3].ascii == 0x33 { // 0033
            i += 4
            skipSeparators(c, &i)
            digits = "0"
        } else if c[i].ascii != 0x30 {
            return nil
        }
        var end = i
        while i < c.count, digits.utf8.count < 10 {
            guard let digit = c[i].ascii, c[i].isASCIIDigit else { break }
            digits.unicodeScalars.append(Unicode.Scalar(digit))
            i += 1
            end = i
            if digits.utf8.count < 10 { skipSeparators(c, &i) }
        }
        guard digits.utf8.count == 10, end >= c.count || !c[end].isNumber else { return nil }
        return Figure(kind: .phone(digits), offset: start, length: end - start, text: U.string(c[start..<end]))
    }

    /// One space, dot, hyphen, no-break space or narrow no-break space between groups of digits.
    private static func skipSeparators<U: FigureScanUnit>(_ c: [U], _ i: inout Int) {
        guard i < c.count else { return }
        if let a = c[i].ascii {
            if a == 0x20 || a == 0x2E || a == 0x2D { i += 1 }
        } else if c[i].isScalar(0x00A0) || c[i].isScalar(0x202F) {
            i += 1
        }
    }

    // MARK: - Clock times

    /// `9h`, `9 h`, `9h30`, `9 h 30`, `09:00`, `17 heures` is a duration or a time: left to `duration`.
    private static func clockTime<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        var i = start
        guard let hour = readInt(c, &i, maxDigits: 2), hour < 24 else { return nil }
        let afterNumber = i
        var spaced = i
        skipSpace(c, &spaced)
        var minute = 0
        if spaced < c.count, c[spaced].ascii == 0x68 || c[spaced].ascii == 0x48 { // h, H
            i = spaced + 1
            guard i >= c.count || !c[i].isLetter else { return nil } // « 9 heures » is not « 9 h »
            var m = i
            skipSpace(c, &m)
            if let value = readInt(c, &m, maxDigits: 2), value < 60, m - i <= 3 {
                minute = value
                i = m
            }
        } else if afterNumber < c.count, c[afterNumber].ascii == 0x3A { // :
            var m = afterNumber + 1
            guard let value = readInt(c, &m, maxDigits: 2), m - afterNumber == 3, value < 60 else { return nil }
            minute = value
            i = m
        } else {
            return nil
        }
        return Figure(kind: .clockTime(hour: hour, minute: minute), offset: start, length: i - start,
                      text: U.string(c[start..<i]))
    }

    // MARK: - Durations

    private static func duration<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        var i = start
        var count: Int
        var inWords = false
        var article = false
        if let n = readInt(c, &i, maxDigits: 3) {
            count = n
        } else {
            // Numbers in words are ASCII (« quatorze », « quarante-huit »): read ASCII letters and hyphens
            // only, lower-cased, at most 15 (the longest number word has 14), and give up on the first
            // other letter (« é » in « été » is no number).
            // Most words do not even start like a number word: stop before reading them.
            guard i + 1 < c.count, let first = c[i].ascii, let second = c[i + 1].ascii,
                  mayStartNumberWord(first, second) || ((first | 0x20) == 0x75 && (second | 0x20) == 0x6E) else { return nil } // un
            var word = PackedWord()
            while i < c.count, let a = c[i].ascii, (0x61...0x7A).contains(a | 0x20) || a == 0x2D, word.count <= 14 {
                word.append(a | (a == 0x2D ? 0 : 0x20))
                i += 1
            }
            if i < c.count, c[i].isLetter { return nil }
            if let n = packedNumberWords.first(where: { $0.word == word })?.value {
                count = n
                inWords = true
            } else if word == Self.packedUn || word == Self.packedUne {
                // « une semaine », « un mois », « une heure », « un jour ouvré »; but « un jour » alone is
                // rarely a duration (« si un jour vous… »): decided once the unit is read.
                count = 1
                inWords = true
                article = true
            } else {
                return nil
            }
        }
        var j = i
        skipSpace(c, &j)
        guard j > i || (j < c.count && c[j].isLetter) else { return nil }
        // After « un », « une » (common words), only semaine, mois, an, heure or jour can follow.
        if article, j < c.count, !(c[j].ascii.map { [0x73, 0x6D, 0x61, 0x68, 0x6A].contains($0 | 0x20) } ?? false) { return nil }
        let unitStart = j
        let unit = readWord(c, &j)
        guard j > unitStart, unit.count <= 8 else { return nil }
        let kind: Figure.Kind
        // The word after the unit (« ouvrés », « fériés »), read only for the units it qualifies.
        var m = j
        var next = ""
        if ["jour", "jours", "j", "journée", "journées", "heure", "heures", "h"].contains(unit) {
            skipSpace(c, &m)
            next = readWord(c, &m)
        }
        switch unit {
        case "jour", "jours", "j", "journée", "journées":
            if ["ouvré", "ouvrés", "ouvrable", "ouvrables"].contains(next) {
                kind = .days(count, business: true)
                j = m
            } else if next.hasPrefix("férié") || next.hasPrefix("ferie") || article {
                // « 11 jours fériés » counts holidays; « un jour » alone is seldom a duration.
                return nil
            } else {
                // « huit jours » and « quinze jours » say one week and two weeks in French.
                if inWords, count == 8 || count == 15 { count -= 1 }
                kind = .days(count, business: false)
            }
        case "semaine", "semaines":
            count *= 7
            kind = .days(count, business: false)
        case "mois":
            kind = .months(count)
        case "an", "ans", "année", "années":
            kind = .months(count * 12)
        case "min", "minute", "minutes":
            kind = .minutes(count)
        case "heure", "heures", "h":
            if ["ouvrée", "ouvrées", "ouvrable", "ouvrables"].contains(next) { j = m }
            // « à 15 heures » names a time of day, not a duration.
            if count < 24, ["à", "vers", "dès"].contains(previousWord(c, before: start)) {
                var minute = 0
                var k = j
                skipSpace(c, &k)
                if let m = readInt(c, &k, maxDigits: 2), m < 60 { minute = m; j = k }
                kind = .clockTime(hour: count, minute: minute)
            } else {
                kind = .hours(count)
            }
        default:
            return nil
        }
        return Figure(kind: kind, offset: start, length: j - start, text: U.string(c[start..<j]))
    }

    // MARK: - Ordinal days

    /// The first two letters of the words that can start a day range, and of the ordinal numbers: for each
    /// first letter from `a`, one bit per second letter. Tried at every word start, where hashing into a `Set`
    /// cost more than the rest of the test.
    private static let weekdayStarts: [UInt32] = pairs(["du", "en", "to", "lu", "ma", "me", "je", "ve", "sa", "di", "un", "so"])
    private static let ordinalStarts: [UInt32] = pairs(["de", "tr", "qu", "ci", "si", "se", "hu", "ne", "di", "vi"])

    /// The words a day range or « une quinzaine » can start with, as bytes.
    private static let weekdayFirstWords: [[UInt8]] = (["du", "en", "une", "sous", "tous"] + dayNames).map { Array($0.utf8) }

    /// Whether the letters at `start` are exactly `word` (ASCII, any case), followed by no letter.
    private static func isWord<U: FigureScanUnit>(_ c: [U], at start: Int, _ word: [UInt8]) -> Bool {
        guard start + word.count <= c.count else { return false }
        for (offset, byte) in word.enumerated() {
            guard let a = c[start + offset].ascii, a | 0x20 == byte else { return false }
        }
        return start + word.count == c.count || !c[start + word.count].isLetter
    }

    /// Two-letter starts, lower-case ASCII letters, as one bit per (first, second) letter.
    private static func pairs(_ starts: [String]) -> [UInt32] {
        starts.reduce(into: [UInt32](repeating: 0, count: 26)) { table, start in
            let bytes = Array(start.utf8)
            table[Int(bytes[0] - 0x61)] |= 1 << UInt32(bytes[1] - 0x61)
        }
    }

    /// Whether the two ASCII letters at `start`, lower-cased, are one of `pairs`.
    private static func startsWith<U: FigureScanUnit>(_ c: [U], at start: Int, oneOf pairs: [UInt32]) -> Bool {
        guard start + 1 < c.count, let a = c[start].ascii, let b = c[start + 1].ascii else { return false }
        let first = a | 0x20, second = b | 0x20
        guard first >= 0x61, first <= 0x7A, second >= 0x61, second <= 0x7A else { return false }
        return pairs[Int(first - 0x61)] & 1 << UInt32(second - 0x61) != 0
    }

    /// With and without the accent: hurried editors type « septieme ».
    private static let ordinals: [String: Int] = {
        let accented = ["deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
                        "neuvième": 9, "dixième": 10, "quatorzième": 14, "quinzième": 15, "vingtième": 20, "trentième": 30]
        var all = accented
        for (word, value) in accented { all[String(word.map { $0 == "è" ? "e" : $0 })] = value }
        return all
    }()

    /// « le septième jour », « le 7e jour », « au 14ème jour »: a count of days, from the day after the event.
    private static func ordinalDay<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        var i = start
        var count: Int
        if let n = readIntBeforeLetters(c, &i) {
            var suffix = ""
            while i < c.count, c[i].isLetter { suffix.append(contentsOf: c[i].lowercased()); i += 1 }
            guard ["e", "ème", "eme", "è"].contains(suffix) else { return nil }
            count = n
        } else {
            guard startsWith(c, at: start, oneOf: ordinalStarts) else { return nil }
            // Every ordinal ends in « ième »: look at the word's last letters before reading it.
            var end = start
            while end < c.count, c[end].isLetter { end += 1 }
            guard end - start >= 6, c[end - 4].ascii == 0x69, c[end - 3].isScalar(0xE8) || c[end - 3].ascii == 0x65,
                  c[end - 2].ascii == 0x6D, c[end - 1].ascii == 0x65 else { return nil }
            let word = readWord(c, &i)
            guard let n = ordinals[word] else { return nil }
            count = n
        }
        var j = i
        skipSpace(c, &j)
        guard j > i else { return nil }
        var unit = ""
        while j < c.count, c[j].isLetter { unit.append(contentsOf: c[j].lowercased()); j += 1 }
        guard unit == "jour" else { return nil }
        return Figure(kind: .days(count, business: false), offset: start, length: j - start, text: U.string(c[start..<j]))
    }

    /// « J+7 »: the seventh day after the event, as order systems write it.
    private static func dayPlus<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        guard c[start].ascii == 0x4A || c[start].ascii == 0x6A, start + 2 < c.count, c[start + 1].ascii == 0x2B else { return nil }
        var i = start + 2
        guard let n = readInt(c, &i, maxDigits: 3) else { return nil }
        return Figure(kind: .days(n, business: false), offset: start, length: i - start, text: U.string(c[start..<i]))
    }

    /// One to three digits directly followed by a letter (« 7e »).
    private static func readIntBeforeLetters<U: FigureScanUnit>(_ c: [U], _ i: inout Int) -> Int? {
        var value = 0, digits = 0, j = i
        while j < c.count, let a = c[j].ascii, a >= 0x30 && a <= 0x39, digits < 3 {
            value = value * 10 + Int(a - 0x30); digits += 1; j += 1
        }
        guard digits > 0, j < c.count, c[j].isLetter else { return nil }
        i = j
        return value
    }

    // MARK: - Week days and round the clock

    private static let dayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// « 24h/24 », « 24 h/24 », « 24 heures sur 24 », « 7j/7 », « 7 jours sur 7 », « 7/7 ».
    private static func roundTheClock<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        var i = start
        guard let n = readIntAllowingSlash(c, &i), n == 24 || (1...7).contains(n) else { return nil }
        var j = i
        skipSpace(c, &j)
        var unit = ""
        while j < c.count, c[j].isLetter { unit.append(contentsOf: c[j].lowercased()); j += 1 }
        skipSpace(c, &j)
        var k = j
        if k < c.count, c[k].ascii == 0x2F { // /
            k += 1
        } else {
            var word = ""
            while k < c.count, c[k].isLetter { word.append(contentsOf: c[k].lowercased()); k += 1 }
            guard word == "sur" else { return nil }
            skipSpace(c, &k)
        }
        var end = k
        // « 24h/24 », and « 7j/7 », « 6j/7 », « 5 jours sur 7 »: days of the week from Monday.
        guard let m = readInt(c, &end, maxDigits: 2), m == n || (m == 7 && n < 7) else { return nil }
        let units = n == 24 ? ["", "h", "heure", "heures"] : ["j", "jour", "jours"] + (n == 7 ? [""] : [])
        guard units.contains(unit) else { return nil }
        let kind: Figure.Kind = n == 24 ? .allDay : .weekdays(first: 1, last: n)
        return Figure(kind: kind, offset: start, length: end - start, text: U.string(c[start..<end]))
    }

    /// Like `readInt`, but a slash may follow (« 7/7 »).
    private static func readIntAllowingSlash<U: FigureScanUnit>(_ c: [U], _ i: inout Int) -> Int? {
        var value = 0, digits = 0, j = i
        while j < c.count, let a = c[j].ascii, a >= 0x30 && a <= 0x39, digits < 3 {
            value = value * 10 + Int(a - 0x30); digits += 1; j += 1
        }
        guard digits > 0, j >= c.count || !c[j].isNumber else { return nil }
        i = j
        return value
    }

    /// « du lundi au vendredi », « lundi-vendredi », « en semaine », « tous les jours ».
    private static func weekdays<U: FigureScanUnit>(_ c: [U], at start: Int) -> Figure? {
        // Tried at every word start: most words cannot begin a day range, and reading one costs a string.
        // Compare the word's bytes first.
        guard startsWith(c, at: start, oneOf: weekdayStarts),
              weekdayFirstWords.contains(where: { isWord(c, at: start, $0) }) else { return nil }
        var i = start
        func word() -> String {
            skipSpace(c, &i)
            return readWord(c, &i)
        }
        let w1 = word()
        var from: Int?
        if w1 == "en" {
            guard word() == "semaine" else { return nil }
            return Figure(kind: .weekdays(first: 1, last: 5), offset: start, length: i - start, text: U.string(c[start..<i]))
        }
        if w1 == "une" || w1 == "sous" {
            // « une quinzaine (de jours) », « sous huitaine »: two weeks and one week, as French counts them.
            let w2 = word()
            guard w2 == "quinzaine" || w2 == "huitaine" else { return nil }
            var end = i
            if word() == "de", word() == "jours" { end = i }
            return Figure(kind: .days(w2 == "quinzaine" ? 14 : 7, business: false), offset: start, length: end - start,
                          text: U.string(c[start..<end]))
        }
        if w1 == "tous" {
            guard word() == "les", word() == "jours" else { return nil }
            return Figure(kind: .weekdays(first: 1, last: 7), offset: start, length: i - start, text: U.string(c[start..<i]))
        }
        if w1 == "du" { from = dayNames.firstIndex(of: word()) } else { from = dayNames.firstIndex(of: w1) }
        guard let from else { return nil }
        skipSpace(c, &i)
        if i < c.count, c[i].ascii == 0x2D || c[i].isScalar(0x2013) { // - or –
            i += 1
        } else {
            let link = word()
            guard link == "au" || link == "à" else { return nil }
        }
        guard let to = dayNames.firstIndex(of: word()), to > from else { return nil }
        return Figure(kind: .weekdays(first: from + 1, last: to + 1), offset: start, length: i - start,
                      text: U.string(c[start..<i]))
    }

    // MARK: - Characters

    /// The letters from `i` on, lower-cased (ASCII without building a `String` per letter), at most 16.
    private static func readWord<U: FigureScanUnit>(_ c: [U], _ i: inout Int) -> String {
        var word = ""
        var letters = 0
        while i < c.count, c[i].isLetter {
            if letters < 16 {
                if let a = c[i].ascii { word.unicodeScalars.append(Unicode.Scalar(a | 0x20)) } else { word += c[i].lowercased() }
            }
            letters += 1
            i += 1
        }
        return word
    }

    /// A whole number of 1 to `maxDigits` ASCII digits, not followed by another digit, a date or a decimal.
    private static func readInt<U: FigureScanUnit>(_ c: [U], _ i: inout Int, maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        var j = i
        while j < c.count, let a = c[j].ascii, a >= 0x30 && a <= 0x39, digits <= maxDigits {
            value = value * 10 + Int(a - 0x30)
            digits += 1
            j += 1
        }
        guard digits > 0, digits <= maxDigits, j >= c.count || !(c[j].isNumber) else { return nil }
        // « 1,5 jour » or « 2.5 » are not whole figures; « 2026-06-07 » is a date.
        if j < c.count, let a = c[j].ascii,
           a == 0x2D || a == 0x2F || ((a == 0x2C || a == 0x2E) && j + 1 < c.count && c[j + 1].isNumber) { return nil }
        i = j
        return value
    }

    /// Spaces, no-break spaces and narrow no-break spaces.
    private static func skipSpace<U: FigureScanUnit>(_ c: [U], _ i: inout Int) {
        while i < c.count, c[i].ascii == 0x20 || c[i].isScalar(0x00A0) || c[i].isScalar(0x202F) { i += 1 }
    }

    private static func previousWord<U: FigureScanUnit>(_ c: [U], before index: Int) -> String {
        var i = index - 1
        while i >= 0, c[i].ascii == 0x20 || c[i].isScalar(0x00A0) { i -= 1 }
        var word = ""
        while i >= 0, c[i].isLetter { word.insert(contentsOf: c[i].lowercased(), at: word.startIndex); i -= 1 }
        return word
    }

    private static func isWordChar<U: FigureScanUnit>(_ c: U) -> Bool { c.isLetter || c.isNumber }
}
