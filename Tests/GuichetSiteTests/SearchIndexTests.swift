import Foundation
@testable import GuichetContent
@testable import GuichetSearch
@testable import GuichetSite
import Testing

/// The search's files (version 2): a manifest naming shards of terms and fragments of documents, each named
/// by its content, which site.js reads (docs/themes.md, « The search index »).
struct SearchIndexTests {
    static func document(_ n: Int) -> SearchIndex.Document {
        SearchIndex.Document(url: "/a/\(n)/", title: "Titre \(n)", description: "Description \(n).", category: "A", excerpt: "Texte \(n).")
    }

    static func index(documents: Int, terms: (Int) -> [String: Int]) -> SearchIndex {
        var index = SearchIndex()
        for n in 0..<documents { index.add(document(n), terms: SearchTerms(terms(n))) }
        return index
    }

    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A shard's postings, decoded: document gaps back to documents.
    static func postings(_ list: [Int]) -> [(document: Int, weight: Int)] {
        var document = 0
        return stride(from: 0, to: list.count, by: 2).map { i in
            document += list[i]
            return (document, list[i + 1])
        }
    }

    @Test func theManifestNamesEveryShardAndFragmentByItsContent() throws {
        let index = Self.index(documents: 40) { n in ["colis": 1 + n % 3, "mot\(n)": 12, "retractation": n < 20 ? 18 : 2] }
        let files = try index.files(synonyms: [["colis", "paquet"]], shardBytes: 60)
        #expect(files.first?.path == "recherche/index.json")
        let manifest = try Self.json(files[0].data)
        #expect(manifest["version"] as? Int == 2)
        #expect(manifest["count"] as? Int == 40)
        #expect(manifest["perFragment"] as? Int == 16)
        let fragments = try #require(manifest["fragments"] as? [String])
        #expect(fragments.count == 3, "40 documents, 16 per fragment")
        let shards = try #require(manifest["shards"] as? [[String]])
        #expect(shards.count > 3, "small shards for the test: \(shards.count)")
        #expect(shards.map { $0[0] } == shards.map { $0[0] }.sorted(), "shards in term order")
        // The site's group, and the lexicon's group that reaches a term of this index (« rétractation »).
        #expect(manifest["synonyms"] as? [[String]] == [["annulation", "dedit", "desistement", "reflexion", "renonciation", "retractation"],
                                                         ["colis", "paquet"]])
        #expect(manifest["forms"] as? [[String]] == [], "no verb of the lexicon in these terms")
        #expect((manifest["stop"] as? [String])?.contains("de") == true)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
        for name in fragments + shards.map({ $0[1] }) {
            let data = try #require(byPath["recherche/" + name], "\(name) is written")
            #expect(name.hasSuffix(ContentHash.hex(data) + ".json"), "\(name) is named by its content")
        }
        #expect(files.count == 1 + fragments.count + shards.count)
        // Every term is in the shard whose range holds it, with its documents in order.
        for (i, shard) in shards.enumerated() {
            let terms = try #require(try Self.json(byPath["recherche/" + shard[1]]!)["t"] as? [String: [Int]])
            for term in terms.keys {
                #expect(term >= shard[0] && (i + 1 == shards.count || term < shards[i + 1][0]), "\(term) in \(shard)")
            }
            if let colis = terms["colis"] {
                #expect(Self.postings(colis).map(\.document) == Array(0..<40))
                #expect(Self.postings(colis).map(\.weight) == (0..<40).map { 1 + $0 % 3 })
            }
        }
        let fragment = try #require(try JSONSerialization.jsonObject(with: byPath["recherche/" + fragments[2]]!) as? [[String: String]])
        #expect(fragment.count == 8)
        #expect(fragment[0] == ["u": "/a/32/", "t": "Titre 32", "d": "Description 32.", "c": "A", "x": "Texte 32."])
    }

    @Test func aTermInEveryPageKeepsItsBestPagesOnly() throws {
        let index = Self.index(documents: SearchIndex.postingsPerTerm + 100) { n in ["commande": n % 7 == 0 ? 20 : 1] }
        let files = try index.files(synonyms: [])
        let shard = try #require(files.first { $0.path.hasPrefix("recherche/termes/") })
        let list = try #require(try Self.json(shard.data)["t"] as? [String: [Int]])["commande"] ?? []
        let kept = Self.postings(list)
        #expect(kept.count == SearchIndex.postingsPerTerm)
        #expect(kept.map(\.document) == kept.map(\.document).sorted(), "still in document order")
        let best = (0..<(SearchIndex.postingsPerTerm + 100)).filter { $0 % 7 == 0 }
        #expect(Set(best).isSubset(of: Set(kept.map(\.document))), "every page where the word weighs most is kept")
    }

    @Test func stopWordsAreNotIndexed() {
        let scores = SearchIndex.scores([("Comment annuler ma commande ?", .title), ("Je veux que le vendeur me rembourse.", .body)])
        #expect(scores.keys.sorted() == ["annul", "command", "rembours", "vendeur"])
    }

    @Test func synonymGroupsAreFoldedStemmedAndKeptApart() {
        let groups = SearchVocabulary.groups(extra: [["Bon d’achat", "avoir"], ["carte", "Cartes"]])
        #expect(groups.contains(["courriel", "email", "mail", "messag"]))
        #expect(groups.contains(["achat", "avoir", "bon"]),
                "a site's own group keeps « avoir »: a stop word is not indexed, but typed it finds its group")
        #expect(groups.contains(["combien", "delai", "dure", "quand", "temp"]), "« quand » asks for a deadline")
        #expect(!groups.contains(["cart"]), "a group of one word is no group")
        #expect(groups.filter { $0.contains("ecrir") }.count == 2, "« écrire » in two groups, which stay apart")
    }

    @Test func theExcerptIsTheStartOfTheBodyCutAtAWord() {
        #expect(SearchIndex.excerpt("Un  texte\ncourt.") == "Un texte court.")
        let long = String(repeating: "mot ", count: 100)
        let excerpt = SearchIndex.excerpt(long, length: 20)
        #expect(excerpt == "mot mot mot mot mot\u{2026}")
    }

    /// The kept postings are found without sorting them; they must be those the definition gives: sorted
    /// by weight (the lower document first among equals), the first 400, back in document order.
    @Test func theBestPostingsAreThoseOfTheDefinition() {
        func definition(_ postings: [SearchIndex.Posting]) -> [SearchIndex.Posting] {
            Array(postings.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
                .prefix(SearchIndex.postingsPerTerm)).sorted { $0.document < $1.document }
        }
        var generator = SystemRandomNumberGenerator()
        // Small weights are counted, large or negative ones sorted: both ways.
        for (count, weights) in [(401, 1...1), (401, 1...3), (1_000, 1...40), (5_000, 1...3), (2_000, 1...2_000),
                                 (1_000, 0...9_000), (600, -5...5)] {
            let postings = (0..<count).map { SearchIndex.Posting(document: Int32($0 * 3), weight: Int32.random(in: Int32(weights.lowerBound)...Int32(weights.upperBound), using: &generator)) }
            #expect(SearchIndex.best(postings) == definition(postings), "\(count) postings weighing \(weights)")
            #expect(SearchIndex.best(postings.reversed()) == definition(postings), "out of document order")
        }
    }

    /// Fragments are written without JSONEncoder; they must be the bytes `SafeJSON.encode` gives.
    @Test func aFragmentIsWhatSafeJSONWrites() throws {
        var every = ""
        for byte in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(byte))) }
        let texts = [every, "", "Délai de 14\u{A0}jours : l’article <b>&</b> « ici »", "\u{2028}\u{2029}\u{2027}\u{E2}\u{80}",
                     "fin en \u{E2}", "’\u{2028}’", "😀 e\u{301} \u{FEFF}\u{85}", "a/b\\c\"d"]
        var documents: [SearchIndex.Document] = []
        for (i, text) in texts.enumerated() {
            documents.append(SearchIndex.Document(url: "/x/\(i)/", title: text, description: String(text.reversed()),
                                                  category: "Rubrique \(i)", excerpt: text + text))
        }
        for count in [0, 1, documents.count] {
            let slice = documents[0..<count]
            let expected = try SafeJSON.encode(Array(slice))
            #expect(String(decoding: SearchIndex.fragmentJSON(slice), as: UTF8.self) == expected, "\(count) documents")
        }
    }

    /// The excerpt is read character by character and stops early; it must say what splitting the whole body
    /// into words says, at every length, with combined accents, CR LF and no-break spaces.
    @Test func theExcerptMatchesItsDefinitionAtEveryLength() {
        func definition(_ body: String, length: Int) -> String {
            var (text, count) = ("", 0)
            for word in body.split(whereSeparator: \.isWhitespace) {
                let added = word.count + (count == 0 ? 0 : 1)
                if count + added > length { return text + "\u{2026}" }
                if count > 0 { text += " " }
                text += word
                count += added
            }
            return text
        }
        var bodies = ["", "   ", "mot", " Un  délai\r\nde 14\u{A0}jours, re\u{301}tracte\u{301} ! ",
                      "Vous recevez un e-mail.\tPuis\u{2003}un SMS.\n\nFin", "anticonstitutionnellement court",
                      "Un\u{202F}délai\u{2028}de\u{85}quatorze\u{2009}jours\u{3000}fin", "« Se rétracter » — l’achat… 48\u{00A0}h"]
        // Each piece alone, then the same texts with a scalar that joins into one character at the end: the
        // scalar reading starts, then goes the way of characters.
        bodies += bodies.map { $0 + " e\u{301}" }
        var articles: [String] = []
        if let walker = FileManager.default.enumerator(at: Paths.packageRoot.appendingPathComponent("Content"), includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "md" {
                if let text = try? String(contentsOf: url, encoding: .utf8) { articles.append(text) }
            }
        }
        #expect(articles.count > 20)
        for article in articles {
            for length in [80, 320, 2_000] {
                #expect(SearchIndex.excerpt(article, length: length) == definition(article, length: length), "at \(length)")
            }
        }
        for body in bodies {
            for length in 0...40 {
                #expect(SearchIndex.excerpt(body, length: length) == definition(body, length: length), "\(body) at \(length)")
            }
        }
    }
}
