import GuichetContent

/// An article's weighted search terms, as `SearchIndex.scores` defines them, computed on the tokens' bytes.
///
/// `scores` made a `String` per token and hashed it three times (stop words, expressions, counts) into
/// dictionaries grown field by field; with the terms' sorting and joining that was a seventh of a full build's
/// CPU. Here each token is hashed once, into a table of the text's distinct terms, and what a term needs to
/// know (a stop word? the first word of an expression?) is asked once per distinct term. `scores` stays the
/// definition: `SearchTermScorerTests` requires the same terms and weights on every article of Content/ and on
/// generated texts.
package struct SearchTermScorer {
    /// What is known of one distinct term; its bytes are `keys[keyEnds[id - 1]..<keyEnds[id]]`.
    private struct Term {
        let string: String
        let isStop: Bool
        /// The expressions that start with this term, if any (`SearchVocabulary.phrasesByFirstTerm`).
        let phrases: [[String]]?
        var score = 0
        /// Whether `scores` would hold the term: 0 is never a score, but a term can be read and not scored.
        var scored = false
        /// The last field that counted the term: a field counts each of its terms once (`Set(words)`).
        var field: Int32 = -1
        /// The body's occurrences, while the body is counted.
        var occurrences = 0
    }

    /// The stop words and the expressions' first terms in one table: one lookup per distinct term, not two.
    private static let known: [String: (isStop: Bool, phrases: [[String]]?)] = {
        var known: [String: (isStop: Bool, phrases: [[String]]?)] = [:]
        for term in SearchVocabulary.stopTerms.union(SearchVocabulary.phrasesByFirstTerm.keys) {
            known[term] = (SearchVocabulary.stopTerms.contains(term), SearchVocabulary.phrasesByFirstTerm[term])
        }
        return known
    }()

    private var entries: [Term] = []
    private var keys: [UInt8] = []
    private var keyEnds: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing: a term's id, or -1.
    private var slots = [Int32](repeating: -1, count: 512)
    private var fieldNumber: Int32 = 0

    package init() {}

    /// The terms of `fields`, then `marks` (intents) set to 1: what `SearchTerms(scores)` gives, with the
    /// marks assigned in the dictionary.
    package static func terms(_ fields: [(String, SearchIndex.Field)], marks: [String] = []) -> SearchTerms {
        var scorer = SearchTermScorer()
        for (text, field) in fields { scorer.add(text, as: field) }
        for mark in marks { scorer.set(mark, to: 1) }
        return scorer.searchTerms
    }

    package mutating func add(_ text: String, as field: SearchIndex.Field) {
        var buffer = TokenBuffer()
        SearchNormaliser.tokenize(text, stemmed: true, into: &buffer)
        guard buffer.count > 0 else { return }
        // The field's words, stop words left out, in order; then its expressions.
        var words: [Int32] = []
        words.reserveCapacity(buffer.count)
        var first: Int32 = -1
        buffer.bytes.withUnsafeBytes { bytes in
            for index in 0..<buffer.count {
                let id = intern(UnsafeRawBufferPointer(rebasing: bytes[buffer.range(index)]))
                if index == 0 { first = id }
                if !entries[Int(id)].isStop { words.append(id) }
            }
        }
        let wordCount = words.count
        for start in 0..<wordCount {
            guard let phrases = entries[Int(words[start])].phrases else { continue }
            for phrase in phrases where start + phrase.count <= wordCount
                && phrase.indices.allSatisfy({ entries[Int(words[start + $0])].string == phrase[$0] }) {
                words.append(intern(SearchVocabulary.phraseTerm(phrase)))
            }
        }
        fieldNumber += 1
        switch field {
        case .title:
            addOnce(words, 10 + 24 / max(2, wordCount))
            if !entries[Int(first)].isStop { set(entries[Int(first)].string + SearchIndex.leading, to: 1) }
        case .description: addOnce(words, 4)
        case .heading: addOnce(words, 3)
        case .category: addOnce(words, 5)
        case .body:
            var distinct: [Int32] = []
            for id in words {
                if entries[Int(id)].field != fieldNumber {
                    entries[Int(id)].field = fieldNumber
                    distinct.append(id)
                }
                entries[Int(id)].occurrences += 1
            }
            for id in distinct {
                entries[Int(id)].score += min(entries[Int(id)].occurrences, 3)
                entries[Int(id)].occurrences = 0
                entries[Int(id)].scored = true
            }
        case .slug:
            for id in words where entries[Int(id)].field != fieldNumber {
                entries[Int(id)].field = fieldNumber
                if !entries[Int(id)].scored {
                    entries[Int(id)].score = 1
                    entries[Int(id)].scored = true
                }
            }
        }
    }

    /// `scores[term] = score`. Terms are compared by their bytes where the definition's dictionary compares
    /// `String`s: the two agree on ASCII terms, which are all the build sets (intents, title marks); a
    /// non-ASCII term in two canonically equal spellings would be two terms here.
    package mutating func set(_ term: String, to score: Int) {
        let id = intern(term)
        entries[Int(id)].score = score
        entries[Int(id)].scored = true
    }

    /// The scored terms sorted by their bytes, which is `String`'s order: terms are ASCII.
    package var searchTerms: SearchTerms {
        // Sorted by their first eight bytes as one integer, and by all their bytes only when those agree.
        var sorted: [(prefix: UInt64, id: Int)] = []
        sorted.reserveCapacity(entries.count)
        keys.withUnsafeBufferPointer { keys in
            for id in entries.indices where entries[id].scored {
                var prefix: UInt64 = 0
                let bytes = range(id)
                for offset in 0..<8 { prefix = prefix << 8 | UInt64(offset < bytes.count ? keys[bytes.lowerBound + offset] : 0) }
                sorted.append((prefix, id))
            }
            sorted.sort { a, b in
                a.prefix != b.prefix ? a.prefix < b.prefix : keys[range(a.id)].lexicographicallyPrecedes(keys[range(b.id)])
            }
        }
        let ids = sorted.map(\.id)
        var joined: [UInt8] = []
        joined.reserveCapacity(keys.count + ids.count)
        for (index, id) in ids.enumerated() {
            if index > 0 { joined.append(0x20) }
            joined += keys[range(id)]
        }
        return SearchTerms(sorted: String(decoding: joined, as: UTF8.self), weights: ids.map { Int32(clamping: entries[$0].score) })
    }

    private mutating func addOnce(_ words: [Int32], _ score: Int) {
        for id in words where entries[Int(id)].field != fieldNumber {
            entries[Int(id)].field = fieldNumber
            entries[Int(id)].score += score
            entries[Int(id)].scored = true
        }
    }

    private func range(_ id: Int) -> Range<Int> {
        (id == 0 ? 0 : keyEnds[id - 1])..<keyEnds[id]
    }

    private mutating func intern(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// The id of the term with these bytes, added if new.
    private mutating func intern(_ token: UnsafeRawBufferPointer) -> Int32 {
        // FNV-1a (`Hasher64`): terms are short, and the table is this text's only.
        var hasher = Hasher64()
        hasher.combine(bytes: token)
        let hash = hasher.value
        var slot = Int(truncatingIfNeeded: hash ^ hash >> 29) & (slots.count - 1)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, keys[range(id)].elementsEqual(token) { return Int32(id) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = Int32(entries.count)
        keys.append(contentsOf: token)
        keyEnds.append(keys.count)
        hashes.append(hash)
        let string = String(decoding: token, as: UTF8.self)
        let known = Self.known[string]
        entries.append(Term(string: string, isStop: known?.isStop ?? false, phrases: known?.phrases))
        slots[slot] = id
        if entries.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ hash >> 29) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(id)
        }
    }
}
