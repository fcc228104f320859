@testable import GuichetCheck
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// The check of withdrawal buttons (issue 27): from 19 June 2026 `withdrawal.function` labels the function
/// « Renoncer au contrat ici » and its confirmation « Confirmer la rétractation » (D221-5); an article that sends
/// customers to a withdrawal button under another name is an error at the label, as a contradicted figure is.
@Suite struct ButtonLabelCheckTests {
    static func check(on date: String) -> FigureCheck {
        FigureCheck(rules: Dictionary(uniqueKeysWithValues: Rules.standard.rules(on: LocalDate(iso: date)!).map { ($0.id, $0) }))
    }

    static func findings(_ body: String, on date: String = "2026-12-07") -> [Diagnostic] {
        let text = "---\ntitle: Un article\ndescription: Une description.\n---\n\(body)\n"
        guard let article = DocumentParser.article(text, file: "Content/annulation-retractation/a.md",
                                                   category: "annulation-retractation", slug: "a").0 else {
            Issue.record("the article does not parse")
            return []
        }
        return check(on: date).check(article, document: article.document)
    }

    @Test func theOldLabelIsAnErrorAtItsPositionWithTheRulesLabels() throws {
        let found = Self.findings("Intro.\n\n1. Ouvrez la commande.\n2. Cliquez sur «\u{00A0}Se rétracter\u{00A0}» et choisissez les articles.")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.code == .contradiction)
        #expect(finding.rule == "withdrawal.function")
        #expect((finding.line, finding.column) == (8, 16))
        #expect(finding.message == "'«\u{00A0}Se rétracter\u{00A0}»' names a withdrawal button that rule 'withdrawal.function' labels "
            + "«\u{00A0}Renoncer au contrat ici\u{00A0}» et «\u{00A0}Confirmer la rétractation\u{00A0}»")
        #expect(finding.fix == "write the rule's label, «\u{00A0}Renoncer au contrat ici\u{00A0}», or '{{ withdrawal.function.label }}'; "
            + "if this button is not the withdrawal function, say so on the line before: <!-- guichet-disable-next-line contradiction -- why -->")
    }

    @Test(arguments: [
        "Depuis « Mes commandes », bouton « Se rétracter ».",
        "Appuyez sur « Me rétracter » puis confirmez.",
        "Touchez « Renoncer à l’achat ».",
        "| En ligne | bouton « Rétractation » |",
    ])
    func anotherWithdrawalLabelAfterAButtonWord(_ sentence: String) {
        #expect(Self.findings(sentence).map(\.rule) == ["withdrawal.function"], "\(sentence)")
    }

    @Test(arguments: [
        // The rule's own labels, whatever their case.
        "Cliquez sur « Renoncer au contrat ici », puis sur le bouton « Confirmer la rétractation ».",
        "Cliquez sur « renoncer au contrat ici ».",
        // Not a button: a quotation, a menu, a heading's words.
        "Le vendeur voit « Rétractation en cours » dans « Mes ventes ».",
        "Ouvrez « Mes commandes » et sélectionnez la commande.",
        // A button, but not a withdrawal's.
        "Cliquez sur « Signaler un problème ».",
        "Cliquez sur « Annuler la commande ».",
    ])
    func theRulesLabelsAndOtherQuotesAreNotFindings(_ sentence: String) {
        let found = Self.findings(sentence)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func beforeTheFunctionTheRuleNamesNoButtonAndNothingIsChecked() {
        #expect(Self.findings("Cliquez sur « Se rétracter ».", on: "2026-06-18").isEmpty)
        #expect(Self.findings("Cliquez sur « Se rétracter ».", on: "2026-06-19").count == 1)
    }
}
