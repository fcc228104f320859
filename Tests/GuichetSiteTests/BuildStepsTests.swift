import Foundation
import GuichetContent
@testable import GuichetRender
@testable import GuichetSearch
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// Each step of the build on its own, on a small site written for the test: what it hands the next step.
struct BuildStepsTests {
    static let site: [String: String] = [
        "Content/livraison/_index.md": "---\ntitle: Livraison\ndescription: Suivre un colis.\norder: 1\n---\nTout sur la livraison.\n",
        "Content/livraison/suivi.md": "---\ntitle: Suivre un colis\ndescription: Où est mon colis ?\norder: 2\n---\n## Le suivi\nConsultez la page [Retard](retard.md).\n",
        "Content/livraison/retard.md": "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\n---\nAppelez-nous au 09 70 75 64 60.\n",
        "Content/livraison/brouillon.md": "---\ntitle: Brouillon\ndescription: Pas encore.\ndraft: true\n---\nLien vers [rien](absent.md).\n",
        "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
    ]

    func withSite(_ body: (TemporaryFolder, BuildOptions) throws -> Void) throws {
        let folder = try TemporaryFolder("steps")
        defer { folder.remove() }
        try folder.write(Self.site)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        try body(folder, options)
    }

    /// The listed site, when listing does not end the build.
    func listed(_ options: BuildOptions, mode: BuildSetting.Mode) -> ListedSite? {
        let setting = BuildSetting(options: options, mode: mode)
        guard case .listed(let listed) = ListedSite.list(setting, cache: setting.cacheDecision()) else { return nil }
        return listed
    }

    /// docs/architecture.md lists the steps from their one declaration, and `--timings` names them the same way.
    @Test func theDocumentedStepsAreTheDeclaredOnes() throws {
        let text = try String(contentsOfFile: Paths.packageRoot.appendingPathComponent("docs/architecture.md").path, encoding: .utf8)
        #expect(text.contains(BuildStep.documentation + "\n"), "docs/architecture.md: paste BuildStep.documentation:\n\(BuildStep.documentation)")
        try withSite { folder, options in
            var checked = try SiteBuilder(options: options).build()
            #expect(checked.steps.map(\.name) == Array(BuildStep.allCases.prefix(7).map(\.rawValue)), "an error: the build stops after its checks")
            try folder.write(["Content/livraison/retard.md": "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\n---\nAppelez-nous.\n",
                              "Content/livraison/brouillon.md": "---\ntitle: Brouillon\ndescription: Pas encore.\ndraft: true\n---\nRien.\n"])
            checked = try SiteBuilder(options: options).build()
            #expect(checked.published)
            #expect(checked.steps.map(\.name) == BuildStep.allCases.map(\.rawValue))
        }
    }

    @Test func listFindsTheSettingsAndEveryFileWithItsStamp() throws {
        try withSite { _, options in
            let setting = BuildSetting(options: options, mode: .build)
            guard case .listed(let listed) = ListedSite.list(setting, cache: setting.cacheDecision()) else {
                Issue.record("nothing built yet: the build must go on to read")
                return
            }
            #expect(listed.config.title == "Aide")
            #expect(listed.files.map(\.file.lastPathComponent) == ["_index.md", "brouillon.md", "retard.md", "suivi.md"])
            #expect(listed.stamps.allSatisfy { $0 != nil })
        }
    }

    @Test func readGivesTheCategoriesAndTheHeadsInSiteOrder() throws {
        try withSite { _, options in
            let read = try #require(listed(options, mode: .check)).read()
            #expect(read.categories.map(\.slug) == ["livraison"])
            // By `order`, then title; the draft (no order) last.
            #expect(read.heads.map(\.slug) == ["retard", "suivi", "brouillon"])
            #expect(read.record.sources.count == 4)
        }
    }

    @Test func checkingTheArticlesFindsEachOnesProblemsAndRendersNothing() throws {
        try withSite { folder, options in
            let outlined = try #require(listed(options, mode: .check)).read().outline()
            #expect(outlined.theme != nil)
            let articles = try outlined.checkArticles(into: nil)
            #expect(articles.checkedCount == 3)
            #expect(articles.written.isEmpty)
            let checked = articles.siteWideChecks()
            // The typed phone number (rules no article covers aside); the draft's broken link is not reported:
            // a draft left out of the site does not block it (issue 28). With --drafts it is.
            #expect(checked.report.diagnostics.filter { $0.code != .uncoveredRule }.map(\.code) == [.hardCodedFigure])
            #expect(checked.report.articleCount == 2, "the draft is checked, not published")
            #expect(checked.report.draftsLeftOut == 1 && checked.report.draftsChecked == 1)
            #expect(checked.publishable == nil, "a check stages nothing: there is nothing to publish")
            var withDrafts = options
            withDrafts.includeDrafts = true
            let report = SiteBuilder(options: withDrafts).check()
            #expect(report.diagnostics.filter { $0.code != .uncoveredRule }.map(\.code) == [.brokenLink, .hardCodedFigure])
            #expect(report.draftsLeftOut == 0)
            #expect(!FileManager.default.fileExists(atPath: folder.sub("Output")))
        }
    }

