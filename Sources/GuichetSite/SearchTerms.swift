/// The weighted search terms of one document, sorted by term: what an article's check gives the search
/// index, and what the build cache keeps of it.
struct SearchTerms: Sendable, Equatable {
    let entries: [(term: String, weight: Int)]

    init(_ scores: [String: Int]) {
        entries = scores.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) }
    }

    init(entries: [(term: String, weight: Int)]) {
        self.entries = entries
    }

    static func == (l: SearchTerms, r: SearchTerms) -> Bool {
        l.entries.elementsEqual(r.entries) { $0.term == $1.term && $0.weight == $1.weight }
    }
}
