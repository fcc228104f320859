import Foundation

/// The site's own search, in Swift: the ranking of the default theme's site.js (`chercher`, `equivalents`,
/// `candidats`, `elargir`, `intentions`, `extrait`, `suggestion`, `surface`), step for step, over the index files the build wrote for it
/// (`SearchIndex`, version 2). What `guichet mcp`'s `search_articles` answers, so that an assistant finds
/// what a reader typing the same words in the search box finds. `SiteSearchTests` runs site.js itself, under
/// node, on the golden queries of Tests/browser/ and compares each answer with this one.
///
/// site.js loads only the shards a query needs; here every shard is loaded once. The answers are the same:
/// site.js looks only at the terms that start with the word's first letters (`debut`), and it always loads
/// every shard that holds them, so the terms it can see are exactly those examined here.
public struct SiteSearch: Sendable {
    public struct Result: Sendable, Equatable {
        /// Root-relative, as site.js shows it.
        public let url: String
        public let title: String
        /// The category's title, or « Rubrique » for a category itself.
        public let category: String
        /// The sentence (the description, or one from the start of the body) that holds the most words found.
        public let snippet: String
    }

    public struct Answer: Sendable, Equatable {
        /// At most ten, the best first.
        public let results: [Result]
        /// When nothing is found: the query with each unknown word replaced by the nearest known one, if any.
        public let suggestion: String?
    }

    private struct Document: Decodable, Sendable {
        package let u: String, t: String, c: String, d: String
        package let x: String?
    }

    private struct Shard: Decodable {
        package let t: [String: [Int]]
    }

    private let count: Int
    private let documents: [Document]
    /// Term → decoded postings: document, weight, document, weight…
    private let terms: [String: [Int]]
    private let stop: Set<String>
    private let synonyms: [String: [String]]
    /// Term → the other forms of its lemma (the lexicon's `forms`), as site.js's `formes`.
    private let forms: [String: [String]]
    /// The lexicon's fixed expressions, each as its terms (the manifest's `phrases`).
    private let phrases: [[String]]
    /// The lexicon's idioms: [their terms, their meaning's terms] (the manifest's `idioms`).
    private let idioms: [[[String]]]
    /// The subjects no page treats (the manifest's `offTopic`).
    private let offTopic: Set<String>
    /// The categories' pages, in the manifest's order: document number and its title's terms.
    private let categories: [(document: Int, terms: [String])]
    /// What each term long enough to be matched by its sound sounds like (`phonetic`), once per index rather
    /// than for every candidate of every word of every query.
    private let soundOf: [String: String]

