import Foundation
import GuichetContent
@testable import GuichetRender
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// Links written as the site's URLs (pasted from the browser) are checked as the `.md` links are: resolved as
/// a browser resolves them from the page's own URL, each must lead to a page or file the build writes; a dead
/// one is an error at its file, line and column, with the closest address spelt as the editor spelt it.
@Suite struct URLLinkTests {
    /// `Content/retractation/delai.md`, whose page is `/retractation/delai/`, with `line` as its last paragraph
    /// (line 8 of the file).
    static func article(_ line: String) -> String {
        """
        ---
        title: Délai de rétractation
        description: "Le délai pour changer d’avis."
        rules: [withdrawal.period]
        ---
        Vous disposez de {{ withdrawal.period }}.

        \(line)

        """
    }

    /// An article whose front-matter does not parse (its title's list is not closed).
    static let unreadable = "---\ntitle: [pas fermé\n---\nTexte.\n"

    /// The valid site with `changes`, written in a folder of its own, and the options that build it there
    /// (with the folder's Themes/ when `changes` write one). The caller removes the folder.
    static func site(_ name: String, _ changes: [String: String]) throws -> (folder: TemporaryFolder, options: BuildOptions) {
        let folder = try TemporaryFolder(name)
        var files = ErrorReportTests.validSite
        for (path, text) in changes { files[path] = text }
        try folder.write(files)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"))
        if changes.keys.contains(where: { $0.hasPrefix("Themes/") }) { options.themesDirectory = folder.sub("Themes") }
        return (folder, options)
    }

    static func links(_ line: String, changes: [String: String?] = [:]) throws -> [String] {
        var found: [String] = []
        var all = changes
        all["Content/retractation/delai.md"] = article(line)
        try ErrorReportTests.build(all) { built in
            found = built.report.diagnostics.filter { [.brokenLink, .brokenAnchor, .linkToDraft].contains($0.code) }.map {
                "\($0.line):\($0.column) \($0.severity) \($0.code.rawValue): \($0.message) | \($0.fix ?? "")"
            }
        }
        return found
    }

