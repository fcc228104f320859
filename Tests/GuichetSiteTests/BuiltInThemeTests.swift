import Foundation
@testable import GuichetRender
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// The default theme travels in the binary, generated from Themes/default at build time: a site needs no
/// Themes/ folder, and one that has Themes/default or its own theme overrides files by name.
struct BuiltInThemeTests {
    @Test func theBuiltInThemeIsThemesDefaultByteForByte() throws {
        let folder = Paths.themes + "/default"
        let onDisk = Theme.files(in: folder)
        #expect(onDisk.sorted() == Theme.builtIn.keys.sorted())
        for path in onDisk {
            #expect(FileManager.default.contents(atPath: folder + "/" + path) == Theme.builtIn[path], "\(path)")
        }
    }

    @Test func aSiteWithoutThemesUsesTheBuiltInThemeAndMayOverrideAFile() throws {
        let folder = try TemporaryFolder("builtin-theme")
        defer { folder.remove() }
        try folder.write([
            "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
            "Content/aide/_index.md": "---\ntitle: Aide\ndescription: De l’aide.\n---\nDe l’aide.\n",
            "Content/aide/question.md": "---\ntitle: Une question\ndescription: Une réponse.\n---\nUne réponse.\n",
        ])
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.themesDirectory = folder.sub("Themes")
        let report = try SiteBuilder(options: options).build()
        #expect(report.published, "\(report.diagnostics)")
        let page = readText(folder.sub("Output/aide/question/index.html"))
        #expect(page.contains("<h1>Une question</h1>"))
        #expect(FileManager.default.contents(atPath: folder.sub("Output/assets/style.css")) == Theme.builtIn["assets/style.css"])

        // Themes/default/assets/style.css of the site replaces the built-in one, and nothing else changes.
        try folder.write(["Themes/default/assets/style.css": "body{color:red}\n"])
        #expect(try SiteBuilder(options: options).build().published)
        #expect(readText(folder.sub("Output/assets/style.css")) == "body{color:red}\n")
        #expect(readText(folder.sub("Output/aide/question/index.html")).contains("<h1>Une question</h1>"))
    }

    @Test func aNamedThemeThatIsNotThereIsStillAnError() {
        let (theme, diagnostics) = Theme.load(themesDirectory: "/nonexistent/Themes", name: "marche")
        #expect(theme == nil)
        #expect(diagnostics.map(\.message) == ["theme 'marche' not found"])
    }
}
