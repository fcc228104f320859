import Foundation
@testable import GuichetSearch
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// An edit to one article rewrites only the search files its terms touch: shards and fragments are named by
/// their content, and the others keep their name and bytes.
struct SearchShardTests {
    /// A word no other article has: « mot » and the letters of `n` and `k`, so that terms spread over shards.
    static func word(_ n: Int, _ k: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return "mot" + String(letters[n % 26]) + String(letters[(n / 26) % 26]) + String(letters[k % 26]) + String(letters[k / 26 % 26])
    }

    static func article(_ n: Int, extra: String = "") -> String {
        let words = (0..<40).map { word(n, $0) }.joined(separator: " ")
        return "---\ntitle: Article \(n)\ndescription: La description \(n).\n---\nUn texte sur la livraison. \(words)\(extra)\n"
    }

    func searchFiles(_ output: String) -> Set<String> {
        Set(relativeFiles(in: output).filter { $0.hasPrefix(SearchIndex.folder + "/") })
    }

    @Test func aOneArticleEditRewritesOnlyTheShardsOfItsTerms() throws {
        let folder = try TemporaryFolder("shards")
        defer { folder.remove() }
        var files = ["guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
                     "Content/livraison/_index.md": "---\ntitle: Livraison\ndescription: Les envois.\n---\nLes envois.\n"]
        for n in 0..<200 { files["Content/livraison/article-\(n).md"] = Self.article(n) }
        try folder.write(files)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        let first = try SiteBuilder(options: options).build()
        #expect(first.published && first.searchIndex == .built)
        let before = searchFiles(folder.sub("Output"))
        let shards = before.filter { $0.hasPrefix("recherche/termes/") }
        #expect(shards.count >= 4, "enough shards for the test to mean something: \(shards.count)")

        // One word added at the end of one article: a term of one shard, and no change to its excerpt.
        try folder.write(["Content/livraison/article-77.md": Self.article(77, extra: " zygomatique")])
        let report = try SiteBuilder(options: options).build()
        #expect(report.published && report.articlesChecked == 1)
        #expect(report.searchIndex == .updated, "redone from the last build's postings, not from every article")
        let after = searchFiles(folder.sub("Output"))
        let added = after.subtracting(before).sorted()
        #expect(added.count == 1 && added.allSatisfy { $0.hasPrefix("recherche/termes/") }, "one new shard: \(added)")
        #expect(before.subtracting(after).count == 1, "the old shard is gone; the manifest keeps its name, with new bytes")
        #expect(after.filter { $0.hasPrefix("recherche/pages/") } == before.filter { $0.hasPrefix("recherche/pages/") })
        #expect(report.filesChanged == 4, "the page, its Markdown twin, one shard, the manifest: \(report.filesChanged)")
    }

    @Test func anEditThatMovesNoTermStillRewritesTheFragmentOfItsExcerpt() throws {
        let folder = try TemporaryFolder("excerpt")
        defer { folder.remove() }
        let article = "---\ntitle: Un article\ndescription: Une description.\n---\nLe colis part vite. Le vendeur répond.\n"
        try folder.write(["guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
                          "Content/aide/_index.md": "---\ntitle: Aide\ndescription: De l’aide.\n---\nDe l’aide.\n",
                          "Content/aide/article.md": article])
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        #expect(try SiteBuilder(options: options).build().published)
        // The same words in another order: the same terms and weights, another excerpt.
        try folder.write(["Content/aide/article.md": article.replacingOccurrences(of: "Le colis part vite. Le vendeur répond.",
                                                                                  with: "Le vendeur répond. Le colis part vite.")])
        #expect(try SiteBuilder(options: options).build().published)
        let fragments = relativeFiles(in: folder.sub("Output")).filter { $0.hasPrefix("recherche/pages/") }
        let text = fragments.map { readText(folder.sub("Output/" + $0)) }.joined()
        #expect(text.contains("Le vendeur répond. Le colis part vite."), "the snippet shows the article as it is now")
    }

    @Test func aSitesSynonymsReachTheManifestBesideTheDefaultOnes() throws {
        let folder = try TemporaryFolder("synonyms")
        defer { folder.remove() }
        try folder.write(["guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\nsynonyms:\n  - carton, colis\n"),
                          "Content/aide/_index.md": "---\ntitle: Aide\ndescription: De l’aide.\n---\nDe l’aide.\n",
                          "Content/aide/colis.md": "---\ntitle: Un colis\ndescription: Le colis.\n---\nLe colis part.\n"])
        let options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        #expect(try SiteBuilder(options: options).build().published)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.sub("Output/recherche/index.json")))) as? [String: Any])
        let groups = try #require(manifest["synonyms"] as? [[String]])
        #expect(groups.contains(["carton", "coli"]), "the site's own group, folded and stemmed")
        #expect(groups.contains(["coli", "paquet"]), "the default list is still there")
    }
}
