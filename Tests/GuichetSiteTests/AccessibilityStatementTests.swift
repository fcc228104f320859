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
        organisation: Boutique Test SARL
        obligation: [article-47, l412-13]
        multi_year_plan: https://exemple.fr/accessibilite/schema-2026-2028
        action_plan: https://exemple.fr/accessibilite/plan-2026
        audit_date: 2026-10-15
        auditor: Audit interne
        criteria_met: 46
        criteria_applicable: 50
        non_accessible:
          - "Le calculateur de délai ne signale pas ses erreurs aux lecteurs d’écran."
        exemptions: ["Les cartes des points relais, fournies par un tiers."]
        technologies: [HTML5, CSS, JavaScript]
        test_environments:
          - NVDA 2025.3 et Firefox 140
          - VoiceOver et Safari 18
        tools: [Assistant RGAA, Analyseur de contrastes]
        pages_audited:
          - Accueil (/)
          - Délai de rétractation (/annulation-retractation/delai-de-retractation/)
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
        #expect(page.contains("Aucun audit de conformité en cours de validité n’a été réalisé"))
        #expect(!page.contains("<p></p>") && !page.contains("n’est plus valide"))
        // Without the file, the organisation that commits is the publisher of the legal notices, on article 47.
        #expect(page.contains("<p class=\"chapo\">Boutique Test SARL s’engage à rendre ce centre d’aide accessible, conformément à "
            + "l’article 47 de la loi n°\u{00A0}2005-102 du 11\u{00A0}février 2005. Cette déclaration d’accessibilité s’applique à Aide.</p>"))
        #expect(page.contains("aucun résultat d’audit en cours de validité ne permet de mesurer le respect des critères.</p>"))
        #expect(page.contains("délégué du Défenseur des droits dans votre région</a>"))
        #expect(!page.contains("Résultats des tests"))
        #expect(page.contains("<a href=\"https://exemple.fr/contact\">contactez-nous</a>"))
        #expect(text(folder, "index.html").contains("Accessibilité\u{00A0}: non conforme</a>"))
    }

    @Test func theStatementHasEverySectionOfTheRGAAModelInOrder() throws {
        let folder = try TemporaryFolder("a11y-model")
        defer { folder.remove() }
        #expect(try build(Self.site.merging(["accessibilite.yml": Self.audit]) { $1 }, in: folder).published)
        var rest = Substring(text(folder, "accessibilite.html"))
        for part in [
            "<p class=\"chapo\">Boutique Test SARL s’engage à rendre ce centre d’aide accessible. Cette déclaration d’accessibilité s’applique à Aide.</p>",
            "<p>Elle est publiée en application de l’article 47 de la loi n°\u{00A0}2005-102 du 11\u{00A0}février 2005, qui s’applique aux entreprises",
            "et l’article L412-13 du Code de la consommation et le décret n°\u{00A0}2023-931 du 9\u{00A0}octobre 2023, en vigueur depuis le 28\u{00A0}juin 2025",
            "<a href=\"https://exemple.fr/accessibilite/schema-2026-2028\">schéma pluriannuel de mise en accessibilité</a>",
            "<a href=\"https://exemple.fr/accessibilite/plan-2026\">plan d’actions de l’année en cours</a>",
            "<h2 id=\"etat-de-conformite\">État de conformité</h2>",
            "version 4.1, en raison des non-conformités énumérées ci-dessous.</p>",
            "<h2 id=\"resultats-des-tests\">Résultats des tests</h2>",
            "<h2 id=\"contenus-non-accessibles\">Contenus non accessibles</h2>",
            "<h2 id=\"etablissement\">Établissement de cette déclaration d’accessibilité</h2>",
            "<p>Cette déclaration a été établie le 15\u{00A0}octobre 2026.</p>",
            "<li>HTML5</li>", "<li>NVDA 2025.3 et Firefox 140</li>", "<li>Assistant RGAA</li>",
            "<li>Délai de rétractation (/annulation-retractation/delai-de-retractation/)</li>",
            "<h2 id=\"retour-information\">Retour d’information et contact</h2>",
            "<h2 id=\"voies-de-recours\">Voies de recours</h2>",
            "<a href=\"https://formulaire.defenseurdesdroits.fr/\">formulaire en ligne</a>",
            "<a href=\"https://defenseurdesdroits.fr/node/213\">délégué du Défenseur des droits dans votre région</a>",
            "Libre réponse 71120, 75342 Paris CEDEX 07",
        ] {
            let found = try #require(rest.range(of: part), "\(part)")
            rest = rest[found.upperBound...]
        }
    }

    /// The wording of each level: nothing after « totalement conforme »; the list when some criteria fail;
    /// the absence of a valid audit otherwise.
    @Test(arguments: [
        ("criteria_met: 46", "<strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.</p>"),
        ("criteria_met: 20", "<strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.</p>"),
        ("criteria_met: 50", "<strong>totalement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.</p>"),
    ])
    func eachLevelHasItsWording(met: String, sentence: String) throws {
        let folder = try TemporaryFolder("a11y-level")
        defer { folder.remove() }
        var audit = Self.audit.replacingOccurrences(of: "criteria_met: 46", with: met)
        if met.hasSuffix("50") {
            audit = audit.replacingOccurrences(of: "non_accessible:\n  - \"Le calculateur de délai ne signale pas ses erreurs aux lecteurs d’écran.\"\n", with: "")
        }
        let report = try build(Self.site.merging(["accessibilite.yml": audit]) { $1 }, in: folder)
        #expect(report.published, "\(report.diagnostics.filter { $0.severity == .error })")
        let page = text(folder, "accessibilite.html")
        #expect(page.contains(sentence))
        #expect(page.contains("énumérées ci-dessous") == !met.hasSuffix("50"))
    }

    /// An audit stays valid three years: the day after, the statement reads as one with no valid audit.
    @Test func anAuditOlderThanThreeYearsIsNoValidAudit() throws {
        let folder = try TemporaryFolder("a11y-old")
        defer { folder.remove() }
        let old = Self.audit.replacingOccurrences(of: "audit_date: 2026-10-15", with: "audit_date: 2023-11-27")
        let report = try build(Self.site.merging(["accessibilite.yml": old]) { $1 }, in: folder)
        #expect(report.published)
        let warning = try #require(report.diagnostics.first { $0.file.hasSuffix("accessibilite.yml") })
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (5, 13))
        #expect(warning.message == "the audit of 2023-11-27 was valid until 2026-11-26: the statement says there is no valid audit and the site is « non conforme »")
        let page = text(folder, "accessibilite.html")
        #expect(page.contains("<strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1\u{00A0}: "
            + "aucun résultat d’audit en cours de validité ne permet de mesurer le respect des critères.</p>"))
        #expect(page.contains("<p>Le dernier audit, du 27\u{00A0}novembre 2023, n’est plus valide depuis le 27\u{00A0}novembre 2026.</p>"))
        #expect(!page.contains("Résultats des tests"))
        #expect(text(folder, "index.html").contains("Accessibilité\u{00A0}: non conforme</a>"))
        // Two days younger, its last valid day is 28 November 2026: still valid that day.
        let (audit, findings) = AccessibilityAudit.parse(Self.audit.replacingOccurrences(of: "2026-10-15", with: "2023-11-29"),
                                                         file: "accessibilite.yml", today: Rules.asOf)
        #expect(findings.isEmpty && audit?.isValid == true && audit?.status == .partial)
    }

    @Test(arguments: [
        // Three years, less a day.
        ("2023-11-28", nil, "2026-11-27"),
        // 29 February + 3 years: the month's last day.
        ("2024-02-29", nil, "2027-02-27"),
        // A new RGAA 6 months after the audit: 18 months after it, sooner than three years.
        ("2026-01-10", "2026-07-01", "2027-12-31"),
        // A new RGAA 2 years after: three years come first.
        ("2026-01-10", "2028-01-01", "2029-01-09"),
        // A version published before the audit does not shorten it.
        ("2026-01-10", "2025-01-01", "2029-01-09"),
    ])
    func auditValidity(audited: String, newer: String?, lastDay: String) {
        #expect(AccessibilityConformity.auditValidUntil(audited: LocalDate(iso: audited)!,
                                                        newerReferencePublished: newer.flatMap { LocalDate(iso: $0) })
                == LocalDate(iso: lastDay)!)
    }

    @Test func eachMissingOrImpossibleFieldIsAnErrorWithItsPosition() {
        let today = LocalDate(year: 2026, month: 11, day: 28)!
        func findings(_ yaml: String) -> [String] {
            AccessibilityAudit.parse(yaml, file: "accessibilite.yml", today: today).1.map { "\($0.place): \($0.message)" }
        }
        #expect(findings("auditor: Moi\n") == [
            "organisation", "obligation", "multi_year_plan", "action_plan", "audit_date", "criteria_met", "criteria_applicable",
            "technologies", "test_environments", "tools", "pages_audited", "contact",
        ].map { "accessibilite.yml:1:1: missing required key '\($0)'" })
        let head = Self.audit.components(separatedBy: "audit_date:")[0]
        #expect(findings(head + "audit_date: 2027-01-05\ncriteria_met: 60\ncriteria_applicable: 50\ncontact: accessibilite@exemple.fr\n"
                         + "technologies: [HTML]\ntest_environments: [NVDA et Firefox]\ntools: []\npages_audited: [Accueil]\n") == [
            "accessibilite.yml:11:8: tools is empty: the statement must say what the audit rests on",
            "accessibilite.yml:5:13: audit_date 2027-01-05 is after today (2026-11-28): a statement cannot rest on an audit not yet made",
            "accessibilite.yml:6:15: criteria_met (60) must be between 0 and criteria_applicable (50), which must be at least 1",
            "accessibilite.yml:8:10: contact 'accessibilite@exemple.fr' must be an https:// or mailto: address",
        ])
        let wrong = Self.audit.replacingOccurrences(of: "[article-47, l412-13]", with: "[article-47, rgaa]")
            .replacingOccurrences(of: "https://exemple.fr/accessibilite/plan-2026", with: "exemple.fr/plan")
        #expect(findings(wrong) == [
            "accessibilite.yml:2:26: obligation 'rgaa' is not one of article-47, l412-13",
            "accessibilite.yml:4:14: action_plan 'exemple.fr/plan' must be an https:// address",
        ])
        let unlisted = Self.audit.replacingOccurrences(of: "non_accessible:\n  - \"Le calculateur de délai ne signale pas ses erreurs aux lecteurs d’écran.\"\n", with: "")
        #expect(findings(unlisted) == [
            "accessibilite.yml:7:15: criteria_met (46) is below criteria_applicable (50) but non_accessible lists nothing: the statement must say what is not accessible",
        ])
        #expect(findings(Self.audit + "status: conforme\n").first?.hasPrefix("accessibilite.yml:21:1: unknown key 'status'") == true)
        let (audit, none) = AccessibilityAudit.parse(Self.audit, file: "accessibilite.yml", today: today)
        #expect(none.isEmpty && audit?.status == .partial)
        #expect(audit?.organisation == "Boutique Test SARL" && audit?.obligations == [.article47, .productsAndServices])
    }
}
