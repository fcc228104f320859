/// The client-side search index (version 1): documents, and for each term the documents with a weight.
/// Its format is the contract with site.js; see docs/themes.md.
struct SearchIndex: Sendable {
    let version = 1
    var docs: [Document] = []
    /// Term → (document, weight), in document order. Flat pairs: a large site has millions of them.
    var terms: [Substring: [Posting]] = [:]

    struct Posting: Sendable, Equatable {
        let document: Int32
        let weight: Int32
    }

    struct Document: Encodable, Sendable {
        let url: String
        let title: String
        let description: String
        let category: String
    }

    /// Where a word stands says how much it tells about the page.
    enum Field {
        /// A word of a short title tells the most: 10, plus up to 12 shared by the title's words.
        case title
        case description, heading
        /// The name of the article's category: « livraison » finds the delivery articles.
        case category
        /// Body words count per occurrence, up to three, so that a long page does not win by length alone.
        case body
    }

    /// The weight of each term of one document: pure, so that documents are scored on every core.
    static func scores(_ fields: [(String, Field)]) -> [String: Int] {
        var scores: [String: Int] = [:]
        for (text, field) in fields {
            let words = SearchNormaliser.terms(text)
            switch field {
            case .title:
                for term in Set(words) { scores[term, default: 0] += 10 + 24 / max(2, words.count) }
            case .description:
                for term in Set(words) { scores[term, default: 0] += 4 }
            case .heading:
                for term in Set(words) { scores[term, default: 0] += 3 }
            case .category:
                for term in Set(words) { scores[term, default: 0] += 5 }
            case .body:
                var counts: [String: Int] = [:]
                for term in words { counts[term, default: 0] += 1 }
                for (term, count) in counts { scores[term, default: 0] += min(count, 3) }
            }
        }
        return scores
    }

    mutating func add(_ document: Document, terms scored: SearchTerms) {
        let index = docs.count
        docs.append(document)
        for (term, weight) in scored.entries {
            // Substrings of the document's terms: no string is made per term and document.
            terms[term, default: []].append(Posting(document: Int32(index), weight: weight))
        }
    }

    /// The JSON text, keys sorted as JSONEncoder's `.sortedKeys` would. Terms are `[a-z0-9]+` and weights
    /// integers, so they are written directly: for a large site the index is by far the biggest document,
    /// and JSONEncoder's generic path is slow on it.
    /// The JSON text's bytes, as written to the site: no String in between (the index is the largest file).
    func jsonBytes() throws -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "{\"docs\":".utf8)
        out.append(contentsOf: try SafeJSON.encode(docs).utf8)
        out.append(contentsOf: ",\"terms\":{".utf8)
        var first = true
        for term in terms.keys.sorted() {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: term.utf8)
            out.append(contentsOf: "\":[".utf8)
            // Documents are added in order, so each list is already sorted by document.
            for (position, posting) in terms[term]!.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                Self.appendDecimal(Int(posting.document), to: &out)
                out.append(UInt8(ascii: ","))
                Self.appendDecimal(Int(posting.weight), to: &out)
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "},\"version\":\(version)}".utf8)
        return out
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        // Millions of small numbers (document indices, weights): the common sizes are written directly.
        let zero = UInt8(ascii: "0")
        switch value {
        case 0..<10:
            out.append(zero + UInt8(value))
        case 10..<100:
            out.append(zero + UInt8(value / 10))
            out.append(zero + UInt8(value % 10))
        case 100..<1000:
            out.append(zero + UInt8(value / 100))
            out.append(zero + UInt8(value / 10 % 10))
            out.append(zero + UInt8(value % 10))
        default:
            out.append(contentsOf: String(value).utf8)
        }
    }
}
