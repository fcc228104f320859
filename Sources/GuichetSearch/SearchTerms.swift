import GuichetContent
/// The weighted search terms of one document, sorted by term: what an article's check gives the search
/// index, and what the build cache keeps of it.
///
/// Kept compact, as one string of terms separated by spaces and one weight per term: a site of 10,000
/// articles holds millions of terms, and a `String` and an `Int` apiece took some 70 MB of the build's
/// peak memory.
package struct SearchTerms: Sendable, Equatable {
    /// The terms (`[a-z0-9]+`, see `SearchNormaliser`, and title marks such as `annul^`, `SearchIndex.leading`),
    /// separated by single spaces.
    package let joined: String
    package let weights: [Int32]

    package init(_ scores: [String: Int]) {
        let sorted = scores.sorted { $0.key < $1.key }
        joined = sorted.map(\.key).joined(separator: " ")
        weights = sorted.map { Int32(clamping: $0.value) }
    }

    /// Terms already sorted and joined, one weight each: what `SearchTermScorer` makes.
    init(sorted joined: String, weights: [Int32]) {
        self.joined = joined
        self.weights = weights
    }

    /// As the cache stored them; nil when the counts disagree.
    package init?(joined: String, weights: [Int32]) {
        guard (joined.isEmpty ? 0 : joined.utf8.count(where: { $0 == UInt8(ascii: " ") }) + 1) == weights.count else { return nil }
        self.joined = joined
        self.weights = weights
    }

    /// Calls `body` with each term and its weight, in term order, without making an array: the search index
    /// goes through every article's terms on every build that changes one.
    package func forEachEntry(_ body: (Substring, Int32) -> Void) {
        guard !joined.isEmpty else { return }
        let utf8 = joined.utf8
        var start = utf8.startIndex
        var position = 0
        for index in utf8.indices where utf8[index] == UInt8(ascii: " ") {
            body(joined[start..<index], weights[position])
            position += 1
            start = utf8.index(after: index)
        }
        body(joined[start...], weights[position])
    }
}

// How the build cache writes it: its fields in declaration order (raise `CacheFormat.version` with a change).
extension SearchTerms: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let joined = try reader.readString()
        guard let terms = SearchTerms(joined: joined, weights: try reader.readInt32s()) else { throw CacheReader.Corrupt() }
        self = terms
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeString(joined)
        writer.writeInt32s(weights)
    }
}
