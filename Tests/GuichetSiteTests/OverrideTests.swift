import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// `<!-- guichet-disable-next-line CODE -- reason -->` on whole sites: what it silences, what it refuses,
/// how the reports show it, and that no page ever shows it.
@Suite struct OverrideTests {
    static func article(_ body: String) -> [String: String?] {
        ["Content/retractation/delai.md": """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            order: 1
            rules: [withdrawal.period]
            ---
            Vous disposez de {{ withdrawal.period }}.

            \(body)
            """]
    }

    /// Line 9 is the first line of `body`.
    static let file = "retractation/delai.md"

    @Test func anOverrideSilencesItsCodeOnTheNextLineOnly() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- une offre commerciale, pas le délai légal -->
            Vous avez 30 jours pour vous rétracter.

            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let contradictions = built.report.diagnostics.filter { $0.code == .contradiction }
            #expect(contradictions.map(\.line) == [10, 12])
            let silenced = try #require(contradictions.first { $0.line == 10 })
            #expect(silenced.suppression == "une offre commerciale, pas le délai légal")
            #expect(silenced.rule == "withdrawal.period")
            #expect(contradictions.first { $0.line == 12 }?.isReported == true)
            #expect(built.report.errorCount == 1)
            #expect(built.report.suppressedCount == 1)
            #expect(!built.report.published)
        }
    }

    @Test func anOverriddenFindingNoLongerBlocksTheBuildAndNeverReachesTheHTML() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- une offre commerciale, pas le délai légal -->
            Vous avez 30 jours pour vous rétracter.
            """
        for allowRaw in [false, true] {
            var changes = Self.article(body)
            if allowRaw {
                changes["guichet.yml"] = Publisher.settings("title: Aide\nbase_url: https://aide.example.fr/\ncontact_form: https://example.fr/contact\nallow_raw_html: true\n")
            }
            try ErrorReportTests.build(changes) { built in
                #expect(built.report.errorCount == 0, "\(DiagnosticFormat.text.render(built.report.diagnostics, sources: built.report.sources))")
                #expect(built.report.published)
                let html = readText(built.output + "/retractation/delai/index.html")
                #expect(html.contains("Vous avez 30"))
                #expect(!html.contains("guichet-disable"))
                #expect(!html.contains("offre commerciale"))
            }
        }
    }

    @Test func otherCommentsStayWithRawHTMLAllowed() throws {
        var changes = Self.article("<!-- une note de rédaction -->\nTexte.")
        changes["guichet.yml"] = Publisher.settings("title: Aide\nbase_url: https://aide.example.fr/\ncontact_form: https://example.fr/contact\nallow_raw_html: true\n")
        try ErrorReportTests.build(changes) { built in
            #expect(readText(built.output + "/retractation/delai/index.html").contains("<!-- une note de rédaction -->"))
        }
    }

    @Test func severalCodesSilenceEachOfThemOnThatLine() throws {
        let body = """
            <!-- guichet-disable-next-line hard-coded-figure, contradiction -- exemple d’un ancien contrat -->
            Autrefois 14 jours pour vous rétracter, ou 30 jours pour vous rétracter chez certains.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let silenced = built.report.diagnostics.filter { !$0.isReported }
            #expect(Set(silenced.map(\.code)) == [.hardCodedFigure, .contradiction])
            #expect(built.report.diagnostics.filter { $0.code == .unusedOverride }.isEmpty)
        }
    }

    @Test func aMissingReasonIsAnErrorAndSilencesNothing() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -->
            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let invalid = try #require(built.errors(.invalidOverride).first)
            #expect(invalid.file.hasSuffix(Self.file))
            #expect((invalid.line, invalid.column) == (9, 6))
            #expect(invalid.message == "the override gives no reason")
            #expect(built.report.diagnostics.first { $0.code == .contradiction }?.isReported == true)
        }
    }

    @Test func anUnknownCodeIsAnErrorWithTheClosestCode() throws {
        let body = """
            <!-- guichet-disable-next-line contradicton -- une offre -->
            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let invalid = try #require(built.errors(.invalidOverride).first)
            #expect((invalid.line, invalid.column) == (9, 32))
            #expect(invalid.message == "unknown diagnostic code 'contradicton'")
            #expect(invalid.fix == "did you mean 'contradiction'?")
        }
    }

    @Test func anOverrideThatSilencesNothingIsAWarning() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- plus d’actualité -->
            Une phrase sans chiffre.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let unused = try #require(built.report.diagnostics.first { $0.code == .unusedOverride })
            #expect(unused.severity == .warning)
            #expect((unused.line, unused.column) == (9, 1))
            #expect(unused.message == "this override silences nothing: line 10 has no contradiction finding")
            #expect(built.report.published)
        }
    }

    /// Issue 28, point 7: an example copied with the wrong code silenced nothing, and the warning did not say
    /// which code the line has.
    @Test func anOverrideWithTheWrongCodeNamesTheCodeTheLineHas() throws {
        let body = """
            <!-- guichet-disable-next-line hard-coded-figure -- une offre commerciale -->
            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let unused = try #require(built.report.diagnostics.first { $0.code == .unusedOverride })
            #expect((unused.line, unused.column) == (9, 1))
            #expect(unused.message == "this override silences nothing: line 10 has no hard-coded-figure finding (it has 'contradiction')")
            #expect(unused.fix == "name the code the line has, such as 'contradiction', or remove the comment")
            #expect(built.errors(.contradiction).count == 1, "the finding is still reported")
        }
    }

    @Test func anOverrideInsideALineIsRefusedAndRemoved() throws {
        try ErrorReportTests.build(Self.article("Texte <!-- guichet-disable-next-line contradiction -- raison --> suite.")) { built in
            let invalid = try #require(built.errors(.invalidOverride).first)
            #expect((invalid.line, invalid.column) == (9, 7))
            #expect(invalid.message == "an override comment must stand on a line of its own")
        }
    }

    @Test func textSharingTheCommentsLineIsRefused() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- une offre --> Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let invalid = try #require(built.errors(.invalidOverride).first)
            #expect((invalid.line, invalid.column) == (9, 1))
            #expect(invalid.message == "an override comment must stand on a line of its own")
            #expect(built.report.diagnostics.filter { $0.code == .unusedOverride }.isEmpty)
        }
    }

    @Test func anUnclosedOverrideIsRefused() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- une offre
            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let invalid = try #require(built.errors(.invalidOverride).first)
            #expect((invalid.line, invalid.column) == (9, 1))
            #expect(invalid.message == "the override comment is not closed")
        }
    }

    @Test func anOverrideInACodeBlockIsCode() throws {
        let body = """
            ```
            <!-- guichet-disable-next-line contradiction -->
            ```
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            #expect(built.report.diagnostics.filter { $0.code == .invalidOverride }.isEmpty)
            #expect(readText(built.output + "/retractation/delai/index.html").contains("guichet-disable-next-line"))
        }
    }

    @Test func reportsShowEachOverriddenFindingWithItsReason() throws {
        let body = """
            <!-- guichet-disable-next-line contradiction -- une offre commerciale -->
            Vous avez 30 jours pour vous rétracter.
            """
        try ErrorReportTests.build(Self.article(body)) { built in
            let file = built.content + "/retractation/delai.md"
            let diagnostics = built.report.diagnostics.filter { $0.file == file }

            let text = DiagnosticFormat.text.render(diagnostics, sources: built.report.sources)
            #expect(text == "1 finding overridden:\n  \(file):10:11: contradiction (withdrawal.period) -- une offre commerciale\n")

            let json = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticFormat.json.render(diagnostics, sources: [:]).utf8)) as? [String: Any])
            #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
            let summary = try #require(json["summary"] as? [String: Int])
            #expect(summary == ["errors": 0, "warnings": 0, "suppressed": 1])
            let entry = try #require((json["suppressed"] as? [[String: Any]])?.first)
            #expect(entry["file"] as? String == file)
            #expect(entry["line"] as? Int == 10)
            #expect(entry["column"] as? Int == 11)
            #expect(entry["code"] as? String == "contradiction")
            #expect(entry["rule"] as? String == "withdrawal.period")
            #expect(entry["reason"] as? String == "une offre commerciale")

            let github = DiagnosticFormat.github.render(diagnostics, sources: [:])
            #expect(github.hasPrefix("::notice file=\(file),line=10,col=11,title=overridden contradiction::"))
            #expect(github.hasSuffix(" — overridden: une offre commerciale\n"))
        }
    }
}
