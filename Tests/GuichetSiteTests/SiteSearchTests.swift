import Foundation
@testable import GuichetSearch
@testable import GuichetSite
import Testing

/// `SiteSearch` (what `guichet mcp`'s search_articles answers) ranks as the site's search box does: site.js
/// itself runs under node on the index built from Content/, for every query of every golden set of
/// Tests/browser/ (search-queries*.tsv), and each answer (results in order, snippets, suggestion) must be the same in Swift.
@Suite struct SiteSearchTests {
    /// Loads site.js in a bare context (no page: no form is set up) and hands its `rechercher` out through one
    /// line added before its start-up, so that the ranking code run is the theme's own, unchanged.
    static let harness = #"""
    const fs = require('fs'), path = require('path'), vm = require('vm');
    const [siteJs, output, queriesFile] = process.argv.slice(2);
    const hook = "  if (document.readyState === 'loading')";
    let source = fs.readFileSync(siteJs, 'utf8');
    if (!source.includes(hook)) throw new Error('site.js no longer starts with: ' + hook);
    source = source.replace(hook, '  globalThis.__rechercher = rechercher;\n' + hook);
    const context = {
      document: { readyState: 'complete', querySelectorAll: () => [] }, location: { search: '' }, URLSearchParams,
      fetch: (url) => new Promise((resolve) => {
        const file = path.join(output, url.replace(/^\//, ''));
        const ok = fs.existsSync(file);
        resolve({ ok, status: ok ? 200 : 404, json: () => Promise.resolve(JSON.parse(fs.readFileSync(file, 'utf8'))) });
      }),
    };
    vm.createContext(context);
    vm.runInContext(source, context);
    (async () => {
      const answers = [];
      for (const query of JSON.parse(fs.readFileSync(queriesFile, 'utf8'))) {
        const r = await context.__rechercher('/recherche/index.json', query);
        answers.push(r ? { urls: r.resultats.map((x) => x.url), titles: r.resultats.map((x) => x.title),
                           snippets: r.resultats.map((x) => x.snippet), suggestion: r.suggestion || null } : null);
      }
      process.stdout.write(JSON.stringify(answers));
    })().catch((e) => { console.error(e); process.exit(1); });
    """#

    struct JSAnswer: Decodable, Equatable {
        let urls: [String]
        let titles: [String]
        let snippets: [String]
        let suggestion: String?
    }

    static func goldenQueries() throws -> [String] {
        var queries: [String] = []
        let folder = Paths.packageRoot.appendingPathComponent("Tests/browser")
        // Every set, the held-out and development ones of issue 30 included, so that a new set is compared too.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("search-queries") && $0.hasSuffix(".tsv") }.sorted()
        #expect(names == ["search-queries-dev-2.tsv", "search-queries-dev-3.tsv", "search-queries-dev-4.tsv", "search-queries-dev-5.tsv",
                          "search-queries-dev-6.tsv", "search-queries-dev.tsv", "search-queries-heldout-2.tsv",
                          "search-queries-heldout-3.tsv", "search-queries-heldout-4.tsv", "search-queries-heldout-5.tsv",
                          "search-queries-heldout-6.tsv", "search-queries-heldout-7.tsv", "search-queries-heldout.tsv", "search-queries.tsv"])
        for name in names {
            let text = try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
                queries.append(String(line.split(separator: "\t", omittingEmptySubsequences: false)[1]))
            }
        }
        return queries
    }

    @Test func agreesWithSiteJsOnEveryGoldenQuery() throws {
        let temporary = try TemporaryFolder("site-search")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        var options = buildOptions(content: Paths.content, output: output, config: Paths.config)
        options.themesDirectory = Paths.themes
        #expect(try SiteBuilder(options: options).build().published)
        // Typed as a reader types them, and a few that exercise the suggestion and the empty query.
        let queries = try Self.goldenQueries() + ["zzqxw", "remboursemnt", "rembour", "carte cadeau", "  ", "de la", "DVD",
                                                    // Suggestions written as words, in the query as typed; a category's name.
                                                    "Rembourssement  rapide !", "promo", "premeir colis", "Livraison", "réclamation",
                                                    "tva", "pdf", "Colos !", "Sac à dos",
                                                    // A short word is lost where a typo is suggested: « code ! », « Les fériés ? ok »
                                                    // (a word as a page writes it, the rest as typed), « Noe ? » none.
                                                    "cod !", "Noe ?", "Fer !", "Dat, cot ?", "jou.", "Les fer ? ok"]
        #expect(queries.count > 150)
        try Self.harness.write(toFile: temporary.sub("harness.js"), atomically: true, encoding: .utf8)
        try JSONEncoder().encode(queries).write(to: URL(fileURLWithPath: temporary.sub("queries.json")))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", temporary.sub("harness.js"), Paths.themes + "/default/assets/site.js", output, temporary.sub("queries.json")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "node must be installed to run site.js (exit \(process.terminationStatus))")
        let expected = try JSONDecoder().decode([JSAnswer?].self, from: data)
        try #require(expected.count == queries.count)
        let search = try SiteSearch(output: output)
        var compared = 0
        for (query, js) in zip(queries, expected) {
            let swift = search.search(query).map { answer in
                JSAnswer(urls: answer.results.map(\.url), titles: answer.results.map(\.title), snippets: answer.results.map(\.snippet),
                         suggestion: answer.suggestion)
            }
            #expect(swift == js, "« \(query) »: Swift \(String(describing: swift)), site.js \(String(describing: js))")
            if let js, !js.urls.isEmpty { compared += 1 }
        }
        #expect(compared > 120, "queries with results: \(compared)")
        // The suggestion's steps (`surface`, the query as typed) are compared too, not only empty answers.
        let suggested = expected.compactMap { $0?.suggestion }
        #expect(suggested.count >= 4, "suggestions: \(suggested)")
    }

    /// The phonetic key that lets a misspelling sound its way to a term beyond one typo: its own examples, then
    /// site.js's `phonetique` itself, under node, on words that exercise every replacement.
    @Test func phoneticKeysAsSiteJs() throws {
        #expect(SiteSearch.phonetic("telefon") == SiteSearch.phonetic("telephon"))
        #expect(SiteSearch.phonetic("rembourcement") == SiteSearch.phonetic("remboursement"))
        #expect(SiteSearch.phonetic("confirmasion") == SiteSearch.phonetic("confirmation"))
        #expect(SiteSearch.phonetic("suivit") == "suivi")
        #expect(SiteSearch.phonetic("cadeau") == "kado")
        #expect(SiteSearch.phonetic("quand") == "kan")
        #expect(SiteSearch.phonetic("chronopost") == "chronopos")
        #expect(SiteSearch.phonetic("colis") != SiteSearch.phonetic("code"))
        let words = ["telefon", "telephon", "rembourcement", "remboursement", "confirmasion", "confirmation", "suivit", "quand",
                     "quai", "cq", "chh", "hh", "ahh", "sh", "hotel", "photo", "gei", "gymnas", "ceuilli", "cadeau", "eaueau",
                     "aiai", "zz", "t", "td", "dt", "tt", "ddd", "accent", "succes", "geai", "yaourt", "q", "qu", "c", "h"]
        let temporary = try TemporaryFolder("phonetic")
        defer { temporary.remove() }
        let script = #"""
        const fs = require('fs');
        const source = fs.readFileSync(process.argv[2], 'utf8');
        const block = source.slice(source.indexOf('  var PHONETIQUE'), source.indexOf('  function Index('));
        const phonetique = new Function(block + '; return phonetique;')();
        process.stdout.write(JSON.stringify(JSON.parse(process.argv[3]).map(phonetique)));
        """#
        try script.write(toFile: temporary.sub("phonetic.js"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", temporary.sub("phonetic.js"), Paths.themes + "/default/assets/site.js",
                             String(decoding: try JSONEncoder().encode(words), as: UTF8.self)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(try JSONDecoder().decode([String].self, from: data) == words.map(SiteSearch.phonetic))
    }

    /// The text steps against site.js's own examples in its comments.
    @Test func stemsAndNormalisesAsSiteJs() {
        #expect(SiteSearch.tokens("Œuvre d’art : « Délai » Ça") == ["oeuvre", "art", "delai", "ca"])
        #expect(SearchNormaliser.stem("rembourser") == "rembours")
        #expect(SearchNormaliser.stem("journaux") == "journal")
        #expect(SearchNormaliser.stem("recevez") == "recev")
        #expect(SiteSearch.distance(Array("anuler".utf16), Array("annuler".utf16), 1) == 1)
        #expect(SiteSearch.distance(Array("satut".utf16), Array("statut".utf16), 1) == 1)
        #expect(SiteSearch.distance(Array("abcd".utf16), Array("badc".utf16), 1) == 2)
        // `intentions`: whole words of the normalised query, in INTENTIONS' order.
        #expect(SiteSearch.intents("Puis-je annuler ? Comment faire") == ["_comment", "_droit"])
        #expect(SiteSearch.intents("Combien de temps pour me rétracter") == ["_delai"])
        #expect(SiteSearch.intents("A-t-on le droit d’appeler ?") == ["_droit", "_contact"])
        #expect(SiteSearch.intents("commentaires, délais ; horaire") == ["_delai", "_contact"])
        #expect(SiteSearch.intents("combien de mois").isEmpty)
    }
}