    /// Reads the index the build wrote under `output` (the site's output folder). Throws when it is missing
    /// or is not the version this port follows.
    public init(output: String) throws {
        let folder = URL(fileURLWithPath: output).appendingPathComponent(SearchIndex.folder)
        let decoder = JSONDecoder()
        let manifest = try decoder.decode(SearchIndex.Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("index.json")))
        guard manifest.version == SearchIndex.version else { throw SiteSearchError.version(manifest.version) }
        var terms: [String: [Int]] = [:]
        for shard in manifest.shards where shard.count == 2 {
            let entries = try decoder.decode(Shard.self, from: Data(contentsOf: folder.appendingPathComponent(shard[1]))).t
            for (term, gaps) in entries where terms[term] == nil {
                var decoded: [Int] = []
                decoded.reserveCapacity(gaps.count)
                var document = 0
                for i in stride(from: 0, to: gaps.count - 1, by: 2) {
                    document += gaps[i]
                    decoded += [document, gaps[i + 1]]
                }
                terms[term] = decoded
            }
        }
        var documents: [Document] = []
        for fragment in manifest.fragments {
            documents += try decoder.decode([Document].self, from: Data(contentsOf: folder.appendingPathComponent(fragment)))
        }
        (count, self.documents, self.terms, stop) = (manifest.count, documents, terms, Set(manifest.stop))
        synonyms = Self.groups(manifest.synonyms)
        forms = Self.groups(manifest.forms)
        phrases = manifest.phrases ?? []
        idioms = manifest.idioms ?? []
        offTopic = Set(manifest.offTopic ?? [])
        categories = manifest.categories.map { ($0.d, $0.t) }
        soundOf = Dictionary(uniqueKeysWithValues: terms.keys.filter { $0.utf16.count >= 4 }.map { ($0, Self.phonetic($0)) })
    }

    /// `groupes`: each term of a group → the other terms of every group it is in.
    private static func groups(_ list: [[String]]) -> [String: [String]] {
        var byTerm: [String: [String]] = [:]
        for group in list {
            for term in group { byTerm[term, default: []] += group.filter { $0 != term } }
        }
        return byTerm
    }

    /// What the search box shows for `query`; nil when it holds no word to look for (site.js shows nothing).
    public func search(_ query: String) -> Answer? {
        let stems = SearchVocabulary.rewritingIdioms(Self.tokens(query).map(SearchNormaliser.stem), idioms: idioms,
                                                     isStop: { self.stop.contains($0) })
        var words: [String] = []
        for word in stems where (!stop.contains(word) || synonyms[word] != nil) && !words.contains(word) {
            words.append(word)
        }
        guard !words.isEmpty else { return nil }
        let last = Self.normalise(query).unicodeScalars.last.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) } == true
            ? words.last : nil
        let wanted = Self.intents(query)
        // The query's fixed expressions: its words but stop words, in order, that make one of the lexicon's.
        let sequence = stems.filter { !stop.contains($0) }
        var phrasesFound: [(term: String, words: [String])] = []
        for phrase in phrases where sequence.count >= phrase.count {
            if (0...(sequence.count - phrase.count)).contains(where: { sequence[$0..<$0 + phrase.count].elementsEqual(phrase) }) {
                phrasesFound.append((SearchVocabulary.phraseTerm(phrase), phrase))
            }
        }
        let perWord = words.map { widen($0, typing: $0 == last) }
        var scores: [Int: (r: Double, s: Double)] = [:]
        var found: Set<String> = [], lost: [String] = []
        var mass = 0.0
        let counted = words.filter { !stop.contains($0) && !($0 == last && $0.count < 3) }
        // How many of the counted words each document has.
        var together: [Int: Int] = [:]
        for (k, word) in words.enumerated() {
            var best: [Int: Double] = [:]
            for (term, quality) in perWord[k] {
                found.insert(term)
                let list = terms[term] ?? []
                for i in stride(from: 0, to: list.count, by: 2) {
                    // A negative price (an equivalent) applies to the saturated weight, a positive one to the weight.
                    let weight = Double(list[i + 1])
                    let value = quality < 0 ? -quality * Self.saturate(weight) : Self.saturate(quality * weight)
                    if let previous = best[list[i]], previous >= value { continue }
                    best[list[i]] = value
                }
            }
            guard !best.isEmpty else {
                lost.append(word)
                continue
            }
            let rarity = log(1 + Double(count) / Double(best.count))
            mass += rarity
            let counts = counted.contains(word)
            for (document, value) in best {
                if counts { together[document, default: 0] += 1 }
                var entry = scores[document] ?? (0, 0)
                entry.r += rarity
                entry.s += rarity * value
                scores[document] = entry
            }
        }
        for (document, entry) in scores { scores[document]!.s = entry.s * (entry.r / mass) }
        // The intents the query's phrasing asks for favour the documents found that serve them (× 1.15 each),
        // then a category's page goes after the articles unless every word was found in its title (× 0.7):
        // in this order, as site.js multiplies.
        for intent in wanted {
            let list = terms[intent] ?? []
            for k in stride(from: 0, to: list.count, by: 2) where scores[list[k]] != nil { scores[list[k]]!.s *= 1.15 }
        }
        // A document whose title begins with a query word (as typed, a form, a typo, a word it begins; not a
        // synonym) explains what the query asks: × 1.15, once per document.
        var leading: Set<Int> = []
        for candidates in perWord {
            for (term, quality) in candidates where quality >= 0.6 || quality <= -0.9 {
                let list = terms[term + SearchIndex.leading] ?? []
                for k in stride(from: 0, to: list.count, by: 2) { leading.insert(list[k]) }
            }
        }
        for document in leading where scores[document] != nil { scores[document]!.s *= 1.15 }
        // A document that writes the query's expression goes before those with its words apart, the more as
        // the expression is more of the query.
        let full = words.filter { !stop.contains($0) }.count
        for phrase in phrasesFound {
            let list = terms[phrase.term] ?? []
            let share = 0.5 * Double(phrase.words.count) / Double(max(full, phrase.words.count))
            for k in stride(from: 0, to: list.count, by: 2) where scores[list[k]] != nil {
                scores[list[k]]!.s *= 1 + share * Self.saturate(Double(list[k + 1]))
            }
        }
        for category in categories where scores[category.document] != nil {
            let named = words.indices.allSatisfy { k in
                stop.contains(words[k]) || perWord[k].contains { abs($0.value) >= 0.6 && category.terms.contains($0.key) }
            }
            if !named { scores[category.document]!.s *= 0.7 }
        }
        // A query half of whose words are nowhere is about something else than this help centre.
        // The words of an expression no document writes are absent, even when found apart.
        let outside = Set(phrasesFound.filter { terms[$0.term] == nil }.flatMap(\.words))
        let absent = counted.filter { lost.contains($0) || outside.contains($0) }.count
        if counted.count > 1 && 2 * (counted.count - absent) <= counted.count { scores = [:] }
        // Words the site all has, but never together (« guide des tailles »: « guide » on one page, « tailles » on
        // another), are not about a subject of the site: no page answers two of them at once.
        if counted.count > 1 && (together.values.max() ?? 0) < 2 { scores = [:] }
        // A query that names a subject no page treats (« code promo », « facture ») asks what this help centre
        // does not explain: pages that mention it in passing do not answer (`SearchVocabulary.offTopic`).
        if counted.contains(where: offTopic.contains) { scores = [:] }
        let ranked = scores.keys.sorted { a, b in
            let (sa, sb) = (scores[a]!.s, scores[b]!.s)
            return sa != sb ? sa > sb : a < b
        }.prefix(10)
        let results = ranked.compactMap { number -> Result? in
            guard documents.indices.contains(number) else { return nil }
            let document = documents[number]
            return Result(url: document.u, title: document.t, category: document.c, snippet: Self.snippet(document, found: found))
        }
        if !results.isEmpty { return Answer(results: results, suggestion: nil) }
        // Words the site all has, but not their expression (« carte cadeau »): nothing to correct.
        return Answer(results: [], suggestion: suggestion(query, lost: !lost.isEmpty ? lost : outside.isEmpty ? words : []))
    }

    // MARK: - site.js's steps

    /// `equivalents`: what the lexicon puts in place of a typed word, and its price: the other forms of its
    /// lemma (0.9), its synonyms (0.8) and its forms' synonyms (0.75), never the word itself.
    private func equivalents(_ word: String) -> [String: Double] {
        var result: [String: Double] = [:]
        func put(_ term: String, _ price: Double) {
            if term != word && !((result[term] ?? -.infinity) >= price) { result[term] = price }
        }
        for (i, form) in ([word] + (forms[word] ?? [])).enumerated() {
            if i > 0 { put(form, 0.9) }
            for synonym in synonyms[form] ?? [] { put(synonym, i > 0 ? 0.75 : 0.8) }
        }
        return result
    }

    /// `candidats`: what a typed word can find, and at what price (negative for an equivalent).
    private func candidates(_ word: String, typing: Bool, start: String) -> [String: Double] {
        var result: [String: Double] = [:]
        let length = word.utf16.count
        let allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0
        if terms[word] != nil { result[word] = 1 }
        // An equivalent's price is negative: it applies after the weight's saturation (see `search`).
        for (term, price) in equivalents(word) where terms[term] != nil {
            if let current = result[term], current >= price { continue }
            result[term] = -price
        }
        // A stop word kept for its synonyms (« quand », « pas ») is never corrected or completed into a term.
        guard length >= 3, !stop.contains(word) else { return result }
        var key: String?
        for term in terms.keys where term != word && term.hasPrefix(start) && !SearchIndex.isLeading(term) {
            var quality = 0.0
            if term.hasPrefix(word) {
                if typing || length >= 5 { quality = 0.7 }
            } else if term.utf16.count >= 5 && word.hasPrefix(term) {
                quality = 0.6
            } else if allowed > 0 {
                let d = Self.distance(Array(word.utf16), Array(term.utf16), allowed)
                if d <= allowed {
                    quality = d == 1 ? 0.6 : 0.4
                } else if term.utf16.count >= 4 {
                    // Beyond, a word that sounds like the term counts as one typo.
                    if key == nil { key = Self.phonetic(word) }
                    if soundOf[term] == key { quality = 0.6 }
                }
            }
            if quality > abs(result[term] ?? 0) { result[term] = quality }
        }
        return result
    }

    /// `elargir`: the terms of the word's first three letters, then two, then one, until one is found.
    private func widen(_ word: String, typing: Bool) -> [String: Double] {
        let length = word.utf16.count
        var n = min(3, length)
        while true {
            let found = candidates(word, typing: typing, start: String(word.prefix(n)))
            if !found.isEmpty || length < 4 || n == 1 { return found }
            n -= 1
        }
    }

    /// `suggestion`: the nearest known term for each lost word, written as a word (`surface`), in the query as typed.
    private func suggestion(_ query: String, lost: [String]) -> String? {
        var replacement: [String: String] = [:]
        for word in lost {
            let allowed = word.utf16.count >= 8 ? 2 : 1
            var best: String?, smallest = allowed + 1
            let start = String(word.prefix(2))
            // A word of the site is no suggestion for itself.
            for term in terms.keys where term != word && term.hasPrefix(start) && !stop.contains(term) && !SearchIndex.isLeading(term) {
                let d = Self.distance(Array(word.utf16), Array(term.utf16), allowed)
                if d < smallest || (d == smallest && best != nil && term < best!) { (smallest, best) = (d, term) }
            }
                if let best, let written = surface(best) { replacement[word] = written }
        }
        guard !replacement.isEmpty else { return nil }
        let pieces = Self.splitKeepingSeparators(query, isWord: Self.isLetterOrNumber)
        let joined = pieces.map { piece in replacement[SearchNormaliser.stem(Self.tokens(piece).first ?? "")] ?? piece }.joined()
        return Self.trimJavaScriptSpace(joined)
    }

    /// `surface`: `term` as a word is written (the index keeps only stems), taken from the title, description
    /// or excerpt of the first four documents that hold it; nil when none has it as a word of its own.
    private func surface(_ term: String) -> String? {
        let list = terms[term] ?? []
        let numbers = stride(from: 0, to: min(list.count, 8), by: 2).map { list[$0] }
        for number in numbers where documents.indices.contains(number) {
            let document = documents[number]
            let text = [document.t, document.d, document.x ?? ""].joined(separator: " ")
            // The words of `split(/[^\p{L}\p{N}]+/u)`: the even places.
            for (place, word) in Self.splitKeepingSeparators(text, isWord: Self.isLetterOrNumber).enumerated() where place % 2 == 0 {
                let tokens = Self.tokens(word)
                if tokens.count == 1 && SearchNormaliser.stem(tokens[0]) == term { return word.lowercased() }
            }
        }
        return nil
    }

    /// `extrait`: the description or the sentence of the excerpt holding the most distinct words found.
    private static func snippet(_ document: Document, found: Set<String>) -> String {
        let sentences = [document.d] + splitSentences(document.x ?? "")
        var best = document.d, score = 0
        for sentence in sentences {
            var seen: Set<String> = []
            for token in tokens(sentence) {
                let term = SearchNormaliser.stem(token)
                if found.contains(term) { seen.insert(term) }
            }
            if seen.count > score { (score, best) = (seen.count, sentence) }
        }
        return best
    }

    /// `sature`: a weight saturated, so that length never wins over place.
    private static func saturate(_ weight: Double) -> Double { weight / (weight + 6) }

    /// `INTENTIONS`: each intent term of the index and the phrasings that ask for it, word for word as
    /// site.js's regular expressions spell them (`\b(comment|etapes?|…)\b` gives "comment", "etape", "etapes"…).
    private static let intentPhrasings: [(term: String, phrases: [String])] = [
        ("_comment", ["comment", "etape", "etapes", "procedure", "marche a suivre", "que faire", "quoi faire"]),
        ("_delai", ["combien de temps", "combien de jours", "combien de semaines", "quand", "delai", "delais", "duree",
                    "jusqu a quand", "a partir de quand", "avant quelle date"]),
        ("_droit", ["je peux", "je peut", "je puis", "je a le droit", "on peux", "on peut", "on puis", "on a le droit",
                    "puis je", "peut on", "ai je le droit", "ai je droit", "a t on le droit", "suis je oblige",
                    "possible de", "autorise", "exclu", "exclus", "exception", "exceptions"]),
        ("_contact", ["joindre", "appeler", "telephoner", "horaire", "horaires", "ouvert", "parler a"]),
    ]

    /// `intentions`: the intents a query's phrasing asks for, in `intentPhrasings`' order. site.js tests its
    /// expressions on ' ' + the normalised query with each run of other characters than `a-z0-9` made one
    /// space + ' ': there, `\bphrase\b` matches exactly where " phrase " is found.
    package static func intents(_ query: String) -> [String] {
        var text = " "
        var inSeparator = false
        for scalar in normalise(query).unicodeScalars {
            if isWordScalar(scalar) {
                text.unicodeScalars.append(scalar)
                inSeparator = false
            } else if !inSeparator {
                text += " "
                inSeparator = true
            }
        }
        text += " "
        return intentPhrasings.filter { intent in intent.phrases.contains { text.contains(" " + $0 + " ") } }.map(\.term)
    }

    // MARK: - Text, as site.js reads it

    /// `normaliser`: NFD, combining accents removed, lower case, the ligatures and letters NFD leaves whole.
    package static func normalise(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        var out = String(String.UnicodeScalarView(decomposed)).lowercased()
        for (from, to) in [("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("đ", "d"), ("ł", "l")] {
            out = out.replacingOccurrences(of: from, with: to)
        }
        return out
    }

    /// `jetons`: the runs of `a-z0-9` of the normalised text, two characters or more.
    package static func tokens(_ text: String) -> [String] {
        var tokens: [String] = [], current = ""
        for scalar in normalise(text).unicodeScalars {
            if isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if current.count >= 2 { tokens.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { tokens.append(current) }
        return tokens
    }

    /// `phonetique`: what a term (`[a-z0-9]+`) sounds like, so that a misspelling that sounds the same is
    /// recognised beyond one letter (« telefone », « rembourcement », « confirmasion », « suivit »). site.js's
    /// replacements, in its order, each over the whole text from left to right as a global regular expression
    /// replaces: ph → f, qu or q → k, c before e/i/y → s, other c but ch → k, g before e/i/y → j, tion → sion,
    /// eau or au → o, ai or ei → e, y → i, z → s, h after another letter than c or s dropped, a first h
    /// dropped, runs of one letter made one, a final t or d dropped.
    package static func phonetic(_ term: String) -> String {
        var t = Array(term.utf8)
        func a(_ c: Character) -> UInt8 { c.asciiValue! }
        /// One left-to-right pass: `step` looks at position i and returns what to write and how many bytes
        /// it consumed, or nil to copy one byte.
        func pass(_ step: ([UInt8], Int) -> ([UInt8], Int)?) {
            var out: [UInt8] = [], i = 0
            out.reserveCapacity(t.count + 2)
            while i < t.count {
                if let (written, consumed) = step(t, i) {
                    out += written
                    i += consumed
                } else {
                    out.append(t[i])
                    i += 1
                }
            }
            t = out
        }
        func at(_ s: [UInt8], _ i: Int, _ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return i + bytes.count <= s.count && Array(s[i..<i + bytes.count]) == bytes
        }
        let soft: Set<UInt8> = [a("e"), a("i"), a("y")]
        pass { s, i in at(s, i, "ph") ? ([a("f")], 2) : nil }
        pass { s, i in s[i] == a("q") ? ([a("k")], i + 1 < s.count && s[i + 1] == a("u") ? 2 : 1) : nil }
        pass { s, i in s[i] == a("c") && i + 1 < s.count && soft.contains(s[i + 1]) ? ([a("s")], 1) : nil }
        pass { s, i in s[i] == a("c") && !(i + 1 < s.count && s[i + 1] == a("h")) ? ([a("k")], 1) : nil }
        pass { s, i in s[i] == a("g") && i + 1 < s.count && soft.contains(s[i + 1]) ? ([a("j")], 1) : nil }
        pass { s, i in at(s, i, "tion") ? (Array("sion".utf8), 4) : nil }
        pass { s, i in at(s, i, "eau") ? ([a("o")], 3) : at(s, i, "au") ? ([a("o")], 2) : nil }
        pass { s, i in (s[i] == a("a") || s[i] == a("e")) && i + 1 < s.count && s[i + 1] == a("i") ? ([a("e")], 2) : nil }
        pass { s, i in s[i] == a("y") ? ([a("i")], 1) : nil }
        pass { s, i in s[i] == a("z") ? ([a("s")], 1) : nil }
        pass { s, i in s[i] != a("c") && s[i] != a("s") && i + 1 < s.count && s[i + 1] == a("h") ? ([s[i]], 2) : nil }
        if t.first == a("h") { t.removeFirst() }
        pass { s, i in
            var j = i + 1
            while j < s.count && s[j] == s[i] { j += 1 }
            return j > i + 1 ? ([s[i]], j - i) : nil
        }
        if t.count >= 2, t.last == a("t") || t.last == a("d") { t.removeLast() }
        return String(decoding: t, as: UTF8.self)
    }

    /// `distance`: edit distance with transposition, given up past `max` (then `max + 1`).
    package static func distance(_ a: [UInt16], _ b: [UInt16], _ limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var before: [Int]? = nil
        var previous = Array(0...b.count)
        for i in 1...Swift.max(a.count, 1) where i <= a.count {
            var current = [i]
            var smallest = i
            for j in 1...Swift.max(b.count, 1) where j <= b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if let before, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = Swift.min(v, before[j - 2] + 1) }
                current.append(v)
                if v < smallest { smallest = v }
            }
            if smallest > limit { return limit + 1 }
            before = previous
            previous = current
        }
        return previous[b.count]
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// JavaScript's `[\p{L}\p{N}]`: a letter or a number of any script.
    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    /// `split(/([^…]+)/u)` with `isWord` the class of a word's characters: the words (even places, the
    /// first one possibly empty) and the separators between them, in order.
    private static func splitKeepingSeparators(_ text: String, isWord: (Unicode.Scalar) -> Bool) -> [String] {
        var pieces: [String] = [], current = "", inWord = true
        for scalar in text.unicodeScalars {
            let word = isWord(scalar)
            if word != inWord {
                pieces.append(current)
                (current, inWord) = ("", word)
            }
            current.unicodeScalars.append(scalar)
        }
        pieces.append(current)
        return pieces
    }

    /// `split(/(?<=[.!?…])\s+/)`: after a sentence's final mark, at a run of white space (JavaScript's `\s`).
    private static func splitSentences(_ text: String) -> [String] {
        var sentences: [String] = [], current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if isJavaScriptSpace(scalar), let previous = current.last, ".!?…".unicodeScalars.contains(previous) {
                sentences.append(String(current))
                current = String.UnicodeScalarView()
                while i < scalars.count, isJavaScriptSpace(scalars[i]) { i += 1 }
                continue
            }
            current.append(scalar)
            i += 1
        }
        sentences.append(String(current))
        return sentences
    }

    /// JavaScript's `trim()`: white space and line terminators at both ends, as `isJavaScriptSpace` knows them.
    private static func trimJavaScriptSpace(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isJavaScriptSpace($0) }),
              let last = scalars.lastIndex(where: { !isJavaScriptSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func isJavaScriptSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
