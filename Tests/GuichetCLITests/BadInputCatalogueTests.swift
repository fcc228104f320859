import Foundation
import GuichetTestSupport
import Testing

// The catalogue of bad inputs: what `guichet build` answers to each mistake an editor (or a truncated file,
// or a hostile one) can make. See docs/robustness.md for the table of what is refused and why.
//
// One folder per case under Tests/GuichetCLITests/BadInputs/<case>/: a `Content/` (a category and an
// article), a `guichet.yml`, and `expected.txt`: the lines of standard error that start a finding
// (`Content/x/y.md:L:C: error: message [code]`, i.e. the lines not starting with a space), then the final
// line of the command, then `exit N`. The site-wide `[uncovered-rule]` warnings (one per rule of the book no
// article explains) are left out: they depend on the rule book, not on the case. The temporary output
// folder is printed as `Output`.
//
// RECORD: `GUICHET_RECORD=1 swift test --filter BadInputCatalogue` rewrites every expected.txt from what the
// build prints now, except the cases in `handCorrected`, whose expectation states what the tool SHOULD
// print (they fail until the bug is fixed). Read every recorded file before committing it.
//
// Cases that cannot be committed as files (a 50 MB article, a symbolic link to a file outside, a broken
// theme, an output folder that cannot be created) are made in code in a temporary folder, below.
@Suite struct BadInputCatalogueTests {
    static let catalogue = CLI.packageRoot.appendingPathComponent("Tests/GuichetCLITests/BadInputs")
    static let themes = CLI.packageRoot.appendingPathComponent("Themes").path
    static let asOf = "2026-11-28"
    static let recording = ProcessInfo.processInfo.environment["GUICHET_RECORD"] == "1"

    /// Expectations written by hand because what the build prints now is wrong or unhelpful (bugs):
    /// - yaml-unclosed-quote: reported at the end of the front-matter (4:27, on the innocent `rules:` line,
    ///   "found unexpected end of stream") instead of at the quote that is never closed (2:8). The place is
    ///   the point; the wording of the expectation may follow whatever message the fix chooses.
    static let handCorrected: Set<String> = ["yaml-unclosed-quote"]

    /// Every case folder, sorted.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: catalogue.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: catalogue.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }()

    // MARK: - Running a build

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The `--output` folder.
        let output: String
        /// The temporary folder made to hold the output, removed by `cleanUp`.
        let scratch: URL?

        /// The lines that start a finding, the final line, and `exit N`: what expected.txt holds.
        var kept: [String] {
            stderr.replacingOccurrences(of: output + "/", with: "Output/")
                .split(separator: "\n", omittingEmptySubsequences: true)
                .filter { !$0.hasPrefix(" ") && !$0.hasSuffix("[uncovered-rule]") }
                .map(String.init) + ["exit \(status)"]
        }

