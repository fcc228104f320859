import HelpCentreRules
import Testing

/// `withdrawal.function`: how a customer withdraws, before and from 19 June 2026 (Directive 2011/83/EU,
/// article 11 bis, inserted by Directive (EU) 2023/2673), as named cases.
@Suite("Withdrawal function")
struct WithdrawalFunctionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let date: String
        let value: String
        let source: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "1 July 2016, the code's numbering: form or unambiguous statement", date: "2016-07-01",
             value: "formulaire ou déclaration", source: "Code de la consommation, art.\u{00A0}L221-21"),
        Case(name: "18 June 2026, the eve of the new duty: still the form", date: "2026-06-18",
             value: "formulaire ou déclaration", source: "Code de la consommation, art.\u{00A0}L221-21"),
        Case(name: "19 June 2026, article 11 bis applies: the online function", date: "2026-06-19",
             value: "fonction de rétractation en ligne",
             source: "Directive 2011/83/UE, art.\u{00A0}11 bis (inséré par la directive (UE) 2023/2673, applicable à partir du 19 juin 2026)"),
        Case(name: "28 November 2026: the online function", date: "2026-11-28",
             value: "fonction de rétractation en ligne",
             source: "Directive 2011/83/UE, art.\u{00A0}11 bis (inséré par la directive (UE) 2023/2673, applicable à partir du 19 juin 2026)"),
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

    @Test("the new wording says where the function is, that it lasts the whole period, and the acknowledgement")
    func wording() throws {
        let rule = try Fixture.book.rule("withdrawal.function", on: day("2026-06-19"))
        #expect(rule.wording.items == [
            "le bouton «\u{00A0}Se rétracter\u{00A0}» se trouve dans votre espace client, sur la page de la commande",
            "il reste disponible pendant tout le délai de rétractation",
            "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver",
        ])
        #expect(rule.source.url == "https://eur-lex.europa.eu/eli/dir/2023/2673/oj")
    }

    @Test("the change is listed by rules diff on 19 June 2026, with the version it replaces")
    func change() throws {
        let changes = Fixture.book.changes(from: day("2026-05-01"), to: day("2026-07-01"))
        #expect(changes.map(\.id) == ["withdrawal.function"])
        #expect(changes.first?.date == day("2026-06-19"))
        #expect(changes.first?.before?.value.french == "formulaire ou déclaration")
    }
}
