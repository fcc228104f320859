import Foundation
@testable import GuichetSearch
import Testing

/// `SearchTermScorer` computes an article's terms on bytes; `SearchIndex.scores` (then `SearchTerms`) is the
/// definition. The two must give the same terms and weights on every text.
struct SearchTermScorerTests {
    /// What the build does with an article: its fields, then its intents set to 1.
    static func definition(_ fields: [(String, SearchIndex.Field)], marks: [String]) -> SearchTerms {
        var scores = SearchIndex.scores(fields)
        for mark in marks { scores[mark] = 1 }
        return SearchTerms(scores)
    }

    static func fields(title: String, description: String = "", headings: String = "", category: String = "",
                       body: String, slug: String = "") -> [(String, SearchIndex.Field)] {
        [(title, .title), (description, .description), (headings, .heading), (category, .category), (body, .body), (slug, .slug)]
    }

    @Test func aSmallArticle() {
        let fields = Self.fields(title: "Annuler une commande", description: "Comment annuler avant l'envoi.",
                                 headings: "Avant la confirmation Après l'envoi", category: "Annulation et rétractation",
                                 body: "Vous pouvez annuler la commande. Le service client répond. Annuler, annuler, annuler, annuler.",
                                 slug: "annuler-une-commande")
        let terms = SearchTermScorer.terms(fields, marks: ["_comment"])
        #expect(terms == Self.definition(fields, marks: ["_comment"]))
        var weights: [String: Int] = [:]
        terms.forEachEntry { weights[String($0)] = Int($1) }
        // Title (10 + 24 / 2 words) + description 4 + body 3 (six times, at most 3); the slug adds nothing to a
        // term already scored.
        #expect(weights["annul"] == 29)
        #expect(weights["annul^"] == 1)
        #expect(weights["_comment"] == 1)
        #expect(weights["_servic_client"] == 1)
        #expect(weights["une"] == nil)
    }

    @Test func emptyFieldsAndAStopWordTitle() {
        for fields in [Self.fields(title: "", body: ""), Self.fields(title: "Le vendeur n'a pas confirmé", body: "de la"),
                       Self.fields(title: "Où ?", body: "", slug: "ou")] {
            #expect(SearchTermScorer.terms(fields) == Self.definition(fields, marks: []))
        }
    }

    /// Thousands of distinct terms sharing long prefixes: the table grows several times, and terms whose first
    /// eight bytes agree are sorted by the rest.
    @Test func manyTermsGrowTheTable() {
        let body = (0..<4_000).map { "remboursement\($0)x" }.joined(separator: " ")
        let fields = Self.fields(title: "Remboursements", body: body + " " + body, slug: "remboursements")
        #expect(SearchTermScorer.terms(fields) == Self.definition(fields, marks: []))
    }

    /// A mark set to 1 replaces a term's score, as the definition's dictionary assignment does.
    @Test func aMarkReplacesAScoredTerm() {
        let fields = Self.fields(title: "Annuler une commande", body: "annuler annuler")
        let terms = SearchTermScorer.terms(fields, marks: ["annul", "command"])
        #expect(terms == Self.definition(fields, marks: ["annul", "command"]))
        var weights: [String: Int] = [:]
        terms.forEachEntry { weights[String($0)] = Int($1) }
        #expect(weights["annul"] == 1)
    }

    /// Every Markdown file of Content/ and of the test sites, as the body of an article whose other fields are
    /// its first lines.
    @Test func theContentAgrees() throws {
        var files: [URL] = []
        for folder in ["Content", "Tests/GuichetSiteTests/Fixtures", "Starter"] {
            guard let walker = FileManager.default.enumerator(at: Paths.packageRoot.appendingPathComponent(folder),
                                                               includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" { files.append(url) }
        }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            let fields = Self.fields(title: lines.first ?? "", description: lines.dropFirst().first ?? "",
                                     headings: lines.filter { $0.hasPrefix("#") }.joined(separator: " "),
                                     category: file.deletingLastPathComponent().lastPathComponent, body: text,
                                     slug: file.deletingPathExtension().lastPathComponent)
            #expect(SearchTermScorer.terms(fields, marks: ["_delai", "_contact"]) == Self.definition(fields, marks: ["_delai", "_contact"]),
                    "\(file.lastPathComponent)")
        }
    }

    /// Random articles from words that exercise each path: stop words, expressions (« service client »,
    /// « point relais », « mot de passe »), plurals, accents, a scalar outside the fast table, repeats.
    @Test func generatedArticlesAgree() {
        let words = ["le", "la", "de", "je", "vous", "service", "client", "clients", "point", "relais", "mot", "passe",
                     "commande", "commandes", "Annuler", "annulée", "rétractation", "RÉTRACTATION", "délai", "14", "jours",
                     "colis", "journaux", "bateaux", "Москва", "ﬁn", "l’été", "«", "»", ",", ".", "date", "limite",
                     "changé", "d'avis", "livraison", "suivi", "a", "œuvre", "remboursement", "rembourser"]
        var state: UInt64 = 20_261_207
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        func text(_ length: Int) -> String { (0..<next(length + 1)).map { _ in words[next(words.count)] }.joined(separator: " ") }
        for _ in 0..<500 {
            let fields = Self.fields(title: text(6), description: text(12), headings: text(10), category: text(3),
                                     body: text(200), slug: text(4).replacingOccurrences(of: " ", with: "-"))
            let marks = Array(["_comment", "_delai", "_droit", "_contact"].prefix(next(5)))
            #expect(SearchTermScorer.terms(fields, marks: marks) == Self.definition(fields, marks: marks), "\(fields)")
        }
    }
}
