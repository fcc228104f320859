/// The client-side search index (version 1): documents, and for each term the documents with a weight.
/// Its format is the contract with site.js; see docs/themes.md.
struct SearchIndex: Encodable, Sendable {
    let version = 1
    var docs: [Document] = []
    var terms: [String: [[Int]]] = [:]

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
        for (term, score) in scored.entries { terms[term, default: []].append([index, score]) }
    }

    /// The JSON text, keys sorted as JSONEncoder's `.sortedKeys` would. Terms are `[a-z0-9]+` and weights
    /// integers, so they are written directly: for a large site the index is by far the biggest document,
    /// and JSONEncoder's generic path is slow on it.
    func json() throws -> String {
        var out = "{\"docs\":"
        out += try SafeJSON.encode(docs)
        out += ",\"terms\":{"
        var first = true
        for term in terms.keys.sorted() {
            if !first { out += "," }
            first = false
            out += "\"" + term + "\":["
            out += terms[term]!.sorted { $0[0] < $1[0] }.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",")
            out += "]"
        }
        out += "},\"version\":\(version)}"
        return out
    }

    enum CodingKeys: String, CodingKey { case version, docs, terms }
}
