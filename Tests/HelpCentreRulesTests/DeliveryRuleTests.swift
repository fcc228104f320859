import Foundation
import HelpCentreRules
import Testing

/// `delivery.seller_confirmation` (3 business days, the purchase day never counts) and `delivery.shipping`
/// (48 elapsed hours).
@Suite("Delivery rules")
struct DeliveryRuleTests {
    struct ConfirmationCase: CustomTestStringConvertible, Sendable {
        let name: String
        let purchased: String
        var region: String? = nil
        /// The first instant too late: 00:00 after the last day.
        let value: String
        /// The last day.
        let text: String
        var testDescription: String { name }
    }

    static let confirmations: [ConfirmationCase] = [
        // Worked examples of RULES.md.
        ConfirmationCase(name: "RULES.md: purchase Mon 2026-06-01 10:00", purchased: "2026-06-01T10:00",
                         value: "2026-06-05T00:00:00+02:00", text: "jeudi 4\u{00A0}juin 2026"),
        ConfirmationCase(name: "RULES.md: purchase Fri 2026-06-05 18:00", purchased: "2026-06-05T18:00",
                         value: "2026-06-11T00:00:00+02:00", text: "mercredi 10\u{00A0}juin 2026"),
        // The hour of the purchase never matters.
        ConfirmationCase(name: "purchase at 00:00", purchased: "2026-06-01T00:00",
                         value: "2026-06-05T00:00:00+02:00", text: "jeudi 4\u{00A0}juin 2026"),
        ConfirmationCase(name: "purchase at 23:59:59", purchased: "2026-06-01T23:59:59",
                         value: "2026-06-05T00:00:00+02:00", text: "jeudi 4\u{00A0}juin 2026"),
        ConfirmationCase(name: "purchase given as a date", purchased: "2026-06-01",
                         value: "2026-06-05T00:00:00+02:00", text: "jeudi 4\u{00A0}juin 2026"),
        ConfirmationCase(name: "purchase on a Saturday", purchased: "2026-06-06T11:00",
                         value: "2026-06-11T00:00:00+02:00", text: "mercredi 10\u{00A0}juin 2026"),
        // Holidays.
        ConfirmationCase(name: "over Ascension (Thu 2026-05-14)", purchased: "2026-05-13T09:00",
                         value: "2026-05-20T00:00:00+02:00", text: "mardi 19\u{00A0}mai 2026"),
        ConfirmationCase(name: "over 1 May (a Friday)", purchased: "2026-04-29T12:00",
                         value: "2026-05-06T00:00:00+02:00", text: "mardi 5\u{00A0}mai 2026"),
        ConfirmationCase(name: "over Christmas", purchased: "2026-12-23T12:00",
                         value: "2026-12-30T00:00:00+01:00", text: "mardi 29\u{00A0}décembre 2026"),
        ConfirmationCase(name: "over New Year 2031", purchased: "2030-12-31T12:00",
                         value: "2031-01-07T00:00:00+01:00", text: "lundi 6\u{00A0}janvier 2031"),
        // Good Friday and 26 December change the answer in Alsace-Moselle.
        ConfirmationCase(name: "over Easter, national", purchased: "2026-04-01", region: "national",
                         value: "2026-04-08T00:00:00+02:00", text: "mardi 7\u{00A0}avril 2026"),
        ConfirmationCase(name: "over Good Friday, Alsace-Moselle", purchased: "2026-04-01", region: "alsace-moselle",
                         value: "2026-04-09T00:00:00+02:00", text: "mercredi 8\u{00A0}avril 2026"),
        ConfirmationCase(name: "over Christmas 2028, national", purchased: "2028-12-22",
                         value: "2028-12-29T00:00:00+01:00", text: "jeudi 28\u{00A0}décembre 2028"),
        ConfirmationCase(name: "over 26 December 2028, Alsace-Moselle", purchased: "2028-12-22", region: "alsace-moselle",
                         value: "2028-12-30T00:00:00+01:00", text: "vendredi 29\u{00A0}décembre 2028"),
        // Leap day.
        ConfirmationCase(name: "purchase on leap day 2028-02-29", purchased: "2028-02-29T10:00",
                         value: "2028-03-04T00:00:00+01:00", text: "vendredi 3\u{00A0}mars 2028"),
        // Instants given in UTC count from their Paris date.
        ConfirmationCase(name: "2026-06-08T22:30:00Z is Tue 9 June in Paris", purchased: "2026-06-08T22:30:00Z",
                         value: "2026-06-13T00:00:00+02:00", text: "vendredi 12\u{00A0}juin 2026"),
        ConfirmationCase(name: "2026-06-08T21:59:59Z is still Mon 8 June in Paris", purchased: "2026-06-08T21:59:59Z",
                         value: "2026-06-12T00:00:00+02:00", text: "jeudi 11\u{00A0}juin 2026"),
        ConfirmationCase(name: "2026-01-01T23:30:00Z is Fri 2 January in Paris", purchased: "2026-01-01T23:30:00Z",
                         value: "2026-01-08T00:00:00+01:00", text: "mercredi 7\u{00A0}janvier 2026"),
        // Across the spring change: the bound is midnight in summer time.
        ConfirmationCase(name: "across the spring change", purchased: "2026-03-26T10:00",
                         value: "2026-04-01T00:00:00+02:00", text: "mardi 31\u{00A0}mars 2026"),
    ]

