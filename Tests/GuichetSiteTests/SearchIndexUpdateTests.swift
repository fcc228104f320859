import Foundation
import GuichetContent
@testable import GuichetSearch
@testable import GuichetSite
import Testing

/// The search redone from the last build's postings gives the bytes a full build gives: the same shards,
/// fragments, manifest and postings.
@Suite struct SearchIndexUpdateTests {
    static func document(_ n: Int, excerpt: String = "") -> SearchIndex.Document {
        SearchIndex.Document(url: "/a/\(n)/", title: "Article \(n)", description: "D \(n)", category: "A", excerpt: excerpt)
    }

    /// 300 documents of 30 terms each; common words are in every document, so that lists pass the 400 cap.
    static func terms(_ n: Int) -> [String: Int] {
        var scores = ["commande": 1 + n % 7, "livraison": 2, "colis": 1 + n % 3]
        for k in 0..<27 { scores["mot\(n % 41)x\(k)"] = 1 + (n + k) % 5 }
        return scores
    }

    func full(_ terms: [[String: Int]], excerpts: [String], shardBytes: Int,
              synonyms: [[String]] = [["colis", "paquet"]]) throws -> (files: [MadeFile], postings: [UInt8]) {
        var index = SearchIndex()
        for (n, scores) in terms.enumerated() { index.add(Self.document(n, excerpt: excerpts[n]), terms: SearchTerms(scores)) }
        let built = try index.build(synonyms: synonyms, generation: "g", shardBytes: shardBytes)
        return (built.files, built.postings.bytes)
    }

    /// Changes document `n`'s terms with `change`, and records the edit an incremental build is given.
    static func edit(_ n: Int, of terms: inout [[String: Int]], into edits: inout [SearchIndexUpdate.Edit],
                     _ change: (inout [String: Int]) -> Void) {
        let old = terms[n]
        change(&terms[n])
        edits.append(SearchIndexUpdate.Edit(document: Int32(n), before: SearchTerms(old), after: SearchTerms(terms[n])))
    }