    /// The three links of the issue, adapted to this site: a root-relative URL to a page whose slug is
    /// longer, a root file that does not exist, a relative URL missing one `../` (it resolves under the
    /// article's own folder).
    @Test func deadURLsAreErrorsWithTheClosestPage() throws {
        let found = try Self.links("Voir [le délai](/retractation/del/), [x](/pas-de-page.html) et [z](../contact/telephone/).",
                                   changes: ["Content/contact/telephone.md": """
                                       ---
                                       title: Téléphone
                                       description: "Nous appeler."
                                       ---
                                       Appelez-nous.

                                       """])
        #expect(found == [
            "8:17 error broken-link: link to '/retractation/del/' leads to no page of the site | did you mean '/retractation/delai/'?",
            "8:42 error broken-link: link to '/pas-de-page.html' leads to no page of the site | copy the address of an existing page from the preview, or link to its .md file",
            "8:68 error broken-link: link to '../contact/telephone/' leads to no page of the site (from this page, a browser opens /retractation/contact/telephone/) | did you mean '../../contact/telephone/'?",
        ])
    }

    /// Every spelling of a working address passes: root-relative with or without `index.html` or the final
    /// slash, relative, base_url-absolute (either scheme), the home page with a search, generated pages,
    /// data and the theme's assets, an alias, a category.
    @Test func everySpellingOfAWorkingAddressPasses() throws {
        let line = [
            "[a](/retractation/autre/)", "[b](/retractation/autre/index.html)", "[c](/retractation/autre)",
            "[d](../autre/)", "[e](../../contact/)", "[f](https://aide.example.fr/retractation/autre/)",
            "[g](http://aide.example.fr/regles.html)", "[h](/?q=d%C3%A9lai)", "[i](/mentions-legales.html)",
            "[j](/assets/style.css)", "[k](/donnees/horaires.json)", "[l](/ancien-delai/)", "[m](./)",
            "[n](/retractation/)", "[o](https://ailleurs.example.org/page/)", "[p](mailto:aide@example.fr)",
            "[q](/formulaire-de-retractation.html)", "[r](/accessibilite.html)", "[s](/nouveautes.xml)", "[t](/)",
        ].joined(separator: " ")
        let found = try Self.links(line, changes: ["Content/retractation/autre.md": """
            ---
            title: Autre article
            description: "Un autre article, avec des titres."
            order: 2
            aliases: [/ancien-delai/]
            ---
            ## Exemples

            Quelques exemples.

            """])
        #expect(found == [])
    }

    /// An article whose front-matter does not parse is one finding at its file: links to it, as a file, as a
    /// URL, with an anchor, are not reported broken on top of it; a link to a file that does not exist still is.
    @Test func linksToAnArticleThatDoesNotReadAreNotBroken() throws {
        let found = try Self.links("[a](autre.md) [b](/retractation/autre/) [c](autre.md#exemples) [d](absent.md)",
                                   changes: ["Content/retractation/autre.md": Self.unreadable])
        #expect(found == ["8:68 error broken-link: link to 'absent.md' leads to no article | did you mean 'autre.md'?"])
        var files: [String] = []
        try ErrorReportTests.build(["Content/retractation/delai.md": Self.article("[a](autre.md)"), "Content/retractation/autre.md": Self.unreadable]) { built in
            files = built.report.diagnostics.filter { $0.severity == .error }.map(\.file)
        }
        #expect(files.count == 1 && files[0].hasSuffix("Content/retractation/autre.md"), "the article's own finding, and only it: \(files)")
    }

    /// An article that stops reading and one that is gone leave the same heads; nothing may take one for the
    /// other: once the file is deleted, the link to it is broken again. (The outline's fingerprint need not
    /// name the unread articles: a build that has one stops on its finding and saves no cache.)
    @Test func anArticleThatStopsReadingThenGoesIsABrokenLinkThen() throws {
        let (folder, options) = try Self.site("unread-then-gone", ["Content/retractation/delai.md": Self.article("[a](autre.md)"),
                                                                   "Content/retractation/autre.md": Self.unreadable])
        defer { folder.remove() }
        let first = try SiteBuilder(options: options).build()
        #expect(!first.diagnostics.contains { $0.code == .brokenLink })
        try FileManager.default.removeItem(atPath: folder.sub("Content/retractation/autre.md"))
        let second = try SiteBuilder(options: options).build()
        #expect(second.diagnostics.filter { $0.code == .brokenLink }.map(\.message) == ["link to 'autre.md' leads to no article"])
    }

    /// A theme whose templates do not compile still names its assets (they are read before the templates are
    /// compiled, `ReadSite.outline`): a link to one is not reported broken on top of the template's own finding.
    @Test func aLinkToAnAssetOfAThemeThatDoesNotCompileIsNotBroken() throws {
        let (folder, options) = try Self.site("theme-assets", [
            "Content/retractation/delai.md": Self.article("[j](/assets/style.css) [k](/assets/nulle-part.css)"),
            "Themes/default/templates/article.mustache": "{{# oops }}\n"])
        defer { folder.remove() }
        let report = try SiteBuilder(options: options).build()
        #expect(report.diagnostics.contains { $0.code == .invalidTemplate && $0.file.hasSuffix("article.mustache") })
        #expect(report.diagnostics.filter { $0.code == .brokenLink }.map(\.message)
                == ["link to '/assets/nulle-part.css' leads to no page of the site"])
        #expect(!report.published)
    }

    /// The anchor of a URL is checked against the page's headings, and a URL to a draft is a link to a draft.
    @Test func anchorsAndDraftsOfURLsAreCheckedAsForMarkdownLinks() throws {
        let found = try Self.links("[a](/retractation/autre/#exemple) [b](../brouillon/) [c](https://aide.example.fr/retractation/autre/#exemples)")
        #expect(found == [
            "8:5 error broken-anchor: '#exemple' is not a heading of retractation/autre.md | did you mean '#exemples'?",
            "8:39 error link-to-draft: link to '../brouillon/', which is a draft | publish it (draft: false) or remove the link",
        ])
    }

    /// base_url-absolute, to a page that does not exist: the suggestion keeps the address whole; a
    /// root-relative path to the Markdown file is no URL of the site.
    @Test func absoluteURLsAndMarkdownPathsFromTheRoot() throws {
        let found = try Self.links("[a](https://aide.example.fr/retractation/autres/) [b](/retractation/autre.md)")
        #expect(found == [
            "8:5 error broken-link: link to 'https://aide.example.fr/retractation/autres/' leads to no page of the site | did you mean 'https://aide.example.fr/retractation/autre/'?",
            "8:55 error broken-link: link to '/retractation/autre.md' leads to no page of the site | link to the file relative to this one: 'autre.md'",
        ])
    }

    /// A site published under a folder: a URL from the host's root without the folder leaves the help
    /// centre; with it, it is checked.
    @Test func aSiteUnderAFolder() throws {
        let settings = Publisher.settings("title: Aide\nbase_url: https://example.fr/aide/\ncontact_form: https://example.fr/contact\n")
        let found = try Self.links("[a](/retractation/autre/) [b](/aide/retractation/autre/) [c](/aide/retractation/autres/) [d](/boutique/)",
                                   changes: ["guichet.yml": settings])
        #expect(found == [
            "8:5 error broken-link: link to '/retractation/autre/' leads outside the help centre, whose pages are under /aide/ | did you mean '/aide/retractation/autre/'?",
            "8:62 error broken-link: link to '/aide/retractation/autres/' leads to no page of the site | did you mean '/aide/retractation/autre/'?",
        ])
    }

    @Test func browserResolution() {
        #expect(SiteURLs.removeDotSegments("/a/b/../c/./d") == "/a/c/d")
        #expect(SiteURLs.removeDotSegments("/a/../../x/") == "/x/")
        #expect(SiteURLs.removeDotSegments("/a/b/..") == "/a/")
        #expect(SiteURLs.strip(base: "https://aide.example.fr/", from: "http://AIDE.example.fr/regles.html") == "regles.html")
        #expect(SiteURLs.strip(base: "https://aide.example.fr/", from: "https://aide.example.fr") == "")
        #expect(SiteURLs.strip(base: "https://aide.example.fr/", from: "https://aide.example.org/") == nil)
    }
}
