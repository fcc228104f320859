import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// The model withdrawal form (annexe à l'article R221-1): the law's text from the rules module, the period from
/// `withdrawal.period`, and a link from every article that explains withdrawing.
struct WithdrawalFormTests {
    /// The annex's lines, from Tests/GuichetSiteTests/Fixtures/law/annexe-R221-1.txt (its sources are in it).
    static func annex() throws -> [String] {
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("law/annexe-R221-1.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    /// The three differences of typography the fixture's notes list: ’ for ', « À » for « A », a no-break
    /// space for a space. Nothing else is folded.
    static func folded(_ line: String) -> String {
        var line = line.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{00A0}", with: " ")
        if line.hasPrefix("À ") { line = "A" + line.dropFirst() }
        return line
    }

    @Test func theFormIsTheAnnexWordForWordItsAddresseeBracketIncluded() throws {
        let annex = try Self.annex()
        let form = WithdrawalForm.lines
        try #require(form.count == annex.count, "\(form.count) lines, the annex has \(annex.count)")
        #expect(form[0].uppercased() == annex[0])
        for (line, law) in zip(form.dropFirst(), annex.dropFirst()) {
            #expect(Self.folded(line) == law)
        }
        #expect(WithdrawalForm.addressee == "[le professionnel insère ici son nom, son adresse géographique et son adresse électronique]")
        #expect(!WithdrawalForm.lines.joined().contains("télécopieur"))
        #expect(WithdrawalForm.source.french == "Code de la consommation, art.\u{00A0}R221-1 et L221-5 (annexe à l’article R221-1, "
            + "modifiée par le décret n°\u{00A0}2022-424 du 25\u{00A0}mars 2022\u{00A0}; formulaire type mentionné au 7° de l’article L221-5)")
    }

    @Test func aLineChangedInTheFormIsCaughtByTheComparison() throws {
        // The comparison can fail: the project's pre-2022 wording of the addressee is not the annex's.
        let annex = try Self.annex()
        let old = WithdrawalForm.addresseeLead + " [nom, adresse géographique et adresse électronique du vendeur, indiqués dans le détail "
            + "de votre commande, «\u{00A0}Mes commandes\u{00A0}»]\u{00A0}:"
        #expect(Self.folded(old) != annex[2])
        #expect(Self.folded(WithdrawalForm.lines[2]) == annex[2])
    }

    @Test func thePageShowsTheModelAndThePeriodInForceAndTheArticlesLinkToIt() throws {
        let folder = try TemporaryFolder("form")
        defer { folder.remove() }
        try folder.write([
            "Content/retractation/_index.md": "---\ntitle: Rétractation\ndescription: Changer d’avis.\n---\nTout.\n",
            "Content/retractation/delai.md": "---\ntitle: Le délai\ndescription: Combien.\nrules: [withdrawal.period]\n---\nVous avez {{ withdrawal.period }}.\n",
            "Content/retractation/autre.md": "---\ntitle: Autre\ndescription: Rien.\n---\nRien à voir.\n",
            "guichet.yml": Publisher.settings("title: Aide\nbase_url: https://exemple.fr/aide/\ncontact_form: https://exemple.fr/contact\n"),
        ])
        var book = Rules.standard
        book.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince, WithdrawalPeriodPolicy(period: CalendarDays(21)))
        let options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"), book: book)
        #expect(try SiteBuilder(options: options).build().published)
        let page = (try? String(contentsOfFile: folder.sub("Output/formulaire-de-retractation.html"), encoding: .utf8)) ?? ""
        #expect(page.contains("pendant le délai de rétractation\u{00A0}: 21\u{00A0}jours à compter de la réception."))
        var rest = Substring(page)
        #expect(page.contains("<p class=\"formulaire-aide\">Vous pouvez aussi vous rétracter en ligne, avec le bouton "
            + "«\u{00A0}Renoncer au contrat ici\u{00A0}» de la page de la commande"))
        // The marketplace's explanation comes before the form, outside the model's lines.
        let note = try #require(rest.range(of: "<p class=\"formulaire-aide\">" + WithdrawalForm.marketplaceNote + "</p>"))
        rest = rest[note.upperBound...]
        // Every line of the annex, in order, each a paragraph of its own (none holds a character HTML escapes).
        for line in WithdrawalForm.lines {
            let found = try #require(rest.range(of: line.hasPrefix("Modèle") ? "<h1>\(line)</h1>" : "<p>\(line)</p>")
                                         ?? rest.range(of: "<p class=\"formulaire-champ\">\(line)</p>"), "\(line)")
            rest = rest[found.upperBound...]
        }
        let delai = (try? String(contentsOfFile: folder.sub("Output/retractation/delai/index.html"), encoding: .utf8)) ?? ""
        #expect(delai.contains("<a href=\"/aide/formulaire-de-retractation.html\">Le formulaire de rétractation, à imprimer</a>"))
        let autre = (try? String(contentsOfFile: folder.sub("Output/retractation/autre/index.html"), encoding: .utf8)) ?? ""
        #expect(!autre.contains("formulaire-de-retractation.html\">Le formulaire"))
    }

    @Test func beforeThe19thOfJune2026ThePageOffersNoOnlineFunction() throws {
        let folder = try TemporaryFolder("form-may")
        defer { folder.remove() }
        try folder.write([
            "Content/retractation/_index.md": "---\ntitle: Rétractation\ndescription: Changer d’avis.\n---\nTout.\n",
            "Content/retractation/delai.md": "---\ntitle: Le délai\ndescription: Combien.\nrules: [withdrawal.period]\n---\nVous avez {{ withdrawal.period }}.\n",
            "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
        ])
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.asOf = LocalDate(year: 2026, month: 5, day: 1)!
        #expect(try SiteBuilder(options: options).build().published)
        let page = (try? String(contentsOfFile: folder.sub("Output/formulaire-de-retractation.html"), encoding: .utf8)) ?? ""
        #expect(page.contains(WithdrawalForm.addressee))
        #expect(!page.contains("en ligne"))
    }
}