    @Test(arguments: [2_000, 24_000])
    func anUpdateGivesTheBytesOfAFullBuild(shardBytes: Int) throws {
        var terms = (0..<1_200).map(Self.terms)
        var excerpts = Array(repeating: "", count: terms.count)
        let before = try full(terms, excerpts: excerpts, shardBytes: shardBytes)
        let previous = try #require(SearchPostings(bytes: before.postings, generation: "g"))

        var edits: [SearchIndexUpdate.Edit] = []
        func edit(_ n: Int, _ change: (inout [String: Int]) -> Void) { Self.edit(n, of: &terms, into: &edits, change) }
        edit(5) { $0["zygomatique"] = 3 }                          // a word no document had
        edit(77) { $0["commande"] = nil; $0["mot36x3"] = nil }     // words gone, one of a capped list
        edit(900) { $0["livraison"] = 40 }                        // a weight that enters the kept 400
        edit(1_199) { $0 = ["aaaa": 1] }                          // everything replaced, a word before all others
        excerpts[77] = "Un nouvel extrait."
        excerpts[600] = "Seul l’extrait change."                // the same terms, another excerpt
        edits.append(SearchIndexUpdate.Edit(document: 600, before: SearchTerms(terms[600]), after: SearchTerms(terms[600])))

        let update = try #require(try SearchIndexUpdate.build(previous: previous,
            documents: (0..<terms.count).map { Self.document($0, excerpt: excerpts[$0]) }, edits: edits,
            synonyms: [["colis", "paquet"]], generation: "g", shardBytes: shardBytes, wrote: { _ in true }))
        let after = try full(terms, excerpts: excerpts, shardBytes: shardBytes)
        #expect(update.files.map(\.path) == after.files.map(\.path))
        #expect(update.files.map(\.data) == after.files.map(\.data))
        // Fragments of 16 documents: those holding documents 5, 77, 600, 900 and 1,199 are made again, and only they.
        let fragments = update.files.filter { $0.path.hasPrefix(SearchIndex.folder + "/pages/") }
        #expect(fragments.count == 75)
        #expect(fragments.indices.filter { fragments[$0].made != nil } == [0, 4, 37, 56, 74])
        #expect(after.files.allSatisfy { $0.made != nil }, "a full build makes every file")
        #expect(update.postings.fragments == SearchPostings(bytes: after.postings, generation: "g")?.fragments)
        #expect(update.postings.bytes == after.postings)
        // The postings a preview keeps in memory come with the table the writer kept: it must be the one
        // reading their bytes gives.
        let reread = try #require(SearchPostings(bytes: update.postings.bytes, generation: "g"))
        #expect(reread.table.map { "\($0.term) \($0.postings) \($0.entry)" } == update.postings.table.map { "\($0.term) \($0.postings) \($0.entry)" })
        #expect(reread.documentCount == update.postings.documentCount && update.postings.generation == "g")
        #expect(Set(update.files.map(\.path)) != Set(before.files.map(\.path)), "the edits changed something")
    }

    /// Which subjects the site treats comes from the heaviest posting of each term that can stand for one:
    /// an update reads it from the last build's postings for the terms it does not touch, and gives the
    /// manifest a full build gives.
    @Test func anUpdateSaysWhichSubjectsTheSiteTreatsAsAFullBuildDoes() throws {
        var terms = (0..<300).map(Self.terms)
        terms[3]["promo"] = 1                                      // mentioned only
        terms[4]["factur"] = 12                                    // treated, then no longer
        terms[8]["cout"] = 10                                      // a synonym of « tarif » (below), untouched
        let excerpts = Array(repeating: "", count: terms.count)
        let synonyms = [["colis", "paquet"], ["cout", "tarif"]]
        func build(_ terms: [[String: Int]]) throws -> (files: [MadeFile], postings: [UInt8]) {
            try full(terms, excerpts: excerpts, shardBytes: 2_000, synonyms: synonyms)
        }
        func offTopic(_ files: [MadeFile]) throws -> [String] {
            try #require(try SearchIndexTests.json(files[0].data)["offTopic"] as? [String])
        }
        let before = try build(terms)
        #expect(try offTopic(before.files).contains("promo"))
        #expect(try !offTopic(before.files).contains("factur"))
        #expect(try !offTopic(before.files).contains("tarif"), "through « cout »")
        let previous = try #require(SearchPostings(bytes: before.postings, generation: "g"))
        var edits: [SearchIndexUpdate.Edit] = []
        func edit(_ n: Int, _ change: (inout [String: Int]) -> Void) { Self.edit(n, of: &terms, into: &edits, change) }
        edit(3) { $0["promo"] = 10 }
        edit(4) { $0["factur"] = 2 }
        let update = try #require(try SearchIndexUpdate.build(previous: previous,
            documents: (0..<terms.count).map { Self.document($0, excerpt: excerpts[$0]) }, edits: edits,
            synonyms: synonyms, generation: "g", shardBytes: 2_000, wrote: { _ in true }))
        let after = try build(terms)
        #expect(update.files.map(\.data) == after.files.map(\.data))
        #expect(try !offTopic(update.files).contains("promo"))
        #expect(try offTopic(update.files).contains("factur"))
        #expect(try !offTopic(update.files).contains("tarif"), "still through « cout », read from the last build")
    }

    /// A fragment keeps its name only if the last build wrote a file of that name.
    @Test func aFragmentNameTheLastBuildDidNotWriteIsMadeAgain() throws {
        let terms = (0..<40).map(Self.terms)
        let excerpts = Array(repeating: "", count: terms.count)
        let built = try full(terms, excerpts: excerpts, shardBytes: 24_000)
        let previous = try #require(SearchPostings(bytes: built.postings, generation: "g"))
        let documents = (0..<terms.count).map { Self.document($0) }
        let lost = SearchIndex.folder + "/" + previous.fragments[1]
        let update = try #require(try SearchIndexUpdate.build(previous: previous, documents: documents, edits: [],
                                                              synonyms: [["colis", "paquet"]], generation: "g", wrote: { $0 != lost }))
        let fragments = update.files.filter { $0.path.hasPrefix(SearchIndex.folder + "/pages/") }
        #expect(fragments.map { $0.made != nil } == [false, true, false])
        #expect(update.files.map(\.data) == built.files.map(\.data))
    }

    /// Fragment names are paths of the output: the postings are refused when one is not `pages/<hex>.json`,
    /// or when there are not as many as the documents fill.
    @Test(arguments: [["pages/../a375eed412.json", "pages/0a.json", "pages/0b.json"], ["pages/0a.json", "pages/0b.json"],
                      ["pages/0a.json", "pages/0b.json", "pages/0C.json"], ["pages/0a.json", "pages/0b.json", "pages/.json"]])
    func postingsWithStrangeFragmentNamesAreRefused(names: [String]) {
        let writer = SearchPostings.Writer(generation: "g", documentCount: 40, fragments: names)
        #expect(SearchPostings(bytes: writer.bytes, generation: "g") == nil)
        let right = SearchPostings.Writer(generation: "g", documentCount: 40, fragments: ["pages/0a.json", "pages/0b.json", "pages/0c.json"])
        #expect(SearchPostings(bytes: right.bytes, generation: "g") != nil)
    }

    @Test func postingsThatDoNotFitAreNotUsed() throws {
        let terms = (0..<10).map(Self.terms)
        let built = try full(terms, excerpts: Array(repeating: "", count: 10), shardBytes: 24_000)
        #expect(SearchPostings(bytes: built.postings, generation: "other") == nil, "another generation")
        #expect(SearchPostings(bytes: Array(built.postings.dropLast(2)), generation: "g") == nil, "cut short")
        let previous = try #require(SearchPostings(bytes: built.postings, generation: "g"))
        #expect(try SearchIndexUpdate.build(previous: previous, documents: (0..<11).map { Self.document($0) }, edits: [],
                                            synonyms: [], generation: "g", wrote: { _ in true }) == nil, "another number of documents")
    }
}
