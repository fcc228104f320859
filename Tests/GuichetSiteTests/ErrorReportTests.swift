import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// Sites with mistakes, written from strings into temporary folders: each mistake is reported with its
/// code, its file, its line and character column, a message and a fix; nothing is published.
@Suite struct ErrorReportTests {
    /// A small valid site; a test replaces or adds files.
    static let validSite: [String: String] = [
        "guichet.yml": Publisher.settings("""
            title: Aide
            base_url: https://aide.example.fr/
            contact_form: https://example.fr/contact

            """),
        "Content/retractation/_index.md": """
            ---
            title: Rétractation
            description: "Changer d’avis."
            order: 1
            ---
            Tout sur la rétractation.

            """,
        "Content/retractation/delai.md": """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            order: 1
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }}.

            """,
        "Content/retractation/autre.md": """
            ---
            title: Autre article
            description: "Un autre article, avec des titres."
            order: 2
            ---
            ## Exemples

            Quelques exemples.

            """,
        "Content/retractation/brouillon.md": """
            ---
            title: Brouillon
            description: "Pas encore publié."
            draft: true
            ---
            En cours d’écriture.

            """,
        "Content/contact/_index.md": """
            ---
            title: Contact
            description: "Nous joindre."
            order: 2
            ---
            Nous joindre.

            """,
    ]

    struct Built {
        let folder: TemporaryFolder
        let report: SiteBuilder.Report
        var content: String { folder.sub("Content") }
        var output: String { folder.sub("Output") }

        func errors(_ code: DiagnosticCode) -> [Diagnostic] {
            report.diagnostics.filter { $0.code == code && $0.severity == .error }
        }
    }

    /// Builds the valid site with `changes` applied (a nil value removes the file), then runs `body`.
    static func build(_ changes: [String: String?], _ body: (Built) throws -> Void) throws {
        let folder = try TemporaryFolder("errors")
        defer { folder.remove() }
        var files = validSite
        for (path, text) in changes { files[path] = text }
        try folder.write(files)
        let report = try SiteBuilder(options: buildOptions(content: folder.sub("Content"), output: folder.sub("Output"))).build()
        try body(Built(folder: folder, report: report))
    }

    @Test func theValidSiteBuilds() throws {
        try Self.build([:]) { built in
            let errors = built.report.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(DiagnosticFormat.text.render(errors, sources: built.report.sources))")
            #expect(built.report.published)
        }
    }

    // MARK: - References

    @Test func unknownReferenceAfterAccentedText() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis.

            Première ligne du paragraphe, sans référence ;
            deuxième ligne : un délai de {{ withdrawal.periode.value }} après réception.

            | Saison | Délai |
            |---|---|
            | Été | {{ withdrawl.period }} |

            Le vrai délai : {{ withdrawal.period }}.

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let file = built.content + "/retractation/delai.md"
            let unknown = built.errors(.unknownReference)
            #expect(unknown.count == 3)
            #expect(!built.report.published)

            let first = try #require(unknown.first { $0.line == 6 })
            #expect(first.file == file)
            // 47 characters precede « {{ » on the line (51 bytes: é, é, à, é are two bytes each).
            #expect(first.column == 48)
            #expect(first.message == "unknown rule or function 'withdrawal.perod'")
            #expect(first.fix == "did you mean '{{ withdrawal.period }}'?")
            #expect(first.rule == "withdrawal.perod")

            // On the second line of a paragraph, the line is that line and the column is counted on it.
            let second = try #require(unknown.first { $0.message.contains("withdrawal.periode.value") })
            #expect(second.line == 9)
            #expect(second.column == 30)
            #expect(second.fix == "did you mean '{{ withdrawal.period.value }}'?")

