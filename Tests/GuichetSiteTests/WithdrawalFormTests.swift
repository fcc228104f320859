import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// The model withdrawal form (annexe à l'article R221-1): the law's text from the rules module, the period from
/// `withdrawal.period`, and a link from every article that explains withdrawing.
struct WithdrawalFormTests {
    @Test func theFormIsTheModelOfTheCodeInItsOrder() {
        #expect(WithdrawalForm.fields == [
            "Commandé le (*)/reçu le (*)\u{00A0}:",
            "Nom du (des) consommateur(s)\u{00A0}:",
            "Adresse du (des) consommateur(s)\u{00A0}:",
            "Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier)\u{00A0}:",
            "Date\u{00A0}:",
        ])
        #expect(WithdrawalForm.source.french == "Code de la consommation, art.\u{00A0}R221-1 et L221-5 (annexe à l’article R221-1)")
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
        for line in [WithdrawalForm.title, WithdrawalForm.instruction, "À l’attention de [nom, adresse géographique",
                     "rétractation du contrat portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous"]
            + WithdrawalForm.fields + [WithdrawalForm.footnote] {  // none holds a character HTML escapes
            let found = try #require(rest.range(of: line), "\(line)")
            rest = rest[found.upperBound...]
        }
        let delai = (try? String(contentsOfFile: folder.sub("Output/retractation/delai/index.html"), encoding: .utf8)) ?? ""
        #expect(delai.contains("<a href=\"/aide/formulaire-de-retractation.html\">Le formulaire de rétractation, à imprimer</a>"))
        let autre = (try? String(contentsOfFile: folder.sub("Output/retractation/autre/index.html"), encoding: .utf8)) ?? ""
        #expect(!autre.contains("formulaire-de-retractation.html\">Le formulaire"))
    }
}
