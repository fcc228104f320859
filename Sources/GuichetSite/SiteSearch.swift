import Foundation

/// The site's own search, in Swift: the ranking of the default theme's site.js (`chercher`, `candidats`,
/// `elargir`, `extrait`, `suggestion`), step for step, over the index files the build wrote for it
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
        let u: String, t: String, c: String, d: String
        let x: String?
    }

    private struct Manifest: Decodable {
        let version: Int
        let count: Int
        let perFragment: Int
        let fragments: [String]
        let shards: [[String]]
        let stop: [String]
        let synonyms: [[String]]
    }

    private struct Shard: Decodable {
        let t: [String: [Int]]
    }

    private let count: Int
    private let documents: [Document]
    /// Term → decoded postings: document, weight, document, weight…
    private let terms: [String: [Int]]
    private let stop: Set<String>
    private let synonyms: [String: [String]]

    /// Reads the index the build wrote under `output` (the site's output folder). Throws when it is missing
    /// or is not the version this port follows.
    public init(output: String) throws {
        let folder = URL(fileURLWithPath: output).appendingPathComponent(SearchIndex.folder)
        let decoder = JSONDecoder()
        let manifest = try decoder.decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("index.json")))
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
        var synonyms: [String: [String]] = [:]
        for group in manifest.synonyms {
            for term in group { synonyms[term, default: []] += group.filter { $0 != term } }
        }
        (count, self.documents, self.terms, stop, self.synonyms) = (manifest.count, documents, terms, Set(manifest.stop), synonyms)
    }

    /// What the search box shows for `query`; nil when it holds no word to look for (site.js shows nothing).
    public func search(_ query: String) -> Answer? {
        var words: [String] = []
        for word in Self.tokens(query).map(Self.stem) where (!stop.contains(word) || synonyms[word] != nil) && !words.contains(word) {
            words.append(word)
        }
        guard !words.isEmpty else { return nil }
        let last = Self.normalise(query).unicodeScalars.last.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) } == true
            ? words.last : nil
        let perWord = words.map { widen($0, typing: $0 == last) }
        var scores: [Int: (r: Double, s: Double)] = [:]
        var found: Set<String> = [], lost: [String] = []
        var mass = 0.0
        for (k, word) in words.enumerated() {
            var best: [Int: Double] = [:]
            for (term, quality) in perWord[k] {
                found.insert(term)
                let list = terms[term] ?? []
                for i in stride(from: 0, to: list.count, by: 2) {
                    let value = quality * Double(list[i + 1])
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
            for (document, value) in best {
                var entry = scores[document] ?? (0, 0)
                entry.r += rarity
                entry.s += rarity * value / (value + 4)
                scores[document] = entry
            }
        }
        for (document, entry) in scores { scores[document]!.s = entry.s * (entry.r / mass) }
        // A query half of whose words are nowhere is about something else than this help centre.
        let counted = words.filter { !stop.contains($0) && !($0 == last && $0.count < 3) }
        let absent = lost.filter { counted.contains($0) }.count
        if counted.count > 1 && 2 * (counted.count - absent) <= counted.count { scores = [:] }
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
        return Answer(results: [], suggestion: suggestion(query, lost: lost.isEmpty ? words : lost))
    }

    // MARK: - site.js's steps

    /// `candidats`: what a typed word can find, and at what price.
    private func candidates(_ word: String, typing: Bool, start: String) -> [String: Double] {
        var result: [String: Double] = [:]
        let length = word.utf16.count
        let allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0
        if terms[word] != nil { result[word] = 1 }
        for synonym in synonyms[word] ?? [] where terms[synonym] != nil { result[synonym] = max(result[synonym] ?? 0, 0.8) }
        guard length >= 3 else { return result }
        for term in terms.keys where term != word && term.hasPrefix(start) {
            var quality = 0.0
            if term.hasPrefix(word) {
                if typing || length >= 5 { quality = 0.7 }
            } else if term.utf16.count >= 5 && word.hasPrefix(term) {
                quality = 0.6
            } else if allowed > 0 {
                let d = Self.distance(Array(word.utf16), Array(term.utf16), allowed)
                if d <= allowed { quality = d == 1 ? 0.6 : 0.4 }
            }
            if quality > (result[term] ?? 0) { result[term] = quality }
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

    /// `suggestion`: the nearest known term for each lost word, in the query as typed (normalised).
    private func suggestion(_ query: String, lost: [String]) -> String? {
        var replacement: [String: String] = [:]
        for word in lost {
            let allowed = max(2, word.utf16.count / 3)
            var best: String?, smallest = allowed + 1
            let start = String(word.prefix(2))
            for term in terms.keys where term.hasPrefix(start) && !stop.contains(term) {
                let d = Self.distance(Array(word.utf16), Array(term.utf16), allowed)
                if d < smallest || (d == smallest && best != nil && term < best!) { (smallest, best) = (d, term) }
            }
            if let best { replacement[word] = best }
        }
        guard !replacement.isEmpty else { return nil }
        let pieces = Self.splitKeepingSeparators(Self.normalise(query))
        let joined = pieces.map { piece in replacement[Self.stem(piece)] ?? piece }.joined()
        return joined.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `extrait`: the description or the sentence of the excerpt holding the most distinct words found.
    private static func snippet(_ document: Document, found: Set<String>) -> String {
        let sentences = [document.d] + splitSentences(document.x ?? "")
        var best = document.d, score = 0
        for sentence in sentences {
            var seen: Set<String> = []
            for token in tokens(sentence) {
                let term = stem(token)
                if found.contains(term) { seen.insert(term) }
            }
            if seen.count > score { (score, best) = (seen.count, sentence) }
        }
        return best
    }

    // MARK: - Text, as site.js reads it

    /// `normaliser`: NFD, combining accents removed, lower case, the ligatures and letters NFD leaves whole.
    static func normalise(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        var out = String(String.UnicodeScalarView(decomposed)).lowercased()
        for (from, to) in [("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("đ", "d"), ("ł", "l")] {
            out = out.replacingOccurrences(of: from, with: to)
        }
        return out
    }

    /// `jetons`: the runs of `a-z0-9` of the normalised text, two characters or more.
    static func tokens(_ text: String) -> [String] {
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

    /// `raciner`: the light French stemmer of site.js (and `SearchNormaliser.stem`).
    static func stem(_ token: String) -> String {
        var t = Array(token.utf16)
        let n = t.count
        if n > 4 && t.suffix(3).elementsEqual("aux".utf16) {
            t = Array(t.dropLast(3)) + Array("al".utf16)
        } else if n > 3 && (t[n - 1] == UInt16(UInt8(ascii: "s")) || t[n - 1] == UInt16(UInt8(ascii: "x"))) {
            t.removeLast()
        }
        var k = 0
        while k < 2 && t.count > 4 && t.last == UInt16(UInt8(ascii: "e")) {
            t.removeLast()
            k += 1
        }
        if t.count > 5 && (t.suffix(2).elementsEqual("er".utf16) || t.suffix(2).elementsEqual("ez".utf16)) { t.removeLast(2) }
        return String(decoding: t, as: UTF16.self)
    }

    /// `distance`: edit distance with transposition, given up past `max` (then `max + 1`).
    static func distance(_ a: [UInt16], _ b: [UInt16], _ limit: Int) -> Int {
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

    /// `split(/([^a-z0-9]+)/)`: words and the separators between them, in order.
    private static func splitKeepingSeparators(_ text: String) -> [String] {
        var pieces: [String] = [], current = "", inWord = true
        for scalar in text.unicodeScalars {
            let word = isWordScalar(scalar)
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

    private static func isJavaScriptSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
