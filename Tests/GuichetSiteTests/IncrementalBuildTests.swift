import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// An incremental build (with a cache folder) writes exactly what a clean build writes: after each kind of
/// change, the output of the incremental build is compared with a clean build of the same inputs.
@Suite struct IncrementalBuildTests {
    /// A copy of the boutique fixture (content, settings, and the real theme) that the tests may change.
    struct Workspace {
        let folder: TemporaryFolder
        /// When set, the incremental builds keep their cache in memory, as the preview does, not in the folder.
        var memory: BuildMemory?
        var content: String { folder.sub("Content") }
        var themes: String { folder.sub("Themes") }
        var config: String { folder.sub("guichet.yml") }

        init(fixture name: String = "boutique", inMemory: Bool = false) throws {
            folder = try TemporaryFolder("incremental")
            memory = inMemory ? BuildMemory() : nil
            let fixture = Paths.fixtures.appendingPathComponent(name)
            try FileManager.default.copyItem(atPath: fixture.appendingPathComponent("Content").path, toPath: content)
            try FileManager.default.copyItem(atPath: fixture.appendingPathComponent("guichet.yml").path, toPath: config)
            try FileManager.default.copyItem(atPath: Paths.themes, toPath: themes)
        }

        func options(output: String, cache: String?, book: RuleBook = Rules.standard) -> BuildOptions {
            var options = buildOptions(content: content, output: output, config: config, book: book)
            options.themesDirectory = themes
            options.cacheDirectory = cache
            return options
        }

        func write(_ relative: String, _ text: String) throws {
            try text.write(toFile: folder.sub(relative), atomically: true, encoding: .utf8)
        }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let path = folder.sub(relative)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(relative) changed nothing")
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// Builds incrementally into Output/ and from scratch into Clean/; the trees must be identical.
        @discardableResult
        func buildBothAndCompare(book: RuleBook = Rules.standard) throws -> SiteBuilder.Report {
            var incrementalOptions = options(output: folder.sub("Output"), cache: folder.sub(".cache"), book: book)
            incrementalOptions.memory = memory
            let incremental = try SiteBuilder(options: incrementalOptions).build()
            #expect(incremental.published, "\(DiagnosticFormat.text.render(incremental.diagnostics, sources: incremental.sources))")
            try? FileManager.default.removeItem(atPath: folder.sub("Clean"))
            let clean = try SiteBuilder(options: options(output: folder.sub("Clean"), cache: nil, book: book)).build()
            #expect(clean.published)
            if let difference = firstDifference(expected: folder.sub("Clean"), actual: folder.sub("Output")) {
                Issue.record("incremental output differs from a clean build: \(difference)")
            }
            return incremental
        }
    }

