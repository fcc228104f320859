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

    @Test func anEditedArticlesPageIsTheOneTheBuildWrites() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        try work.buildBothAndCompare()
        let article = work.content + "/retractation/delai.md"
        let page = work.folder.sub("Output/retractation/delai/index.html")

        #expect(builder(work).renderAhead([article]) == [], "unchanged bytes: nothing to render")
        // Saved in place, as some editors do.
        try Data(readText(article).replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis.").utf8)
            .write(to: URL(fileURLWithPath: article))
        #expect(builder(work).renderAhead([article]) == ["retractation/delai/index.html"])
        let ahead = readText(page)
        #expect(ahead.contains("pour changer d’avis."))

        let built = try work.buildBothAndCompare()
        #expect(readText(page) == ahead, "the build wrote the same page")
        #expect(built.changedFiles.contains("retractation/delai/index.html"))
    }

    @Test func whatTheOutlineOrTheBuildMustSayWaits() throws {
        let work = try Workspace(inMemory: true)
        defer { work.folder.remove() }
        #expect(builder(work).renderAhead([work.content + "/retractation/delai.md"]) == nil, "no build yet")
        try work.buildBothAndCompare()
        let article = work.content + "/retractation/delai.md"
        let original = readText(article)
        func attempt(_ change: (String) -> String) throws -> [String]? {
            try change(original).write(toFile: article, atomically: true, encoding: .utf8)
            return builder(work).renderAhead([article])
        }
        #expect(try attempt { $0.replacingOccurrences(of: "title: Délai", with: "title: Le délai") } == nil,
                "a title shows on other pages")
        #expect(try attempt { $0.replacingOccurrences(of: "order: 1", with: "order: 5") } == nil, "the order of the listings")
        #expect(try attempt { $0 + "\n{{ withdrawal.inconnue }}\n" } == nil, "an error: the build reports it")
        try original.write(toFile: article, atomically: true, encoding: .utf8)
        try work.write("Content/retractation/nouveau.md", "---\ntitle: Nouveau\ndescription: Un article.\n---\nTexte.\n")
        #expect(builder(work).renderAhead([work.content + "/retractation/nouveau.md"]) == nil, "a file the last build did not read")
        #expect(builder(work).renderAhead([work.themes + "/default/templates/article.mustache"]) == nil, "a template")
        #expect(builder(work).renderAhead([work.config]) == nil, "the settings")
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
        #expect(builder(work).renderAhead([article]) == ["retractation/delai/index.html"])
        try original.write(toFile: article, atomically: true, encoding: .utf8)
        try work.buildBothAndCompare()
        #expect(!readText(work.folder.sub("Output/retractation/delai/index.html")).contains("pour réfléchir."))
    }
}
