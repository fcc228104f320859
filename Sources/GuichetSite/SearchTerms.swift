/// The weighted search terms of one document. Stored in the build cache as one string (`livraison:12
/// colis:3`): a site of 10,000 articles has millions of them, and a string decodes far faster than a
/// dictionary of them.
struct SearchTerms: Sendable, Equatable, Codable {
    /// Sorted by term.
    let entries: [(term: String, weight: Int)]

    init(_ scores: [String: Int]) {
        entries = scores.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) }
    }

    static func == (l: SearchTerms, r: SearchTerms) -> Bool {
        l.entries.elementsEqual(r.entries) { $0.term == $1.term && $0.weight == $1.weight }
    }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        var entries: [(term: String, weight: Int)] = []
        for pair in text.utf8.split(separator: UInt8(ascii: " ")) {
            guard let colon = pair.lastIndex(of: UInt8(ascii: ":")),
                  let term = String(pair[..<colon]), let weight = Int(Substring(pair[pair.index(after: colon)...])) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad search term"))
            }
            entries.append((term, weight))
        }
        self.entries = entries
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries.map { "\($0.term):\($0.weight)" }.joined(separator: " "))
    }
}