    /// With the cache in a folder (`guichet build`) and kept in memory (`guichet serve`).
    @Test(arguments: [false, true])
    func everyKindOfChangeGivesTheCleanOutput(inMemory: Bool) throws {
        let work = try Workspace(inMemory: inMemory)
        defer { work.folder.remove() }

        let first = try work.buildBothAndCompare()
        #expect(!first.unchanged && first.filesChanged == first.files.count)
        #expect(first.articlesChecked == 4, "three articles and a draft")

        let again = try work.buildBothAndCompare()
        #expect(again.unchanged, "nothing changed: the build should have done nothing")
        #expect(again.filesChanged == 0)

        // A sentence of one article: that page and its Markdown twin, and of the search, the shard of its terms
        // (this small site has one), the fragment that holds its excerpt and the manifest that names both.
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.") }
        let body = try work.buildBothAndCompare()
        #expect(body.filesChanged == 5, "changed: \(body.filesChanged)")
        #expect(body.articlesChecked == 1, "the three other articles' checks come from the cache")
        #expect(body.searchIndex == .updated, "the search redone from the last postings, and equal to the clean build's")

        // The rules an article uses: the rules page and regles.json change too, nothing else of the outline.
        try work.edit("Content/retractation/exclusions.md") {
            $0.replacingOccurrences(of: "rules: [withdrawal.exclusions, withdrawal.period]", with: "rules: [withdrawal.exclusions]")
              .replacingOccurrences(of: "Même pendant les {{ withdrawal.period.value }} du délai,", with: "Même pendant le délai,")
        }
        let rules = try work.buildBothAndCompare()
        #expect(rules.articlesChecked == 1)
        #expect(rules.filesChanged == 8, "the page and its twin, the search's shard, fragment and manifest, regles.html, regles.md and regles.json: \(rules.filesChanged)")
        #expect(rules.searchIndex == .updated)

        // A review date: that page, its twin (« Dernière vérification ») and the sitemap.
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "reviewed: 2026-11-02", with: "reviewed: 2026-11-03") }
        let reviewed = try work.buildBothAndCompare()
        #expect(reviewed.articlesChecked == 1 && reviewed.filesChanged == 3, "changed: \(reviewed.filesChanged)")

        // A title: the pages that show it too.
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Nouveau — ") }
        let title = try work.buildBothAndCompare()
        #expect(title.filesChanged > 2 && title.filesChanged < title.files.count)
        #expect(title.articlesChecked == 4, "a title shows on other pages: every article is checked again")
        #expect(title.searchIndex == .built, "a new outline: the search is built whole")

        // A template: every page that uses it.
        try work.edit("Themes/default/templates/footer.mustache") { $0.replacingOccurrences(of: "Nos engagements et délais", with: "Nos engagements") }
        try work.buildBothAndCompare()

        // An article removed, then one added.
        let removed = try String(contentsOfFile: work.folder.sub("Content/contact/telephone.md"), encoding: .utf8)
        try FileManager.default.removeItem(atPath: work.folder.sub("Content/contact/telephone.md"))
        try work.buildBothAndCompare()
        #expect(!FileManager.default.fileExists(atPath: work.folder.sub("Output/contact/telephone")))
        try removed.write(toFile: work.folder.sub("Content/contact/appeler.md"), atomically: true, encoding: .utf8)
        try work.buildBothAndCompare()

        // A rule: the withdrawal period becomes 21 days.
        var book = Rules.standard
        book.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince, WithdrawalPeriodPolicy(period: CalendarDays(21)))
        let rule = try work.buildBothAndCompare(book: book)
        #expect(!rule.unchanged)
        #expect(readText(work.folder.sub("Output/retractation/delai/index.html")).contains("21\u{00A0}jours"))
        #expect(FileManager.default.fileExists(atPath: work.folder.sub(".cache")) == !inMemory,
                "a cache kept in memory writes no cache folder")
    }

    /// The search's fragments of documents that an edit does not touch are kept, not made again
    /// (`MadeFile`); one the output lost is made again all the same. On the example help centre, whose
    /// documents fill two fragments.
    @Test func aKeptSearchFragmentThatTheOutputLostIsWrittenAgain() throws {
        let folder = try TemporaryFolder("fragments")
        defer { folder.remove() }
        let (build, fragments) = try ExampleSite.builtWithCache(in: folder)
        // An article of the second fragment gains a sentence; the first fragment, which the edit leaves as it
        // was, is lost.
        try ExampleSite.addSentence(toAnArticleOf: fragments[1], in: folder)
        try FileManager.default.removeItem(atPath: folder.sub("Output/recherche/" + fragments[0]))
        let incremental = try build("Output", folder.sub(".cache"))
        #expect(incremental.published && incremental.searchIndex == .updated && incremental.articlesChecked == 1)
        #expect(incremental.changedFiles.contains("recherche/" + fragments[0]), "the lost fragment is written again: \(incremental.changedFiles)")
        #expect(try build("Clean", nil).published)
        #expect(firstDifference(expected: folder.sub("Clean"), actual: folder.sub("Output")) == nil)
    }

    /// A fragment name in damaged postings that still looks like one is not trusted: the record lists no such
    /// file, so the fragment is made again under its true name, as a clean build names it.
    @Test func aDamagedFragmentNameInThePostingsIsNotTrusted() throws {
        let folder = try TemporaryFolder("fragment-name")
        defer { folder.remove() }
        let (build, fragments) = try ExampleSite.builtWithCache(in: folder)
        // One hex digit of the first fragment's name changed in the postings file, its length kept.
        let postingsFile = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.sub(".cache")).first { $0.hasSuffix(".search") })
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.sub(".cache/" + postingsFile))))
        let name = Array(fragments[0].utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) }) + "pages/".utf8.count
        bytes[at] = bytes[at] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try Data(bytes).write(to: URL(fileURLWithPath: folder.sub(".cache/" + postingsFile)))
        try ExampleSite.addSentence(toAnArticleOf: fragments[1], in: folder)
        let incremental = try build("Output", folder.sub(".cache"))
        #expect(incremental.published && incremental.searchIndex == .updated)
        #expect(try build("Clean", nil).published)
        #expect(firstDifference(expected: folder.sub("Clean"), actual: folder.sub("Output")) == nil)
    }

    /// On each fixture site, every article in turn: a paragraph added at the end of its body (only it is
    /// checked again), then its title changed (every article is).
    @Test(arguments: GoldenSiteTests.fixtures, [false, true])
    func everyArticleEditedInTurnGivesTheCleanOutput(fixture: String, inMemory: Bool) throws {
        let work = try Workspace(fixture: fixture, inMemory: inMemory)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let content = work.content
        let articles = (FileManager.default.subpaths(atPath: content) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") }.sorted()
        #expect(articles.count >= 3)
        for article in articles {
            try work.edit("Content/" + article) { $0 + "\nUn paragraphe ajouté pour le test.\n" }
            let body = try work.buildBothAndCompare()
            #expect(body.articlesChecked == 1, "\(fixture)/\(article): \(body.articlesChecked) articles checked")
            try work.edit("Content/" + article) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Modifié — ") }
            let title = try work.buildBothAndCompare()
            #expect(title.articlesChecked == articles.count, "\(fixture)/\(article)")
        }
    }

    @Test func aTouchedFileWithTheSameBytesIsNotCheckedAgain() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let path = work.folder.sub("Content/retractation/delai.md")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        try FileManager.default.removeItem(atPath: path)
        try bytes.write(to: URL(fileURLWithPath: path))
        let touched = try work.buildBothAndCompare()
        #expect(touched.unchanged, "same bytes: nothing to do")
        // Touched again, and another article changed: only that one is checked.
        try FileManager.default.removeItem(atPath: path)
        try bytes.write(to: URL(fileURLWithPath: path))
        try work.edit("Content/retractation/exclusions.md") { $0.replacingOccurrences(of: "ne peuvent pas être retournés", with: "ne peuvent jamais être retournés") }
        let report = try work.buildBothAndCompare()
        #expect(!report.unchanged)
        #expect(report.articlesChecked == 1 && report.filesChanged == 5, "checked \(report.articlesChecked), wrote \(report.filesChanged)")
    }

    @Test func aCachedArticleReportsItsWarningsAgainWithItsLine() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        // A rule listed but never used: a warning on the line of `rules:`'s item.
        try work.edit("Content/retractation/exclusions.md") { $0.replacingOccurrences(of: "rules: [withdrawal.exclusions,", with: "rules: [delivery.shipping, withdrawal.exclusions,") }
        let fresh = try work.buildBothAndCompare()
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.") }
        let cached = try work.buildBothAndCompare()
        #expect(cached.articlesChecked == 1)
        let warning = try #require(fresh.diagnostics.first { $0.code == .unusedRule })
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(cached.sources[warning.file] == fresh.sources[warning.file], "the cached article's file is read to quote its line")
    }

    /// Listing Content/ finds problems about files it leaves out; the cache knows nothing of those files.
    @Test func aMisplacedArticleIsAnErrorEvenWhenNothingElseChanged() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        try "---\ntitle: Perdu\ndescription: Hors catégorie.\n---\nTexte.\n".write(toFile: work.folder.sub("Content/perdu.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder(options: work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"))).build()
        #expect(!report.unchanged && !report.published)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.code) == [.unsafePath])
    }

    /// The site is published even if the cache cannot be saved; the build says so.
    @Test func aCacheThatCannotBeSavedIsAWarning() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        let notAFolder = work.folder.sub("cache-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: notAFolder))
        let report = try SiteBuilder(options: work.options(output: work.folder.sub("Output"), cache: notAFolder)).build()
        #expect(report.published)
        let warning = try #require(report.diagnostics.first { $0.code == .cacheNotSaved })
        #expect(warning.severity == .warning && warning.message.hasPrefix("the build cache could not be saved ("))
        #expect(FileManager.default.fileExists(atPath: work.folder.sub("Output/index.html")))
    }

    /// A cached article's file is read again to quote its line: decoded as the loader decodes it, so that
    /// a file saved with CR LF and a byte-order mark is quoted at the right line and column.
    @Test func aCachedWindowsFileIsQuotedAsAFreshOne() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.edit("Content/retractation/exclusions.md") {
            "\u{FEFF}" + $0.replacingOccurrences(of: "rules: [withdrawal.exclusions,", with: "rules: [delivery.shipping, withdrawal.exclusions,")
                .replacingOccurrences(of: "\n", with: "\r\n")
        }
        let fresh = try work.buildBothAndCompare()
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.") }
        let cached = try work.buildBothAndCompare()
        #expect(cached.articlesChecked == 1, "exclusions.md comes from the cache")
        let warning = try #require(fresh.diagnostics.first { $0.code == .unusedRule })
        let freshText = DiagnosticFormat.text.render([warning], sources: fresh.sources)
        #expect(freshText.contains(" 5 | rules: [delivery.shipping, withdrawal.exclusions, withdrawal.period]\n"), "\(freshText)")
        #expect(DiagnosticFormat.text.render([warning], sources: cached.sources) == freshText)
    }

    /// A file listed but not readable (here a link to a file that does not exist) is an error with its
    /// path, and nothing is published.
    @Test func aFileThatCannotBeReadIsAnError() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        try FileManager.default.createSymbolicLink(atPath: work.folder.sub("Content/retractation/fantome.md"),
                                                   withDestinationPath: work.folder.sub("Content/retractation/absent.md"))
        let report = try SiteBuilder(options: work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"))).build()
        #expect(!report.published)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors == [ContentLoader.unreadable(work.folder.sub("Content/retractation/fantome.md"))])
        #expect(errors.first?.message == "cannot read the file" && errors.first?.fix == "check its permissions")
    }

    /// A damaged cache file is ignored: the build runs as if there were none, and writes a new one.
    @Test(arguments: [0, 40, 2_000])
    func aDamagedCacheIsIgnored(keptBytes: Int) throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let cacheFile = BuildCache.file(in: work.folder.sub(".cache"), output: work.folder.sub("Output"))
        let bytes = try #require(FileManager.default.contents(atPath: cacheFile))
        try (bytes.prefix(keptBytes) + Data("garbage".utf8)).write(to: URL(fileURLWithPath: cacheFile))
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.") }
        let report = try work.buildBothAndCompare()
        #expect(report.published && !report.unchanged)
        #expect(report.articlesChecked == 4, "no article's check trusted from a damaged cache")
        #expect(BuildCache.load(from: work.folder.sub(".cache"), output: work.folder.sub("Output")) != nil, "a new cache was saved")
    }

    /// A save killed halfway leaves `<record>.tmp-<pid>`; the next save removes it once its process is gone.
    @Test func anAbandonedTemporaryCacheFileIsRemoved() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let cacheFile = BuildCache.file(in: work.folder.sub(".cache"), output: work.folder.sub("Output"))
        let abandoned = cacheFile + ".tmp-2147483646"
        try Data("half".utf8).write(to: URL(fileURLWithPath: abandoned))
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.") }
        try work.buildBothAndCompare()
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }

    @Test func aBuildWithErrorsKeepsTheCacheAndTheOutput() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let cacheFile = BuildCache.file(in: work.folder.sub(".cache"), output: work.folder.sub("Output"))
        let cacheBefore = FileManager.default.contents(atPath: cacheFile)
        try work.edit("Content/retractation/delai.md") { $0 + "\n{{ withdrawal.perod }}\n" }
        let broken = try SiteBuilder(options: work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"))).build()
        #expect(!broken.published && broken.errorCount == 1)
        #expect(FileManager.default.contents(atPath: cacheFile) == cacheBefore)
        #expect(firstDifference(expected: work.folder.sub("Clean"), actual: work.folder.sub("Output")) == nil)
    }

    @Test func cleanIgnoresTheCache() throws {
        let work = try Workspace()
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        var options = work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"))
        options.clean = true
        let report = try SiteBuilder(options: options).build()
        #expect(!report.unchanged && report.filesChanged == report.files.count)
    }
}

