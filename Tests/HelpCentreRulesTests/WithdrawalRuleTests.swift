import Foundation
import HelpCentreRules
import Testing

/// `withdrawal.period` (14 days, last day moved off weekends and holidays), `withdrawal.return_shipping`,
/// `withdrawal.refund` (14 days, no extension) and `withdrawal.eligible` (scope and L221-28 exclusions).
@Suite("Withdrawal rules")
struct WithdrawalRuleTests {
    struct PeriodCase: CustomTestStringConvertible, Sendable {
        let name: String
        let received: String
        var region: String? = nil
        let value: String
        let text: String
        var testDescription: String { name }
    }

    static let periods: [PeriodCase] = [
        // Worked examples of RULES.md.
        PeriodCase(name: "RULES.md: received Mon 2026-06-01", received: "2026-06-01",
                   value: "2026-06-16T00:00:00+02:00", text: "lundi 15\u{00A0}juin 2026"),
        PeriodCase(name: "RULES.md: received Sun 2026-06-07, Sun 21 moves to Mon 22", received: "2026-06-07",
                   value: "2026-06-23T00:00:00+02:00", text: "lundi 22\u{00A0}juin 2026"),
        PeriodCase(name: "RULES.md: received Fri 2026-12-11, Fri 25 December moves to Mon 28", received: "2026-12-11",
                   value: "2026-12-29T00:00:00+01:00", text: "lundi 28\u{00A0}décembre 2026"),
        // Chains of weekend and holiday.
        PeriodCase(name: "Sat 26 December moves to Mon 28", received: "2026-12-12",
                   value: "2026-12-29T00:00:00+01:00", text: "lundi 28\u{00A0}décembre 2026"),
        PeriodCase(name: "8 May 2026, a Friday, moves to Mon 11", received: "2026-04-24",
                   value: "2026-05-12T00:00:00+02:00", text: "lundi 11\u{00A0}mai 2026"),
        PeriodCase(name: "Ascension 2026 moves to the bridge Friday", received: "2026-04-30",
                   value: "2026-05-16T00:00:00+02:00", text: "vendredi 15\u{00A0}mai 2026"),
        PeriodCase(name: "Whit Monday 2026 moves to Tuesday", received: "2026-05-11",
                   value: "2026-05-27T00:00:00+02:00", text: "mardi 26\u{00A0}mai 2026"),
        PeriodCase(name: "Sat 1 May 2027 moves to Mon 3", received: "2027-04-17",
                   value: "2027-05-04T00:00:00+02:00", text: "lundi 3\u{00A0}mai 2027"),
        PeriodCase(name: "Ascension 2027 (Thu 6 May) moves to Fri 7", received: "2027-04-22",
                   value: "2027-05-08T00:00:00+02:00", text: "vendredi 7\u{00A0}mai 2027"),
        PeriodCase(name: "Sat 6, Sun 7, Mon 8 May 2028 (Victoire 1945): Tue 9", received: "2028-04-22",
                   value: "2028-05-10T00:00:00+02:00", text: "mardi 9\u{00A0}mai 2028"),
        // Leap day.
        PeriodCase(name: "received on leap day 2028-02-29", received: "2028-02-29",
                   value: "2028-03-15T00:00:00+01:00", text: "mardi 14\u{00A0}mars 2028"),
        PeriodCase(name: "last day on leap day 2028-02-29", received: "2028-02-15",
                   value: "2028-03-01T00:00:00+01:00", text: "mardi 29\u{00A0}février 2028"),
        // Instants: the Paris date of receipt counts.
        PeriodCase(name: "received 2026-06-08T22:30:00Z, i.e. 9 June in Paris", received: "2026-06-08T22:30:00Z",
                   value: "2026-06-24T00:00:00+02:00", text: "mardi 23\u{00A0}juin 2026"),
        PeriodCase(name: "received 2026-01-01T23:30:00Z, i.e. 2 January in Paris", received: "2026-01-01T23:30:00Z",
                   value: "2026-01-17T00:00:00+01:00", text: "vendredi 16\u{00A0}janvier 2026"),
        PeriodCase(name: "received at a Paris time late in the day", received: "2026-06-01T23:59:59",
                   value: "2026-06-16T00:00:00+02:00", text: "lundi 15\u{00A0}juin 2026"),
        // The region changes the answer.
        PeriodCase(name: "Good Friday 2026, national: Fri 3 April", received: "2026-03-20", region: "national",
                   value: "2026-04-04T00:00:00+02:00", text: "vendredi 3\u{00A0}avril 2026"),
        PeriodCase(name: "Good Friday 2026, Alsace-Moselle: Tue 7 April", received: "2026-03-20", region: "alsace-moselle",
                   value: "2026-04-08T00:00:00+02:00", text: "mardi 7\u{00A0}avril 2026"),
        PeriodCase(name: "26 December 2029, national: Wed 26", received: "2029-12-12",
                   value: "2029-12-27T00:00:00+01:00", text: "mercredi 26\u{00A0}décembre 2029"),
        PeriodCase(name: "26 December 2029, Alsace-Moselle: Thu 27", received: "2029-12-12", region: "alsace-moselle",
                   value: "2029-12-28T00:00:00+01:00", text: "jeudi 27\u{00A0}décembre 2029"),
        PeriodCase(name: "Sat 26 December 2026 in Alsace-Moselle: also Mon 28", received: "2026-12-12",
                   region: "alsace-moselle", value: "2026-12-29T00:00:00+01:00", text: "lundi 28\u{00A0}décembre 2026"),
    ]