    @Test func theCacheDecisionKeepsWhatDidNotChangeAndRedoesWhatDid() throws {
        try withSite { folder, options in
            var fixed = Self.site
            fixed["Content/livraison/retard.md"] = "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\nrules: [contact.phone.number]\n---\nAppelez-nous au {{ contact.phone.number }}.\n"
            fixed["Content/livraison/brouillon.md"] = "---\ntitle: Brouillon\ndescription: Pas encore.\ndraft: true\n---\nRien.\n"
            try folder.write(fixed)
            let first = try SiteBuilder(options: options).build()
            #expect(first.published && first.articlesChecked == 3, "\(first.diagnostics.filter { $0.severity == .error })")

            let setting = BuildSetting(options: options, mode: .build)
            guard case .done(let report) = ListedSite.list(setting, cache: setting.cacheDecision()) else {
                Issue.record("nothing changed: the build must stop after listing")
                return
            }
            #expect(report.unchanged)

            // One article's prose changes: the outline is the same, so only that article is checked again.
            try folder.write(["Content/livraison/suivi.md": Self.site["Content/livraison/suivi.md"]! + "Une phrase de plus.\n"])
            var outlined = try #require(listed(options, mode: .build)).read().outline()
            #expect(outlined.cache.outlineUnchanged)
            let kept = outlined.read.articles.filter { outlined.cache.keeps($0) != nil }.map { $0.file.slug }
            #expect(kept == ["retard", "brouillon"])
            #expect(outlined.cache.keeps(siteWide: GeneratedFiles.robots), "robots.txt reads nothing of the articles")

            // A title changes: every page shows the titles, so nothing is kept.
            try folder.write(["Content/livraison/retard.md": fixed["Content/livraison/retard.md"]!.replacingOccurrences(of: "Un retard", with: "Un long retard")])
            outlined = try #require(listed(options, mode: .build)).read().outline()
            #expect(!outlined.cache.outlineUnchanged)
            #expect(outlined.read.articles.allSatisfy { outlined.cache.keeps($0) == nil })
            #expect(!outlined.cache.keeps(siteWide: GeneratedFiles.robots))
        }
    }

    /// "Is this file the one the last build read" is one test (`BuildCache.Source.holds`): the same stamp, or
    /// else the same bytes. A file saved again unchanged (a checkout, an editor's save) stops the build after
    /// listing, as an untouched one does; a file whose bytes changed does not.
    @Test func aFileSavedAgainWithTheSameBytesChangesNothing() throws {
        try withSite { folder, options in
            var fixed = Self.site
            fixed["Content/livraison/retard.md"] = "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\n---\nAppelez-nous.\n"
            try folder.write(fixed)
            // Stamps older than the file system's resolution (`FileStamp.isSettled`: 2 s), so that the record
            // keeps them: a fresh one it would not trust, and it would compare the bytes anyway.
            Thread.sleep(forTimeInterval: 2.2)
            #expect(try SiteBuilder(options: options).build().published)
            let file = folder.sub("Content/livraison/suivi.md")
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: file)
            let setting = BuildSetting(options: options, mode: .build)
            guard case .done(let report) = ListedSite.list(setting, cache: setting.cacheDecision()) else {
                Issue.record("the same bytes under a new stamp: the build must stop after listing")
                return
            }
            #expect(report.unchanged)
            try folder.write(["Content/livraison/suivi.md": fixed["Content/livraison/suivi.md"]! + "Une phrase.\n"])
            #expect(listed(options, mode: .build) != nil, "other bytes: the build goes on")
        }
    }

    @Test func everyGeneratedFileIsInTheRegistryAndNoAliasMayTakeOne() throws {
        try withSite { folder, options in
            var fixed = Self.site
            fixed["Content/livraison/retard.md"] = "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\naliases: [/regles.html, /donnees/x/]\n---\nAppelez-nous.\n"
            fixed["Content/livraison/brouillon.md"] = "---\ntitle: Brouillon\ndescription: Pas encore.\ndraft: true\n---\nRien.\n"
            try folder.write(fixed)
            let report = SiteBuilder(options: options).check()
            #expect(report.diagnostics.filter { $0.code == .duplicateURL }.map(\.message) == [
                "alias '/regles.html' is already the address of a file the build generates (regles.html)",
                "alias '/donnees/x/' is already the address of a file the build generates (donnees)",
            ])
            try folder.write(Self.site.merging(["Content/livraison/retard.md": "---\ntitle: Un retard\ndescription: Le colis tarde.\norder: 1\n---\nAppelez-nous.\n",
                                                "Content/livraison/brouillon.md": "---\ntitle: Brouillon\ndescription: Pas encore.\ndraft: true\n---\nRien.\n"]) { $1 })
            let built = try SiteBuilder(options: options).build()
            #expect(built.published)
            // Pages of folders, and their Markdown twins, beside them.
            let pages = Set(built.files.filter { !$0.hasSuffix("/index.html") && $0 != "index.html" && !$0.hasSuffix("/index.md") && $0 != "index.md" })
            let registered = Set(GeneratedFiles.rootFiles + [GeneratedFiles.hoursData, GeneratedFiles.withdrawalData, GeneratedFiles.claimData])
            #expect(pages.filter { !$0.hasPrefix(GeneratedFiles.assetsFolder + "/") && !$0.hasPrefix(SearchIndex.folder + "/") } == registered)
            #expect(pages.contains(SearchIndex.manifest))
        }
    }
}

private extension String {
    var lastPathComponent: String { (self as NSString).lastPathComponent }
}
