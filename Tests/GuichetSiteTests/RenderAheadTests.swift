import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// The preview renders a saved article's page before the build (`RenderAhead`): the page must be the one
/// the build then writes, and anything it cannot vouch for must wait for the build.
@Suite struct RenderAheadTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    func builder(_ work: Workspace) -> SiteBuilder {
        var options = work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"))
        options.memory = work.memory
        return SiteBuilder(options: options)
    }

    /// The pages rendered ahead for `paths`, or nil.
    func ahead(_ work: Workspace, _ paths: Set<String>) -> [String]? {
        builder(work).renderAhead(paths)?.map(\.path)
    }

    @Test func anEditedArticlesPageIsTheOneTheBuildWrites() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let article = work.content + "/retractation/delai.md"
        let page = work.folder.sub("Output/retractation/delai/index.html")

        #expect(ahead(work, [article]) == [], "unchanged bytes: nothing to render")
        // Saved in place, as some editors do.
        try Data(readText(article).replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis.").utf8)
            .write(to: URL(fileURLWithPath: article))
        #expect(ahead(work, [article]) == ["retractation/delai/index.html", "retractation/delai/index.md"])
        let ahead = readText(page)
        #expect(ahead.contains("pour changer d’avis."))
        // The Markdown twin too (issue 26: render-ahead is the build's own function for one article).
        let twin = work.folder.sub("Output/retractation/delai/index.md")
        let twinAhead = readText(twin)
        #expect(twinAhead.contains("pour changer d’avis."))

        let built = try work.buildBothAndCompare()
        #expect(readText(page) == ahead, "the build wrote the same page")
        #expect(readText(twin) == twinAhead, "and the same twin")
        #expect(built.changedFiles.contains("retractation/delai/index.html"))
    }

    @Test func whatTheOutlineOrTheBuildMustSayWaits() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        #expect(ahead(work, [work.content + "/retractation/delai.md"]) == nil, "no build yet")
        try work.buildBothAndCompare()
        let article = work.content + "/retractation/delai.md"
        let original = readText(article)
        func attempt(_ change: (String) -> String) throws -> [String]? {
            try change(original).write(toFile: article, atomically: true, encoding: .utf8)
            return ahead(work, [article])
        }
        #expect(try attempt { $0.replacingOccurrences(of: "title: Délai", with: "title: Le délai") } == nil,
                "a title shows on other pages")
        #expect(try attempt { $0.replacingOccurrences(of: "order: 1", with: "order: 5") } == nil, "the order of the listings")
        #expect(try attempt { $0 + "\n{{ withdrawal.inconnue }}\n" } == nil, "an error: the build reports it")
        try original.write(toFile: article, atomically: true, encoding: .utf8)
        try work.write("Content/retractation/nouveau.md", "---\ntitle: Nouveau\ndescription: Un article.\n---\nTexte.\n")
        #expect(ahead(work, [work.content + "/retractation/nouveau.md"]) == nil, "a file the last build did not read")
        #expect(ahead(work, [work.themes + "/default/templates/article.mustache"]) == nil, "a template")
        #expect(ahead(work, [work.config]) == nil, "the settings")
        try work.buildBothAndCompare()
    }

    /// A page rendered ahead and then saved back as it was, with no build between (the build failed):
    /// the build must not keep the page rendered ahead, whose record no longer describes it.
    @Test func aPageRenderedAheadIsNeverKeptByMistake() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let article = work.content + "/retractation/delai.md"
        let original = readText(article)
        try work.edit("Content/retractation/delai.md") { $0.replacingOccurrences(of: "pour vous rétracter.", with: "pour réfléchir.") }
        #expect(ahead(work, [article]) == ["retractation/delai/index.html", "retractation/delai/index.md"])
        try original.write(toFile: article, atomically: true, encoding: .utf8)
        try work.buildBothAndCompare()
        #expect(!readText(work.folder.sub("Output/retractation/delai/index.html")).contains("pour réfléchir."))
    }

    /// Takes the article at `path` (Content/contact/telephone.md) out of the published site.
    func remove(_ path: String, by change: String, in work: Workspace) throws {
        switch change {
        case "deleted": try FileManager.default.removeItem(atPath: path)
        case "renamed": try FileManager.default.moveItem(atPath: path, toPath: work.content + "/contact/appeler.md")
        default: try work.edit("Content/contact/telephone.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ndraft: true\ntitle: ") }
        }
    }

    /// Found by a review: the record forgot the article instead of marking it stale, so that a deleted
    /// article's build found nothing changed, and a page rendered ahead outlived its article. Each case is
    /// compared with a clean build.
    @Test(arguments: ["deleted", "renamed", "made a draft"])
    func anArticleGoneAfterItsPageWasRenderedAheadTakesItsPageAlong(change: String) throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let article = work.content + "/contact/telephone.md"
        try work.edit("Content/contact/telephone.md") { $0.replacingOccurrences(of: "\n---\n", with: "\n---\nUne phrase de plus.\n") }
        #expect(ahead(work, [article]) == ["contact/telephone/index.html", "contact/telephone/index.md"])
        // No build between the two (it failed, or was overtaken by this save).
        try remove(article, by: change, in: work)
        #expect(ahead(work, [article]) == nil)
        let report = try work.buildBothAndCompare()
        #expect(!report.unchanged)
        #expect(!FileManager.default.fileExists(atPath: work.folder.sub("Output/contact/telephone/index.html")))
    }

    /// The same changes with no page rendered ahead: the attempt alone must not make the build miss them.
    @Test(arguments: ["deleted", "renamed", "made a draft"])
    func anArticleGoneIsBuiltAfterARefusedRenderAhead(change: String) throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let article = work.content + "/contact/telephone.md"
        try remove(article, by: change, in: work)
        #expect(ahead(work, [article, work.content + "/contact/appeler.md"]) == nil)
        let report = try work.buildBothAndCompare()
        #expect(!report.unchanged)
        #expect(!readText(work.folder.sub("Output/contact/index.html")).contains("/contact/telephone/"))
    }

    @Test func manyFilesAtOnceWaitForTheBuild() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        let count = RenderAhead.limit + 1
        for n in 0..<count {
            try work.write("Content/contact/page-\(n).md", "---\ntitle: Page \(n)\ndescription: Une page.\n---\nTexte \(n).\n")
        }
        try work.buildBothAndCompare()
        let paths = (0..<count).map { work.content + "/contact/page-\($0).md" }
        for n in 0..<count { try work.write("Content/contact/page-\(n).md", "---\ntitle: Page \(n)\ndescription: Une page.\n---\nAutre texte \(n).\n") }
        #expect(ahead(work, Set(paths)) == nil, "\(count) files: the build redoes them")
        #expect(ahead(work, Set(paths.prefix(RenderAhead.limit)))?.count == 2 * RenderAhead.limit, "a page and its twin each")
        try work.buildBothAndCompare()
    }
}