    @Test("withdrawal.period.deadline", arguments: periods)
    func deadline(_ c: PeriodCase) throws {
        var arguments = ["received": c.received]
        arguments["region"] = c.region
        let result = try evaluate("withdrawal.period.deadline", arguments)
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
    }

    struct OnTimeCase: CustomTestStringConvertible, Sendable {
        let name: String
        let received: String
        let notified: String
        var region: String? = nil
        let expected: Bool
        let text: String
        var testDescription: String { name }
    }

    static let late22June = "Non\u{00A0}: le délai de rétractation a pris fin le lundi 22\u{00A0}juin 2026 à minuit."
    static let onTime22June = "Oui\u{00A0}: la rétractation est dans les délais (jusqu’au lundi 22\u{00A0}juin 2026 inclus)."

    static let onTimeCases: [OnTimeCase] = [
        OnTimeCase(name: "RULES.md: 2026-06-22 23:59:59 is on time", received: "2026-06-07", notified: "2026-06-22T23:59:59",
                   expected: true, text: onTime22June),
        OnTimeCase(name: "RULES.md: 2026-06-23 00:00 is late", received: "2026-06-07", notified: "2026-06-23T00:00",
                   expected: false, text: late22June),
        OnTimeCase(name: "the same bounds in UTC: 21:59:59Z on time", received: "2026-06-07",
                   notified: "2026-06-22T21:59:59Z", expected: true, text: onTime22June),
        OnTimeCase(name: "the same bounds in UTC: 22:00:00Z late", received: "2026-06-07", notified: "2026-06-22T22:00:00Z",
                   expected: false, text: late22June),
        OnTimeCase(name: "a date: the last day is on time", received: "2026-06-07", notified: "2026-06-22",
                   expected: true, text: onTime22June),
        OnTimeCase(name: "a date: the day after is late", received: "2026-06-07", notified: "2026-06-23",
                   expected: false, text: late22June),
        OnTimeCase(name: "Sunday 21 June, the 14th day itself, is on time", received: "2026-06-07", notified: "2026-06-21T12:00",
                   expected: true, text: onTime22June),
        OnTimeCase(name: "Alsace-Moselle: Mon 6 April is on time for Good Friday's deadline", received: "2026-03-20",
                   notified: "2026-04-06T18:00", region: "alsace-moselle", expected: true,
                   text: "Oui\u{00A0}: la rétractation est dans les délais (jusqu’au mardi 7\u{00A0}avril 2026 inclus)."),
        OnTimeCase(name: "national: Sat 4 April is late", received: "2026-03-20", notified: "2026-04-04",
                   expected: false,
                   text: "Non\u{00A0}: le délai de rétractation a pris fin le vendredi 3\u{00A0}avril 2026 à minuit."),
    ]

    @Test("withdrawal.period.on_time", arguments: onTimeCases)
    func onTime(_ c: OnTimeCase) throws {
        var arguments = ["received": c.received, "notified": c.notified]
        arguments["region"] = c.region
        let result = try evaluate("withdrawal.period.on_time", arguments)
        #expect(result.boolean == c.expected)
        #expect(result.text == c.text)
    }

    struct AfterNoticeCase: CustomTestStringConvertible, Sendable {
        let name: String
        let function: String
        let notified: String
        let value: String
        let text: String
        var testDescription: String { name }
    }

