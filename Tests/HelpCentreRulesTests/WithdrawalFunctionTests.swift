import HelpCentreRules
import Testing

/// `withdrawal.function`: how a customer withdraws, before and from 19 June 2026 (L221-21 as amended by
/// ordonnance n° 2026-2, D221-5 created by décret n° 2026-3, article 11 bis of directive 2011/83/EU), as
/// named cases.
@Suite("Withdrawal function")
struct WithdrawalFunctionTests {
    static let formSource = "Code de la consommation, art.\u{00A0}L221-21"
    static let functionSource = "Code de la consommation, art.\u{00A0}L221-21 et D221-5 (L221-21 modifié par l’ordonnance "
        + "n°\u{00A0}2026-2 du 5\u{00A0}janvier 2026, D221-5 créé par le décret n°\u{00A0}2026-3 du 5\u{00A0}janvier 2026, "
        + "applicables à partir du 19\u{00A0}juin 2026\u{00A0}; directive 2011/83/UE, art.\u{00A0}11\u{00A0}bis, inséré par la "
        + "directive (UE) 2023/2673)"
    static let functionValue = "fonction «\u{00A0}Renoncer au contrat ici\u{00A0}» ; "
        + "confirmation distincte «\u{00A0}Confirmer la rétractation\u{00A0}» ; "
        + "accusé de réception sur support durable\u{00A0}: le contenu de votre déclaration de rétractation et la date et l’heure de son envoi"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let date: String
        let value: String
        let source: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "1 July 2016, the code's numbering: form or unambiguous statement", date: "2016-07-01",
             value: "formulaire ou déclaration", source: formSource),
        Case(name: "18 June 2026, the eve of the new paragraph of L221-21: still the form", date: "2026-06-18",
             value: "formulaire ou déclaration", source: formSource),
        Case(name: "19 June 2026, L221-21 and D221-5 apply: the function, its confirmation, the acknowledgement",
             date: "2026-06-19", value: functionValue, source: functionSource),
        Case(name: "7 December 2026: the same function", date: "2026-12-07", value: functionValue, source: functionSource),
    ]

    @Test(arguments: cases)
    func inForce(_ c: Case) throws {
        let rule = try Fixture.book.rule("withdrawal.function", on: day(c.date))
        #expect(rule.value.french == c.value)
        #expect(rule.source.french == c.source)
    }

    @Test("before the law's numbering there is no version: the rule refuses to answer")
    func beforeTheCode() {
        #expect(throws: RulesError.self) { try Fixture.book.rule("withdrawal.function", on: day("2016-06-30")) }
    }

    @Test("the value carries D221-5's labels: « renoncer au contrat ici », then « confirmer la rétractation »")
    func labels() throws {
        let policy = try #require(Fixture.book.withdrawalFunction.inForce(on: day("2026-06-19"))?.online)
        #expect(policy.label.lowercased() == "renoncer au contrat ici")
        #expect(policy.confirmationLabel.lowercased() == "confirmer la rétractation")
        #expect(policy.acknowledgement == ["le contenu de votre déclaration de rétractation", "la date et l’heure de son envoi"])
        #expect(Fixture.book.withdrawalFunction.inForce(on: day("2026-06-18"))?.online == nil)
    }

    @Test("the French wording the site shows is built from the value: the button, the confirmation, the acknowledgement's content")
    func wording() throws {
        let rule = try Fixture.book.rule("withdrawal.function", on: day("2026-06-19"))
        #expect(rule.wording.text == "avec le bouton «\u{00A0}Renoncer au contrat ici\u{00A0}» de la page de la commande, "
            + "disponible pendant tout le délai de rétractation, puis le bouton «\u{00A0}Confirmer la rétractation\u{00A0}»\u{00A0}; "
            + "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver, avec le contenu "
            + "de votre déclaration de rétractation et la date et l’heure de son envoi")
        #expect(rule.wording.items == [
            "le bouton «\u{00A0}Renoncer au contrat ici\u{00A0}» se trouve sur la page de la commande, dans «\u{00A0}Mes commandes\u{00A0}», "
                + "et reste disponible pendant tout le délai de rétractation",
            "une étape distincte, le bouton «\u{00A0}Confirmer la rétractation\u{00A0}», envoie votre déclaration",
            "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver, avec le contenu "
                + "de votre déclaration de rétractation et la date et l’heure de son envoi",
        ])
        #expect(rule.wording.part("label") == "«\u{00A0}Renoncer au contrat ici\u{00A0}»")
        #expect(rule.wording.part("confirmation") == "«\u{00A0}Confirmer la rétractation\u{00A0}»")
        #expect(rule.source.url == "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565/")
    }

    @Test("a policy with another label words the site with it: the wording follows the value")
    func anotherLabel() {
        let policy = WithdrawalFunctionPolicy(online: .init(label: "Me rétracter ici", confirmationLabel: "Valider ma rétractation",
                                                            acknowledgement: ["la date et l’heure de son envoi"]))
        #expect(policy.wording.part("label") == "«\u{00A0}Me rétracter ici\u{00A0}»")
        #expect(policy.wording.text.contains("puis le bouton «\u{00A0}Valider ma rétractation\u{00A0}»"))
        #expect(policy.wording.text.hasSuffix("conserver, avec la date et l’heure de son envoi"))
    }

    @Test("the change is listed by rules diff on 19 June 2026, with the version it replaces and the transposition's sources")
    func change() throws {
        let changes = Fixture.book.changes(from: day("2026-06-01"), to: day("2026-07-01"))
        #expect(changes.map(\.id) == ["withdrawal.function"])
        #expect(changes.first?.date == day("2026-06-19"))
        #expect(changes.first?.before?.value.french == "formulaire ou déclaration")
        #expect(changes.first?.before?.source.french == Self.formSource)
        #expect(changes.first?.after.source.french == Self.functionSource)
    }
}