        /// Error findings of the full output that are not followed by a `  fix:` line.
        var errorsWithoutFix: [String] {
            let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            var missing: [String] = []
            for (index, line) in lines.enumerated() where line.contains(": error: ") && line.hasSuffix("]") {
                let rest = lines[(index + 1)...].prefix { $0.hasPrefix(" ") }
                if !rest.contains(where: { $0.hasPrefix("  fix: ") }) { missing.append(line) }
            }
            return missing
        }
    }

    /// `guichet build --content Content --themes THEMES --output <temp>/Output --as-of 2026-11-28`, run in
    /// `directory` (so that paths print as `Content/…`). The output and the build cache go to a fresh temporary
    /// folder, never into the case folder.
    static func build(in directory: URL, themes: String = themes, output: String? = nil) throws -> Outcome {
        let scratch = try temporaryFolder("bad-input-output")
        let output = output ?? scratch.appendingPathComponent("Output").path
        let result = try run(["build", "--content", "Content", "--themes", themes, "--output", output, "--as-of", asOf,
                              "--cache", scratch.appendingPathComponent("cache").path], in: directory)
        return Outcome(status: result.status, stdout: result.stdout, stderr: result.stderr, output: output, scratch: scratch)
    }

    /// Removes the temporary folder made for the output.
    static func cleanUp(_ outcome: Outcome) {
        if let scratch = outcome.scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    // MARK: - The committed cases

    @Test func theCatalogueHoldsEveryCase() {
        #expect(Self.cases == [
            "accessibility-audit-too-old", "accessibility-statement-without-rgaa-fields",
            "alias-absolute-url", "alias-dot-dot", "alias-duplicates-url", "alias-space", "alias-uppercase",
            "byte-order-mark", "category-without-index", "draft-oui", "empty-file", "empty-reference", "file-name-space-capitals",
            "front-matter-is-a-list", "front-matter-not-closed", "impossible-date", "invalid-utf8", "latin1-accent",
            "legal-email-missing", "legal-email-not-an-address", "link-to-closed-odr-platform", "link-url-dead", "mistyped-reference-no-cascade", "nested-reference",
            "not-ready-base-url-localhost", "not-ready-example-settings", "not-ready-skeleton", "override-inside-a-line", "override-unknown-code", "override-unused",
            "override-without-reason", "raw-html-script", "reference-not-closed", "reviewed-impossible-date", "settings-without-legal-notices", "theme-prints-title-raw",
            "title-is-a-list", "unknown-front-matter-key", "vat-not-the-sirens", "windows-line-endings", "windows-line-endings-error", "yaml-does-not-parse",
            "yaml-unclosed-list", "yaml-unclosed-quote",
        ])
    }

    @Test(arguments: cases)
    func eachCaseGivesItsExpectedAnswer(_ name: String) throws {
        let folder = Self.catalogue.appendingPathComponent(name)
        // A case about a theme carries the templates it overrides, in its own Themes/default/.
        let ownThemes = folder.appendingPathComponent("Themes")
        let outcome = try Self.build(in: folder, themes: FileManager.default.fileExists(atPath: ownThemes.path) ? "Themes" : Self.themes)
        defer { Self.cleanUp(outcome) }
        let actual = outcome.kept.joined(separator: "\n") + "\n"
        let expectedFile = folder.appendingPathComponent("expected.txt")
        if Self.recording && !Self.handCorrected.contains(name) {
            try Data(actual.utf8).write(to: expectedFile)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual == expected, """
            \(name): the build's answer differs from expected.txt
            --- expected
            \(expected)--- actual
            \(actual)--- full standard error
            \(outcome.stderr)
            """)

        // Every error tells the editor how to fix it.
        #expect(outcome.errorsWithoutFix.isEmpty, "\(name): errors without a fix: \(outcome.errorsWithoutFix)")

        let fm = FileManager.default
        let parent = (outcome.output as NSString).deletingLastPathComponent
        // No staging folder is ever left beside the output.
        let beside = (try? fm.contentsOfDirectory(atPath: parent)) ?? []
        #expect(beside.allSatisfy { !$0.hasPrefix(".Output.building-") }, "\(name): left \(beside)")
        if outcome.status == 0 {
            #expect(fm.fileExists(atPath: outcome.output + "/retractation/delai/index.html"))
        } else {
            // Nothing published.
            #expect(!fm.fileExists(atPath: outcome.output), "\(name): an output folder was created by a failed build")
        }
        // The case folder itself is never written into.
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    /// Accepted inputs are read as the editor meant them: no byte-order mark in the title, no carriage return
    /// in the page.
    @Test(arguments: ["byte-order-mark", "windows-line-endings"])
    func acceptedEncodingsGiveTheSamePage(_ name: String) throws {
        let outcome = try Self.build(in: Self.catalogue.appendingPathComponent(name))
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOfFile: outcome.output + "/retractation/delai/index.html", encoding: .utf8)
        #expect(page.contains("<h1>Délai de rétractation</h1>"))
        #expect(!page.contains("\u{FEFF}"))
        #expect(!page.contains("\r"))
        #expect(page.contains("à compter de la réception"), "the reference is rendered")
    }

    /// Raw HTML written in Markdown is dropped (allow_raw_html is off): the script does not reach the page.
    @Test func rawHTMLDoesNotReachThePage() throws {
        let outcome = try Self.build(in: Self.catalogue.appendingPathComponent("raw-html-script"))
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOfFile: outcome.output + "/retractation/delai/index.html", encoding: .utf8)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("onerror="))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("onclick="))
        #expect(page.contains("à compter de la réception pour changer d’avis"), "the rest of the article is published")
    }

    // MARK: - Cases made in code

    static let guichetYML = Publisher.settings("title: Aide\nbase_url: https://aide.boutique-test.fr/\ncontact_form: https://example.fr/contact\n")
    static let categoryIndex = "---\ntitle: Rétractation\ndescription: \"Changer d’avis après un achat.\"\norder: 1\n---\nTout sur la rétractation.\n"
    static let article = """
        ---
        title: Délai de rétractation
        description: "Le délai pour changer d’avis."
        rules: [withdrawal.period]
        ---
        Vous disposez de {{ withdrawal.period }} pour changer d’avis.

        """

    /// A valid one-article site in a new temporary folder, with `article` as Content/retractation/delai.md.
    static func site(_ label: String, article: String = article) throws -> URL {
        let folder = try temporaryFolder(label)
        try write(guichetYML, to: folder.appendingPathComponent("guichet.yml"))
        try write(categoryIndex, to: folder.appendingPathComponent("Content/retractation/_index.md"))
        try write(article, to: folder.appendingPathComponent("Content/retractation/delai.md"))
        return folder
    }

    static func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    @Test func theValidSiteBuilds() throws {
        let folder = try Self.site("valid")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.build(in: folder)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.kept == ["exit 0"], "\(outcome.stderr)")
    }

    /// 50 MB of prose: refused before parsing, with the limit in the message.
    @Test func aFiftyMegabyteArticleIsRefused() throws {
        let folder = try Self.site("huge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = Data("Été comme hiver, à réception du colis, vous disposez de quatorze jours pour changer d’avis.\n\n".utf8)
        var data = Data(Self.article.utf8)
        let size = 50 * 1024 * 1024
        while data.count + paragraph.count <= size { data.append(paragraph) }
        data.append(Data(repeating: UInt8(ascii: "x"), count: size - data.count))
        #expect(data.count == size)
        try data.write(to: folder.appendingPathComponent("Content/retractation/delai.md"))

        let outcome = try Self.build(in: folder)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.kept == [
            "Content/retractation/delai.md:1:1: error: the file is 52428800 bytes, over the limit of 5242880 bytes (5 MB) for an article [file-too-large]",
            "error: 1 error; nothing was written to Output/",
            "exit 1",
        ], "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  fix: split it into several articles\n"))
    }

    /// Just over the limit, the message must not read "the file is 5 MB, over the 5 MB limit": it gives the
    /// exact size.
    @Test func aFileJustOverTheLimitSaysHowBigItIs() throws {
        let folder = try Self.site("over-limit")
        defer { try? FileManager.default.removeItem(at: folder) }
        var data = Data(Self.article.utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 5 * 1024 * 1024 + 100 * 1024 - data.count))
        try data.write(to: folder.appendingPathComponent("Content/retractation/delai.md"))

        let outcome = try Self.build(in: folder)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 1)
        let finding = try #require(outcome.kept.first { $0.hasSuffix("[file-too-large]") }, "\(outcome.stderr)")
        #expect(!finding.contains("the file is 5 MB, over the 5 MB limit"), "\(finding)")
    }

    /// A link inside Content/ to a file outside it: refused, never read nor published.
    @Test func aSymbolicLinkOutsideTheContentIsRefused() throws {
        let folder = try Self.site("symlink")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("secret.md")
        try Self.write(Self.article.replacingOccurrences(of: "Délai de rétractation", with: "Secret"), to: outside)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Content/retractation/lien.md").path,
                                                   withDestinationPath: outside.path)
        let outcome = try Self.build(in: folder)
        defer { Self.cleanUp(outcome) }
        let resolved = outside.resolvingSymlinksInPath().path
        #expect(outcome.kept == [
            "Content/retractation/lien.md: error: symbolic link points outside the content folder (to \(resolved)) [unsafe-path]",
            "error: 1 error; nothing was written to Output/",
            "exit 1",
        ], "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  fix: copy the file into the content folder instead of linking to it\n"))
        #expect(!FileManager.default.fileExists(atPath: outcome.output))
    }

    /// A copy of the repository's themes in a temporary folder, with `edit` applied to article.mustache.
    static func brokenThemes(_ edit: (String) -> String) throws -> URL {
        let folder = try temporaryFolder("themes")
        let themes = folder.appendingPathComponent("Themes")
        try FileManager.default.copyItem(atPath: Self.themes, toPath: themes.path)
        let template = themes.appendingPathComponent("default/templates/article.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit changed nothing")
        try Data(edited.utf8).write(to: template)
        return themes
    }

    /// `{{#article}}` left open: the theme is refused with a finding in article.mustache; nothing is
    /// published. The message must be readable by a theme author.
    @Test func aTemplateThatDoesNotParse() throws {
        let folder = try Self.site("bad-template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = try Self.brokenThemes { $0.replacingOccurrences(of: "\n{{/article}}\n", with: "\n") }
        defer { try? FileManager.default.removeItem(at: themes.deletingLastPathComponent()) }
        let outcome = try Self.build(in: folder, themes: themes.path)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 1)
        let findings = outcome.kept.filter { $0.contains(": error: ") }
        #expect(findings.count == 1, "\(outcome.stderr)")
        let finding = try #require(findings.first)
        // Where the section closes on the wrong name: `{{/ main }}`, line 46 of the edited template.
        #expect(finding.hasPrefix(themes.path + "/default/templates/article.mustache:46:5: error: template does not parse: "))
        #expect(finding.hasSuffix("[invalid-template]"))
        #expect(outcome.kept.suffix(2) == ["error: 1 error; nothing was written to Output/", "exit 1"])
        #expect(outcome.errorsWithoutFix.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: outcome.output))
        // Readable: no Swift identifier, and it says what is wrong with which section.
        #expect(!finding.contains("sectionCloseNameIncorrect"), "\(finding)")
        #expect(finding.contains("section"), "\(finding)")
    }

    /// `{{> inexistant }}`: swift-mustache would render nothing; the build refuses the theme instead.
    @Test func aTemplateNamingAPartialThatDoesNotExist() throws {
        let folder = try Self.site("bad-partial")
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = try Self.brokenThemes { $0.replacingOccurrences(of: "{{> feedback }}", with: "{{> inexistant }}") }
        defer { try? FileManager.default.removeItem(at: themes.deletingLastPathComponent()) }
        let template = themes.path + "/default/templates/article.mustache"
        let line = try #require(try String(contentsOfFile: template, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{> inexistant }}") }) + 1
        let outcome = try Self.build(in: folder, themes: themes.path)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.kept == [
            "\(template):\(line):1: error: template names 'inexistant', which does not exist [invalid-template]",
            "error: 1 error; nothing was written to Output/",
            "exit 1",
        ], "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  fix: create \(themes.path)/default/templates/inexistant.mustache or fix the name\n"))
        #expect(!FileManager.default.fileExists(atPath: outcome.output))
    }

    /// `{{% CONTENT_TYPE: TEXT }}` would turn the HTML escaping off in that template: refused.
    @Test func aTemplateSettingAPragma() throws {
        let folder = try Self.site("bad-pragma")
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = try Self.brokenThemes { $0.replacingOccurrences(of: "{{> feedback }}", with: "{{% CONTENT_TYPE: TEXT }}{{> feedback }}") }
        defer { try? FileManager.default.removeItem(at: themes.deletingLastPathComponent()) }
        let template = themes.path + "/default/templates/article.mustache"
        let line = try #require(try String(contentsOfFile: template, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("CONTENT_TYPE") }) + 1
        let outcome = try Self.build(in: folder, themes: themes.path)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.kept == [
            "\(template):\(line):1: error: templates may not set a pragma ('{{% … }}'): guichet chooses how values are escaped [invalid-template]",
            "error: 1 error; nothing was written to Output/",
            "exit 1",
        ], "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  fix: remove the tag; write '{{{ name }}}' only for the values the built-in templates ('guichet theme eject') write so\n"))
        #expect(!FileManager.default.fileExists(atPath: outcome.output))
    }

    /// `{{=<% %>=}}` would hide the tags after it from the theme check (`<%& title %>` prints text raw): refused.
    @Test func aTemplateChangingTheDelimiters() throws {
        let folder = try Self.site("bad-delimiters")
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = try Self.brokenThemes { $0.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "{{=<% %>=}}<h1><%& title %></h1><%={{ }}=%>") }
        defer { try? FileManager.default.removeItem(at: themes.deletingLastPathComponent()) }
        let template = themes.path + "/default/templates/article.mustache"
        let outcome = try Self.build(in: folder, themes: themes.path)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.kept == [
            "\(template):7:1: error: templates may not change the tag delimiters ('{{= … =}}'): guichet checks every tag a template prints [invalid-template]",
            "error: 1 error; nothing was written to Output/",
            "exit 1",
        ], "\(outcome.stderr)")
        #expect(outcome.stderr.contains("  fix: remove the tag and write the tags that follow with '{{ }}'\n"))
        #expect(!FileManager.default.fileExists(atPath: outcome.output))
    }

    /// `--output <a regular file>/Output`: exit 73 (EX_CANTCREAT), and the message names the folder asked
    /// for and why, in words. Permission bits are no
    /// test here: the tests run as root.
    @Test func anOutputFolderThatCannotBeCreated() throws {
        let folder = try Self.site("bad-output")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("un-fichier")
        try Self.write("pas un dossier\n", to: file)
        let output = file.appendingPathComponent("Output").path
        let outcome = try Self.build(in: folder, output: output)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 73, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let firstLine = String(outcome.stderr.split(separator: "\n").first { $0.hasPrefix("error: ") } ?? "")
        #expect(firstLine.hasPrefix("error: cannot write "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(file.path), "the message names the path: \(outcome.stderr)")
        #expect(outcome.stderr.contains("Not a directory"), "\(outcome.stderr)")
        #expect(firstLine.contains(output), "the message names the output folder asked for: \(outcome.stderr)")
        #expect(!outcome.stderr.contains("NSCocoaErrorDomain"), "the cause is in words: \(outcome.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "pas un dossier\n", "the file in the way is untouched")
    }

    // MARK: - Every value shown is escaped

    /// A title that tries to close the JSON-LD script and open another, a description with markup: the
    /// values are shown as text everywhere (HTML, attributes, JSON-LD, the search index), never as markup.
    @Test func everyValueShownIsEscaped() throws {
        let title = #"</script><script>alert(1)</script> & "quotes""#
        let description = "Une description avec <b>gras</b> & co."
        let folder = try Self.site("escaping", article: """
            ---
            title: '\(title)'
            description: "\(description)"
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }} pour changer d’avis.

            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.build(in: folder)
        defer { Self.cleanUp(outcome) }
        #expect(outcome.status == 0, "\(outcome.stderr)")

        // No page of the site (article, category, home, 404, rules) carries the markup.
        let fm = FileManager.default
        let pages = (fm.enumerator(atPath: outcome.output)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 4)
        for page in pages {
            let html = try String(contentsOfFile: outcome.output + "/" + page, encoding: .utf8)
            #expect(!html.contains("<script>alert"), "\(page)")
            #expect(!html.contains("<b>gras"), "\(page)")
        }

        let html = try String(contentsOfFile: outcome.output + "/retractation/delai/index.html", encoding: .utf8)
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; "), "the title is shown as text")
        #expect(html.contains("&lt;b&gt;gras&lt;/b&gt; &amp; co."), "the description is shown as text")

        // JSON-LD: `</script>` is written \u003c/script\u003e, and the block is JSON that gives the title back.
        let opening = #"<script type="application/ld+json">"#
        let start = try #require(html.range(of: opening))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let block = String(html[start.upperBound..<end.lowerBound])
        #expect(block.contains(#"\u003c/script\u003e"#))
        let jsonLD = try JSONSerialization.jsonObject(with: Data(block.utf8))
        #expect(Self.strings(in: jsonLD).contains(title), "the JSON-LD holds the title as data")

        // The search's fragments parse and hold the title and the description as data.
        let fragmentFolder = outcome.output + "/recherche/pages"
        let fragments = try FileManager.default.contentsOfDirectory(atPath: fragmentFolder)
        #expect(!fragments.isEmpty)
        for name in fragments {
            let data = try Data(contentsOf: URL(fileURLWithPath: fragmentFolder + "/" + name))
            let strings = Self.strings(in: try JSONSerialization.jsonObject(with: data))
            #expect(strings.contains(title))
            #expect(strings.contains(description))
            #expect(!String(decoding: data, as: UTF8.self).contains("<"), "\(name) is safe to inline in HTML too")
        }
    }

    /// Every string value in a JSON document, recursively.
    static func strings(in json: Any) -> [String] {
        switch json {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap { strings(in: $0) }
        case let d as [String: Any]: return d.values.flatMap { strings(in: $0) }
        default: return []
        }
    }
}