    static let afterNoticeCases: [AfterNoticeCase] = [
        AfterNoticeCase(name: "return: 14 days", function: "withdrawal.return_shipping.deadline", notified: "2026-06-01",
                        value: "2026-06-16T00:00:00+02:00", text: "lundi 15\u{00A0}juin 2026"),
        AfterNoticeCase(name: "return: no weekend extension", function: "withdrawal.return_shipping.deadline",
                        notified: "2026-06-07", value: "2026-06-22T00:00:00+02:00", text: "dimanche 21\u{00A0}juin 2026"),
        AfterNoticeCase(name: "return: no holiday extension", function: "withdrawal.return_shipping.deadline",
                        notified: "2026-12-11", value: "2026-12-26T00:00:00+01:00", text: "vendredi 25\u{00A0}décembre 2026"),
        AfterNoticeCase(name: "return: notified in UTC, Paris date", function: "withdrawal.return_shipping.deadline",
                        notified: "2026-06-08T22:30:00Z", value: "2026-06-24T00:00:00+02:00", text: "mardi 23\u{00A0}juin 2026"),
        AfterNoticeCase(name: "return: last day is the spring-change Sunday", function: "withdrawal.return_shipping.deadline",
                        notified: "2026-03-15", value: "2026-03-30T00:00:00+02:00", text: "dimanche 29\u{00A0}mars 2026"),
        AfterNoticeCase(name: "return: last day is the autumn-change Sunday", function: "withdrawal.return_shipping.deadline",
                        notified: "2026-10-11", value: "2026-10-26T00:00:00+01:00", text: "dimanche 25\u{00A0}octobre 2026"),
        AfterNoticeCase(name: "refund: 14 days", function: "withdrawal.refund.deadline", notified: "2026-06-01",
                        value: "2026-06-16T00:00:00+02:00", text: "lundi 15\u{00A0}juin 2026"),
        AfterNoticeCase(name: "refund: Christmas Day stays", function: "withdrawal.refund.deadline", notified: "2026-12-11",
                        value: "2026-12-26T00:00:00+01:00", text: "vendredi 25\u{00A0}décembre 2026"),
        AfterNoticeCase(name: "refund: over the leap day", function: "withdrawal.refund.deadline", notified: "2028-02-20",
                        value: "2028-03-06T00:00:00+01:00", text: "dimanche 5\u{00A0}mars 2028"),
    ]

    @Test("withdrawal.return_shipping.deadline and withdrawal.refund.deadline", arguments: afterNoticeCases)
    func afterNotice(_ c: AfterNoticeCase) throws {
        let result = try evaluate(c.function, ["notified": c.notified])
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
    }

    struct EligibleCase: CustomTestStringConvertible, Sendable {
        let name: String
        let seller: String
        let item: String
        var unsealed: String? = nil
        let expected: Bool
        let text: String
        var testDescription: String { name }
    }

    static func excluded(_ wording: String, _ paragraph: String) -> String {
        "Non\u{00A0}: \(wording) sont exclus du droit de rétractation (Code de la consommation, art.\u{00A0}L221-28, \(paragraph))."
    }

    static let eligibleText = "Oui\u{00A0}: le vendeur est un professionnel et cet article n’est pas exclu\u{00A0}: "
        + "le droit de rétractation s’applique."
    static let privateText = "Non\u{00A0}: la vente entre particuliers n’ouvre pas de droit de rétractation légal."

    static let eligibleCases: [EligibleCase] = [
        EligibleCase(name: "professional, standard", seller: "professional", item: "standard", expected: true, text: eligibleText),
        EligibleCase(name: "private seller", seller: "private", item: "standard", expected: false, text: privateText),
        EligibleCase(name: "private seller, recording: no seal question", seller: "private", item: "recording",
                     expected: false, text: privateText),
        EligibleCase(name: "recording, unsealed", seller: "professional", item: "recording", unsealed: "true", expected: false,
                     text: excluded("les enregistrements audio ou vidéo et les logiciels (DVD, CD, jeux vidéo) descellés après la livraison", "9°")),
        EligibleCase(name: "recording, still sealed", seller: "professional", item: "recording", unsealed: "false",
                     expected: true, text: eligibleText),
        EligibleCase(name: "hygiene, unsealed", seller: "professional", item: "hygiene", unsealed: "true", expected: false,
                     text: excluded("les biens scellés pour des raisons d’hygiène et descellés après la livraison (cosmétiques, lingerie, produits intimes)", "5°")),
        EligibleCase(name: "hygiene, still sealed", seller: "professional", item: "hygiene", unsealed: "false",
                     expected: true, text: eligibleText),
        EligibleCase(name: "show ticket", seller: "professional", item: "leisure_dated", expected: false,
                     text: excluded("les prestations de loisirs à date déterminée, comme les billets de spectacle", "12°")),
        EligibleCase(name: "service fully performed (L221-28, 1°, in the article's words)", seller: "professional",
                     item: "service_performed", expected: false,
                     text: excluded("les services pleinement exécutés avant la fin du délai de rétractation, dont l’exécution a "
                                    + "commencé avec votre accord préalable et exprès et votre reconnaissance de la perte de votre "
                                    + "droit de rétractation", "1°")),
        EligibleCase(name: "single newspaper", seller: "professional", item: "newspaper", expected: false,
                     text: excluded("les journaux et magazines vendus au numéro (les abonnements restent couverts)", "10°")),
        EligibleCase(name: "subscription is covered", seller: "professional", item: "subscription", expected: true,
                     text: eligibleText),
        EligibleCase(name: "personalised", seller: "professional", item: "personalised", expected: false,
                     text: excluded("les biens personnalisés ou fabriqués selon vos spécifications", "3°")),
        EligibleCase(name: "perishable", seller: "professional", item: "perishable", expected: false,
                     text: excluded("les biens susceptibles de se détériorer ou de se périmer rapidement", "4°")),
        EligibleCase(name: "unsealed does not matter for a standard item", seller: "professional", item: "standard",
                     unsealed: "true", expected: true, text: eligibleText),
        EligibleCase(name: "sealed does not save a perishable item", seller: "professional", item: "perishable",
                     unsealed: "false", expected: false,
                     text: excluded("les biens susceptibles de se détériorer ou de se périmer rapidement", "4°")),
    ]