            // In a table cell.
            let cell = try #require(unknown.first { $0.message.contains("withdrawl.period") })
            #expect(cell.line == 13)
            #expect(cell.column == 9)
            #expect(cell.fix == "did you mean '{{ withdrawal.period }}'?")
        }
    }

    @Test func undeclaredRule() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }}.

            À noter : appelez le {{ contact.phone.number }} en semaine.

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let found = built.errors(.undeclaredRule)
            #expect(found.count == 1)
            let d = try #require(found.first)
            #expect(d.file == built.content + "/retractation/delai.md")
            #expect(d.line == 8)
            #expect(d.column == 22)
            #expect(d.message == "'{{ contact.phone.number }}' relies on rule 'contact.phone.number', which the front-matter does not list")
            #expect(d.fix == "add 'contact.phone.number' to 'rules:' in the front-matter")
            #expect(d.rule == "contact.phone.number")
            #expect(!built.report.published)
        }
    }

    /// Two identical mistakes on one line are two findings, each at its own column.
    @Test func twoIdenticalMistakesOnOneLineHaveTheirOwnColumns() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Délai : {{ withdrawal.perod }} ou {{ withdrawal.perod }}.

            Vous disposez de {{ withdrawal.period }}.

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let found = built.errors(.unknownReference)
            #expect(found.count == 2)
            #expect(found.map(\.line) == [6, 6])
            #expect(found.map(\.column) == [9, 35])
        }
    }

    // MARK: - Links

    @Test func brokenLinkAndBrokenAnchor() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }}.

            Voir [le délai détaillé](dela.md) et [les exemples](autre.md#exemple).

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let file = built.content + "/retractation/delai.md"
            let link = try #require(built.errors(.brokenLink).first)
            #expect(built.errors(.brokenLink).count == 1)
            #expect(link.file == file)
            #expect(link.line == 8)
            #expect(link.column == 26)
            #expect(link.message == "link to 'dela.md' leads to no article")
            #expect(link.fix == "did you mean 'delai.md'?")

            let anchor = try #require(built.errors(.brokenAnchor).first)
            #expect(built.errors(.brokenAnchor).count == 1)
            #expect(anchor.file == file)
            #expect(anchor.line == 8)
            #expect(anchor.column == 53)
            #expect(anchor.message == "'#exemple' is not a heading of retractation/autre.md")
            #expect(anchor.fix == "did you mean '#exemples'?")
            #expect(!built.report.published)
        }
    }

    @Test func linkToADraft() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }}.
            Lisez aussi [le brouillon](brouillon.md).

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let d = try #require(built.errors(.linkToDraft).first)
            #expect(d.file == built.content + "/retractation/delai.md")
            #expect(d.line == 7)
            #expect(d.column == 28)
            #expect(d.message == "link to 'brouillon.md', which is a draft")
            #expect(d.fix == "publish it (draft: false) or remove the link")
            #expect(!built.report.published)
        }
    }

    // MARK: - Aliases

    @Test func aliasCollidingWithARealPage() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            aliases: [/retractation/autre/]
            ---
            Vous disposez de {{ withdrawal.period }}.

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let d = try #require(built.errors(.duplicateURL).first)
            #expect(built.errors(.duplicateURL).count == 1)
            #expect(d.file == built.content + "/retractation/delai.md")
            #expect(d.line == 5)
            #expect(d.column == 11)
            #expect(d.message == "alias '/retractation/autre/' is already the address of \(built.content)/retractation/autre.md")
            #expect(d.fix == "remove the alias, or choose another old address")
            #expect(!built.report.published)
        }
    }

    @Test func duplicateAlias() throws {
        let first = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            order: 1
            rules: [withdrawal.period]
            aliases: [/ancien-delai/]
            ---
            Vous disposez de {{ withdrawal.period }}.

            """
        let second = """
            ---
            title: Autre article
            description: "Un autre article, avec des titres."
            order: 2
            aliases: [/faq/, /ancien-delai/]
            ---
            ## Exemples

            """
        try Self.build(["Content/retractation/delai.md": first, "Content/retractation/autre.md": second]) { built in
            let found = built.errors(.duplicateURL)
            #expect(found.count == 1)
            let d = try #require(found.first)
            #expect(d.file == built.content + "/retractation/autre.md")
            #expect(d.line == 5)
            #expect(d.column == 18)
            #expect(d.message == "alias '/ancien-delai/' is already the address of \(built.content)/retractation/delai.md")
            #expect(!built.report.published)
        }
    }

    /// An alias that names a file the build itself writes (sitemap.xml, regles.html, 404.html…) is a mistake
    /// in the content: a duplicate-url finding at the alias, and nothing thrown.
    @Test(arguments: ["/sitemap.xml/", "/regles.html/", "/404.html/"])
    func anAliasOnAGeneratedFileIsAContentError(alias: String) throws {
        let folder = try TemporaryFolder("alias-file")
        defer { folder.remove() }
        var files = Self.validSite
        files["Content/retractation/delai.md"] = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            aliases: [\(alias)]
            ---
            Vous disposez de {{ withdrawal.period }}.

            """
        try folder.write(files)
        let builder = SiteBuilder(options: buildOptions(content: folder.sub("Content"), output: folder.sub("Output")))
        let report: SiteBuilder.Report
        do {
            report = try builder.build()
        } catch {
            Issue.record("alias \(alias): the build threw instead of reporting the alias: \(error)")
            return
        }
        let d = report.diagnostics.first { $0.severity == .error && $0.code == .duplicateURL }
        #expect(d?.line == 5)
        #expect(d?.column == 11)
        #expect(!report.published)
    }

    // MARK: - Structure and front-matter

    @Test func categoryWithoutIndex() throws {
        let article = """
            ---
            title: Orphelin
            description: "Un article sans rubrique."
            ---
            Texte.

            """
        try Self.build(["Content/vide/orphelin.md": article]) { built in
            let d = try #require(built.errors(.missingCategoryIndex).first)
            #expect(d.file == built.content + "/vide")
            #expect(d.line == 0)
            #expect(d.column == 0)
            #expect(d.message == "category 'vide' has no _index.md")
            #expect(d.fix == "create \(built.content)/vide/_index.md with a title, a description and an order")
            #expect(!built.report.published)
        }
    }

    @Test func unknownFrontMatterKey() throws {
        let article = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            reviwed: 2026-11-02
            ---
            Vous disposez de {{ withdrawal.period }}.

            """
        try Self.build(["Content/retractation/delai.md": article]) { built in
            let d = try #require(built.errors(.unknownKey).first)
            #expect(d.file == built.content + "/retractation/delai.md")
            #expect(d.line == 5)
            #expect(d.column == 1)
            #expect(d.message == "unknown key 'reviwed' in front-matter")
            #expect(d.fix == "did you mean 'reviewed'?")
            #expect(!built.report.published)
        }
    }

    // MARK: - Nothing is published, and every error is reported

    @Test func aFailedBuildLeavesTheOutputAsItWas() throws {
        let folder = try TemporaryFolder("untouched")
        defer { folder.remove() }
        var files = Self.validSite
        files["Content/retractation/delai.md"] = files["Content/retractation/delai.md"]!
            .replacingOccurrences(of: "{{ withdrawal.period }}", with: "{{ withdrawal.perod }}")
        files["Output/marqueur.txt"] = "la version précédente du site\n"
        try folder.write(files)
        let before = try FileManager.default.attributesOfItem(atPath: folder.sub("Output/marqueur.txt"))

        let report = try SiteBuilder(options: buildOptions(content: folder.sub("Content"), output: folder.sub("Output"))).build()
        #expect(!report.published)
        #expect(report.pagesWritten == 0)
        #expect(report.errorCount == 1)
        #expect(relativeFiles(in: folder.sub("Output")) == ["marqueur.txt"])
        #expect(readText(folder.sub("Output/marqueur.txt")) == "la version précédente du site\n")
        let after = try FileManager.default.attributesOfItem(atPath: folder.sub("Output/marqueur.txt"))
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        // No staging folder was left beside it.
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(beside == ["Content", "Output", "guichet.yml"])
    }

    @Test func everyErrorIsReportedNotOnlyTheFirst() throws {
        let delai = """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            order: 1
            rules: [withdrawal.period]
            aliases: [/retractation/autre/, /ancien/]
            reviwed: 2026-11-02
            ---
            Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis.

            À noter : appelez le {{ contact.phone.number }} en semaine.

            Voir [le délai détaillé](dela.md) et [les exemples](autre.md#exemple).
            Lisez aussi [le brouillon](brouillon.md).

            """
        let autre = """
            ---
            title: Autre article
            description: "Un autre article, avec des titres."
            order: 2
            aliases: [/ancien/]
            ---
            ## Exemples

            """
        let orphan = """
            ---
            title: Orphelin
            description: "Un article sans rubrique."
            ---
            Texte.

            """
        try Self.build([
            "Content/retractation/delai.md": delai, "Content/retractation/autre.md": autre, "Content/vide/orphelin.md": orphan,
        ]) { built in
            let codes = built.report.diagnostics.filter { $0.severity == .error }.map(\.code)
            let expected: [DiagnosticCode: Int] = [
                .unknownReference: 1, .undeclaredRule: 1, .brokenLink: 1, .brokenAnchor: 1, .linkToDraft: 1,
                .duplicateURL: 2, .missingCategoryIndex: 1, .unknownKey: 1,
            ]
            for (code, count) in expected {
                #expect(codes.filter { $0 == code }.count == count, "\(code.rawValue)")
            }
            #expect(built.report.errorCount == 9)
            #expect(!built.report.published)
            #expect(!FileManager.default.fileExists(atPath: built.output))
            // The report is sorted by file, then position.
            #expect(built.report.diagnostics == built.report.diagnostics.sorted())
            let text = DiagnosticFormat.text.render(built.report.diagnostics, sources: built.report.sources)
            #expect(text.components(separatedBy: ": error: ").count - 1 == 9)
        }
    }
}
