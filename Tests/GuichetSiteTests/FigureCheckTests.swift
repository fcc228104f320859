@testable import GuichetCheck
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// The figure check on single paragraphs: the sentences of issue 13 that editors really write, what each
/// one is (a drift, certain or likely, or clean), and the message that explains it.
@Suite struct FigureCheckTests {
    static let check = FigureCheck(rules: Dictionary(uniqueKeysWithValues: Rules.standard.rules(on: Rules.asOf).map { ($0.id, $0) }))

    /// The findings for `body` in an article of `category` that lists `rules`.
    static func findings(_ body: String, category: String = "livraison", rules: [String] = []) -> [Diagnostic] {
        let text = "---\ntitle: Un article\ndescription: Une description.\nrules: [\(rules.joined(separator: ", "))]\n---\n\(body)\n"
        guard let article = DocumentParser.article(text, file: "Content/\(category)/a.md", category: category, slug: "a").0 else {
            Issue.record("the article does not parse")
            return []
        }
        return check.check(article, document: article.document)
    }

    /// Issue 13's sentences, refused before, that only sit near a rule's subject.
    @Test(arguments: [
        "Votre colis est conservé 14 jours en point relais avant d’être renvoyé à l’expéditeur.",
        "Le suivi est généralement disponible 24 h après l’expédition.",
        "Un vendeur qui dépasse 3 % de réclamations sur 90 jours reçoit un avertissement.",
        "Le statut « Expédiée » s’affiche en général 2 jours avant la livraison.",
        "En 2025, 98 % des réclamations ont été résolues en moins de 10 jours.",
        "Le point relais est ouvert du lundi au samedi de 9 h à 19 h.",
        "Pour faire opposition sur votre carte, appelez le 0 892 705 705, accessible 7j/7.",
        "Votre banque peut mettre 3 à 5 jours ouvrés pour créditer le remboursement.",
        "La garantie légale de conformité dure 2 ans.",
        "Un conseiller peut vous rappeler au créneau de votre choix, par exemple à 15 h.",
    ])
    func nearARuleIsNotTheRule(_ sentence: String) {
        let found = Self.findings(sentence, rules: ["withdrawal.return_shipping", "delivery.shipping", "claims.waiting_period"])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aCertainDriftIsAnErrorThatSaysWhyAndOffersBothFixes() throws {
        let found = Self.findings("Vous avez 30 jours pour vous rétracter.", category: "annulation-retractation")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.code == .contradiction)
        #expect(finding.rule == "withdrawal.period")
        #expect((finding.line, finding.column) == (6, 11))
        #expect(finding.message == "'30 jours' contradicts rule 'withdrawal.period', which says « 14\u{a0}jours »: the sentence mentions “rétracter”")
        #expect(finding.fix == "write '{{ withdrawal.period.value }}' (« 14\u{a0}jours ») and add 'withdrawal.period' to 'rules:' in the front-matter; if this figure is not the rule's, say so on the line before: <!-- guichet-disable-next-line contradiction -- why -->")
    }

    /// Issue 28, point 5: applying a fix must not produce the next error. A rule the front-matter lists
    /// already needs one edit, and the fix says one.
    @Test func theFixNamesTheSecondEditOnlyWhenItIsNeeded() throws {
        let declared = try #require(Self.findings("Vous avez 30 jours pour vous rétracter.", category: "annulation-retractation",
                                                  rules: ["withdrawal.period"]).first)
        #expect(declared.fix == "write '{{ withdrawal.period.value }}' (« 14\u{a0}jours »); if this figure is not the rule's, say so on the line before: <!-- guichet-disable-next-line contradiction -- why -->")
    }

    @Test func theClosestNameChoosesAmongRulesOfTheSameFigure() {
        func rule(_ sentence: String) -> String? { Self.findings(sentence, category: "annulation-retractation").first?.rule }
        #expect(rule("Vous avez 14 jours pour vous rétracter.") == "withdrawal.period")
        #expect(rule("Après avoir signalé votre rétractation, renvoyez l’article sous 14 jours.") == "withdrawal.return_shipping")
        #expect(rule("Le vendeur vous rembourse sous 14 jours après votre rétractation.") == "withdrawal.refund")
        #expect(rule("Vous avez 14 jours à compter de la réception pour changer d’avis.") == "withdrawal.period")
    }

    @Test func aLikelyDriftIsAWarningNamingWhereTheRuleWasSeen() throws {
        // The figure's own sentence names nothing; the paragraph's first sentence does.
        let paragraph = try #require(Self.findings("Votre demande de rétractation est enregistrée. Il vous reste **deux semaines** pour renvoyer le colis.", category: "annulation-retractation").first)
        #expect(paragraph.severity == .error)
        #expect(paragraph.rule == "withdrawal.return_shipping")
        let listed = try #require(Self.findings("Vous disposez de 14 jours.", category: "annulation-retractation", rules: ["withdrawal.period"]).first)
        #expect(listed.severity == .warning)
        #expect(listed.message == "'14 jours' may type the figure of rule 'withdrawal.period': the article lists it in rules:")
        let section = try #require(Self.findings("## Le délai de rétractation\n\nIl dure 14 jours.", category: "annulation-retractation").first)
        #expect(section.severity == .warning)
        #expect(section.message == "'14 jours' may type the figure of rule 'withdrawal.period': the section is about it (« Le délai de rétractation »)")
    }

    @Test func thePhoneLineInEveryWording() {
        for sentence in ["Appelez-nous au 09.70.75.64.60.", "Hors de France : +33 (0)9 70 75 64 60.", "Notre numéro : 0970756460"] {
            #expect(Self.findings(sentence, category: "contact").map(\.code) == [.hardCodedFigure], "\(sentence)")
        }
        #expect(Self.findings("Appelez le service client au 09 70 75 64 06.", category: "contact").map(\.code) == [.contradiction])
        // One digit off: a typo of the number, reported as a contradiction with why.
        let typo = Self.findings("Appelez le 09 70 75 64 61.", category: "contact")
        #expect(typo.map(\.code) == [.contradiction])
        #expect(typo.first?.message.hasSuffix("it differs from the number by one digit") == true)
        #expect(Self.findings("Notre service client est joignable au 01 84 88 20 00.", category: "contact").map(\.code) == [.contradiction])
        #expect(Self.findings("Le transporteur vous joint au 01 84 88 20 00.", category: "contact").isEmpty)
        #expect(Self.findings("Notre ligne téléphonique est ouverte de 9h à 17h.", category: "contact").map(\.code) == [.hardCodedFigure, .hardCodedFigure])
        #expect(Self.findings("Le service téléphonique est ouvert en semaine.", category: "contact").map(\.code) == [.hardCodedFigure])
        #expect(Self.findings("Appelez-nous de 8 h à 20 h.", category: "contact").map(\.code) == [.contradiction, .contradiction])
        #expect(Self.findings("Le standard téléphonique est joignable 24h/24.", category: "contact").map(\.code) == [.contradiction])
    }

    @Test func codeSpansAndReferencesAreNotProse() {
        #expect(Self.findings("Le paramètre `delai_retractation: 14 jours` est fixe ; le délai de rétractation est de {{ withdrawal.period.value }}.",
                              category: "annulation-retractation", rules: ["withdrawal.period"]).isEmpty)
    }
}
