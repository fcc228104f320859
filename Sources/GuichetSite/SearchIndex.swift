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

    /// Weights by where a word stands: a title word says more about the page than a body word.
    enum Weight: Int {
        case title = 10, description = 4, heading = 3, body = 1
    }

    mutating func add(_ document: Document, fields: [(String, Weight)]) {
        let index = docs.count
        docs.append(document)
        var scores: [String: Int] = [:]
        for (text, weight) in fields {
            for term in SearchNormaliser.terms(text) { scores[term, default: 0] += weight.rawValue }
        }
        for (term, score) in scores { terms[term, default: []].append([index, score]) }
    }

    enum CodingKeys: String, CodingKey { case version, docs, terms }
}