    @Test("withdrawal.eligible", arguments: eligibleCases)
    func eligible(_ c: EligibleCase) throws {
        var arguments = ["seller": c.seller, "item": c.item]
        arguments["unsealed"] = c.unsealed
        let result = try evaluate("withdrawal.eligible", arguments)
        #expect(result.boolean == c.expected)
        #expect(result.text == c.text)
    }

    @Test("an item whose answer depends on its seal needs `unsealed`")
    func sealStateRequired() {
        #expect(failure("withdrawal.eligible", ["seller": "professional", "item": "recording"])?.description
            == "missing argument 'unsealed' for 'withdrawal.eligible'")
        #expect(failure("withdrawal.eligible", ["seller": "professional", "item": "hygiene"])?.description
            == "missing argument 'unsealed' for 'withdrawal.eligible'")
        #expect(failure("withdrawal.eligible", ["seller": "professional", "item": "recording", "unsealed": "yes"])?.description
            == "invalid value 'yes' for argument 'unsealed' of 'withdrawal.eligible': expected true or false")
        #expect(failure("withdrawal.eligible", ["seller": "professional", "item": "book"])?.description
            == "invalid value 'book' for argument 'item' of 'withdrawal.eligible': expected one of standard, recording, "
            + "hygiene, leisure_dated, service_performed, newspaper, subscription, personalised, perishable")
        #expect(failure("withdrawal.eligible", ["seller": "company", "item": "standard"])?.description
            == "invalid value 'company' for argument 'seller' of 'withdrawal.eligible': expected one of professional, private")
    }

    @Test("eligibility before the law was in force has no answer")
    func eligibleBeforeTheLaw() {
        #expect(failure("withdrawal.eligible", ["seller": "professional", "item": "standard"], asOf: day("2016-06-30"))?.description
            == "rule 'withdrawal.scope' has no value in force on 2016-06-30")
    }

    @Test("the withdrawal rules' wording and sources")
    func wording() throws {
        let on = day("2026-06-01")
        let period = try Fixture.book.rule("withdrawal.period", on: on)
        #expect(period.wording.text == "14\u{00A0}jours à compter de la réception")
        #expect(period.source.french == "Code de la consommation, art.\u{00A0}L221-18 et L221-19 "
            + "(délais comptés selon le règlement (CEE, Euratom) n°\u{00A0}1182/71)")
        let scope = try Fixture.book.rule("withdrawal.scope", on: on)
        #expect(scope.wording.text == "si le vendeur est un professionnel")
        #expect(scope.source.french.contains("liminaire"))
        #expect(scope.source.french.contains("L221-18"))
        let returns = try Fixture.book.rule("withdrawal.return_shipping", on: on)
        #expect(returns.wording.text == "14\u{00A0}jours")
        #expect(returns.wording.part("cost") == "à votre charge")
        #expect(returns.source.french == "Code de la consommation, art.\u{00A0}L221-23")
        let refund = try Fixture.book.rule("withdrawal.refund", on: on)
        #expect(refund.wording.text == "14\u{00A0}jours")
        #expect(refund.source.french == "Code de la consommation, art.\u{00A0}L221-24")
        let exclusions = try Fixture.book.rule("withdrawal.exclusions", on: on)
        #expect(exclusions.wording.items.count == 7)
        #expect(exclusions.source.french == "Code de la consommation, art.\u{00A0}L221-28")
    }
}
