import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// The accessibility statement: written from `accessibilite.yml`, its status computed, named in every footer;
/// without the file it claims no audit and says « non conforme ».
struct AccessibilityStatementTests {
    static let audit = """
        audit_date: 2026-10-15
        auditor: Audit interne
        criteria_met: 46
        criteria_applicable: 50
        non_accessible:
          - "Le calculateur de délai ne signale pas ses erreurs aux lecteurs d’écran."
        exemptions: ["Les cartes des points relais, fournies par un tiers."]
        contact: mailto:accessibilite@exemple.fr

        """

    static let site: [String: String] = [
        "Content/contact/_index.md": "---\ntitle: Contact\ndescription: Nous joindre.\n---\nNous joindre.\n",
        "Content/contact/telephone.md": "---\ntitle: Téléphone\ndescription: Appeler.\nrules: [contact.phone.number]\n---\nAppelez le {{ contact.phone.number }}.\n",
        "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
    ]

    func build(_ files: [String: String], in folder: TemporaryFolder) throws -> SiteBuilder.Report {
        try folder.write(files)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        return try SiteBuilder(options: options).build()
    }

    func text(_ folder: TemporaryFolder, _ path: String) -> String {
        (try? String(contentsOfFile: folder.sub("Output/" + path), encoding: .utf8)) ?? ""
    }

    @Test func anAuditGivesTheStatusTheRateAndItsListsAndEveryFooterNamesTheStatus() throws {
        let folder = try TemporaryFolder("a11y")
        defer { folder.remove() }
        let report = try build(Self.site.merging(["accessibilite.yml": Self.audit]) { $1 }, in: folder)
        #expect(report.published, "\(report.diagnostics)")
        let page = text(folder, "accessibilite.html")
        #expect(page.contains("Ce centre d’aide est <strong>partiellement conforme</strong>"))
        #expect(page.contains("L’audit du 15\u{00A0}octobre 2026, réalisé par Audit interne, révèle que 92\u{00A0}% des critères du RGAA applicables sont respectés (46 sur 50)."))
        #expect(page.contains("<li>Le calculateur de délai ne signale pas ses erreurs aux lecteurs d’écran.</li>"))
        #expect(page.contains("<li>Les cartes des points relais, fournies par un tiers.</li>"))
        #expect(page.contains("<a href=\"mailto:accessibilite@exemple.fr\">contactez-nous</a>"))
        for path in ["index.html", "contact/index.html", "contact/telephone/index.html", "404.html", "regles.html", "nouveautes.html"] {
            #expect(text(folder, path).contains("<a href=\"/accessibilite.html\">Accessibilité\u{00A0}: partiellement conforme</a>"), "\(path)")
        }

        // A new audit changes every footer, even though no article changed.
        try folder.write(["accessibilite.yml": Self.audit.replacingOccurrences(of: "criteria_met: 46", with: "criteria_met: 50")])
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        #expect(try SiteBuilder(options: options).build().published)
        #expect(text(folder, "contact/telephone/index.html").contains("Accessibilité\u{00A0}: totalement conforme</a>"))
    }

    @Test func withoutAnAuditTheStatementClaimsNone() throws {
        let folder = try TemporaryFolder("a11y-none")
        defer { folder.remove() }
        #expect(try build(Self.site, in: folder).published)
        let page = text(folder, "accessibilite.html")
        #expect(page.contains("Ce centre d’aide est <strong>non conforme</strong>"))
        #expect(page.contains("Aucun audit de conformité n’a encore été réalisé"))
        #expect(!page.contains("Résultats des tests"))
        #expect(page.contains("<a href=\"https://exemple.fr/contact\">contactez-nous</a>"))
        #expect(text(folder, "index.html").contains("Accessibilité\u{00A0}: non conforme</a>"))
    }

    @Test func eachMissingOrImpossibleFieldIsAnErrorWithItsPosition() {
        let today = LocalDate(year: 2026, month: 11, day: 28)!
        func findings(_ yaml: String) -> [String] {
            AccessibilityAudit.parse(yaml, file: "accessibilite.yml", today: today).1.map { "\($0.place): \($0.message)" }
        }
        #expect(findings("auditor: Moi\n") == [
            "accessibilite.yml:1:1: missing required key 'audit_date'",
            "accessibilite.yml:1:1: missing required key 'criteria_met'",
            "accessibilite.yml:1:1: missing required key 'criteria_applicable'",
            "accessibilite.yml:1:1: missing required key 'contact'",
        ])
        #expect(findings("audit_date: 2027-01-05\ncriteria_met: 60\ncriteria_applicable: 50\ncontact: accessibilite@exemple.fr\n") == [
            "accessibilite.yml:1:13: audit_date 2027-01-05 is after today (2026-11-28): a statement cannot rest on an audit not yet made",
            "accessibilite.yml:2:15: criteria_met (60) must be between 0 and criteria_applicable (50), which must be at least 1",
            "accessibilite.yml:4:10: contact 'accessibilite@exemple.fr' must be an https:// or mailto: address",
        ])
        #expect(findings("audit_date: 2026-10-15\ncriteria_met: 46\ncriteria_applicable: 50\ncontact: https://exemple.fr/a11y\nstatus: conforme\n")
                .first?.hasPrefix("accessibilite.yml:5:1: unknown key 'status'") == true)
        let (audit, none) = AccessibilityAudit.parse(Self.audit, file: "accessibilite.yml", today: today)
        #expect(none.isEmpty && audit?.status == .partial)
    }
}