    @Test("delivery.seller_confirmation.deadline", arguments: confirmations)
    func sellerConfirmation(_ c: ConfirmationCase) throws {
        var arguments = ["purchased": c.purchased]
        arguments["region"] = c.region
        let result = try evaluate("delivery.seller_confirmation.deadline", arguments)
        #expect(result.function == "delivery.seller_confirmation.deadline")
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
    }

    @Test("the deadline is 00:00 after the last day: one second before is on time")
    func confirmationBound() throws {
        let result = try evaluate("delivery.seller_confirmation.deadline", ["purchased": "2026-06-01T10:00"])
        let bound = try #require(result.instant)
        #expect(bound == paris("2026-06-05T00:00"))
        #expect(Fixture.clock.local(bound.addingTimeInterval(-1)) == localDateTime("2026-06-04T23:59:59"))
    }

    struct ShippingCase: CustomTestStringConvertible, Sendable {
        let name: String
        let validated: String
        let value: String
        let text: String
        /// Hours between the two wall-clock readings.
        let wallClockHours: Int
        var testDescription: String { name }
    }

    static let shippings: [ShippingCase] = [
        ShippingCase(name: "RULES.md: validated Thu 2026-06-04 15:00", validated: "2026-06-04T15:00",
                     value: "2026-06-06T15:00:00+02:00", text: "samedi 6\u{00A0}juin 2026 à 15\u{00A0}h", wallClockHours: 48),
        ShippingCase(name: "RULES.md: spring change, validated Fri 2026-03-27 10:00", validated: "2026-03-27T10:00",
                     value: "2026-03-29T11:00:00+02:00", text: "dimanche 29\u{00A0}mars 2026 à 11\u{00A0}h", wallClockHours: 49),
        ShippingCase(name: "autumn change, validated Sat 2026-10-24 10:00", validated: "2026-10-24T10:00",
                     value: "2026-10-26T09:00:00+01:00", text: "lundi 26\u{00A0}octobre 2026 à 9\u{00A0}h", wallClockHours: 47),
        ShippingCase(name: "no weekend or holiday extension", validated: "2026-12-24T09:30",
                     value: "2026-12-26T09:30:00+01:00", text: "samedi 26\u{00A0}décembre 2026 à 9\u{00A0}h\u{00A0}30",
                     wallClockHours: 48),
        ShippingCase(name: "validated in UTC", validated: "2026-06-08T22:30:00Z",
                     value: "2026-06-11T00:30:00+02:00", text: "jeudi 11\u{00A0}juin 2026 à 0\u{00A0}h\u{00A0}30",
                     wallClockHours: 48),
        ShippingCase(name: "validated with seconds", validated: "2026-06-04T15:00:42",
                     value: "2026-06-06T15:00:42+02:00", text: "samedi 6\u{00A0}juin 2026 à 15\u{00A0}h\u{00A0}0\u{00A0}min\u{00A0}42\u{00A0}s",
                     wallClockHours: 48),
    ]

    @Test("delivery.shipping.deadline: 48 elapsed hours", arguments: shippings)
    func shipping(_ c: ShippingCase) throws {
        let result = try evaluate("delivery.shipping.deadline", ["validated": c.validated])
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
        let bound = try #require(result.instant)
        let validated = try #require(TimeInput.parse(c.validated)?.instant(clock: Fixture.clock))
        #expect(bound.timeIntervalSince(validated) == 48 * 3600)
        let clock = Fixture.clock
        let wall = clock.local(bound).date.dayNumber * 24 + clock.local(bound).time.hour
            - (clock.local(validated).date.dayNumber * 24 + clock.local(validated).time.hour)
        #expect(wall == c.wallClockHours)
    }

    @Test("a shipping deadline needs an instant: a bare date is refused")
    func shippingBareDate() {
        #expect(failure("delivery.shipping.deadline", ["validated": "2026-06-04"])?.description
            == "invalid value '2026-06-04' for argument 'validated' of 'delivery.shipping.deadline': "
            + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-06-04T10:00")
    }

    @Test("the rules' wording")
    func wording() throws {
        let on = day("2026-06-01")
        #expect(try Fixture.book.rule("delivery.seller_confirmation", on: on).wording.text == "3\u{00A0}jours ouvrés")
        #expect(try Fixture.book.rule("delivery.shipping", on: on).wording.text == "48\u{00A0}heures")
        #expect(try Fixture.book.rule("delivery.shipping", on: on).value == .quantity(ElapsedHours(48).quantity))
        #expect(try Fixture.book.rule("delivery.seller_confirmation", on: on).value
            == .quantity(BusinessDays(3).quantity))
    }
}
