import Foundation
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
    /// `misnamed(in:)` reads a text whose scalars are each a character of its own as scalars: it must find
    /// what the reading by characters finds, at the same offsets, on every paragraph of the content, the test
    /// sites and the check corpus, and on texts built around a label with the scalars that make characters
    /// of several (combining accents, joiners, CR LF) before, inside and after it.
    @Test func theScalarReadingFindsWhatTheCharacterReadingFinds() throws {
        let buttons = try #require(ButtonLabels(rules: Dictionary(uniqueKeysWithValues:
            Rules.standard.rules(on: LocalDate(iso: "2026-12-07")!).map { ($0.id, $0) })))
        var texts: [String] = []
        for folder in ["Content", "Tests/GuichetSiteTests/Fixtures", "Starter", "Tests/CheckCorpus"] {
            guard let walker = FileManager.default.enumerator(at: Paths.packageRoot.appendingPathComponent(folder),
                                                               includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["md", "yml"].contains(url.pathExtension) {
                texts += try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n\n")
            }
        }
        let triggers = ["Cliquez sur ", "le bouton ", "appuyez sur ", "puis ", "touchez ", "Ouvrez "]
        let opens = ["«\u{00A0}", "« ", "«", "«\u{0301} "]
        let closes = ["\u{00A0}»", " »", "»", "»\u{0308}"]
        let labels = ["Se rétracter", "Se re\u{0301}tracter", "Renoncer au contrat ici", "renoncer à l’achat",
                      "Confirmer la rétractation", "Annuler", "SE RÉTRACTER"]
        let noise = ["", "", "e\u{0301}", "\u{200D}", "\r\n", "\r", "\n", "é", "œ", "👍🏽", "🇫🇷", "\u{0308}", "x ",
                     "Depuis la commande, ", "une phrase assez longue pour pousser le mot du bouton hors des quarante caractères "]
        var random = SeededRandom(seed: 27)
        func any(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
        for _ in 0..<3_000 {
            texts.append(any(noise) + any(triggers) + any(noise) + any(opens) + any(labels) + any(noise) + any(closes) + any(noise)
                         + any(triggers) + any(opens) + any(labels) + any(closes))
        }
        var found = 0
        for text in texts {
            let fast = buttons.misnamed(in: text), definition = buttons.misnamedByCharacters(in: text)
            #expect(fast.map(\.offset) == definition.map(\.offset) && fast.map(\.label) == definition.map(\.label), "\(text.debugDescription)")
            found += definition.count
        }
        #expect(texts.count > 3_200 && found > 100, "the texts find labels: \(found)")
    }
}