/// The example help centre (Content/), copied, built with a cache into Output/, for the tests of the
/// search's fragments: its documents fill two of them.
enum ExampleSite {
    typealias Build = (_ output: String, _ cache: String?) throws -> SiteBuilder.Report

    /// A way to build the copy into `output` (with `cache`, or none), and the fragments' names that the
    /// first build, already done, gave in its manifest.
    static func builtWithCache(in folder: TemporaryFolder) throws -> (Build, [String]) {
        try FileManager.default.copyItem(atPath: Paths.content, toPath: folder.sub("Content"))
        try FileManager.default.copyItem(atPath: Paths.config, toPath: folder.sub("guichet.yml"))
        let build: Build = { output, cache in
            var options = buildOptions(content: folder.sub("Content"), output: folder.sub(output), config: folder.sub("guichet.yml"))
            options.themesDirectory = Paths.themes
            options.cacheDirectory = cache
            return try SiteBuilder(options: options).build()
        }
        #expect(try build("Output", folder.sub(".cache")).published)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.sub("Output/recherche/index.json")))) as? [String: Any])
        let fragments = try #require(manifest["fragments"] as? [String])
        try #require(fragments.count == 2)
        return (build, fragments)
    }

    /// Appends a sentence to the first article the fragment `name` (as the manifest names it) holds.
    static func addSentence(toAnArticleOf name: String, in folder: TemporaryFolder) throws {
        let fragment = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.sub("Output/recherche/" + name)))) as? [[String: Any]])
        let url = try #require(fragment.compactMap { $0["u"] as? String }.first { $0.split(separator: "/").count == 2 })
        let article = folder.sub("Content" + url.dropLast() + ".md")
        try (String(contentsOfFile: article, encoding: .utf8) + "\nUne phrase de plus sur la messagerie.\n").write(toFile: article, atomically: true, encoding: .utf8)
    }
}
