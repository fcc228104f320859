import Foundation
import HelpCentreRules
import Testing

/// Every refusal names what is wrong and what was expected, with a suggestion for a likely typo.
@Suite("Errors")
struct ErrorTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let name: String
        let function: String
        let arguments: [String: String]
        let description: String
        var testDescription: String { name }
    }

    static let dateExpected = "expected a date such as 2026-06-01"
    static let instantExpected = "expected a date-time such as 2026-06-01T10:00 (Paris time) or 2026-06-01T08:00:00Z"

    static let cases: [ErrorCase] = [
        ErrorCase(name: "unknown function, with a suggestion", function: "withdrawal.period.deadlin",
                  arguments: ["received": "2026-06-01"],
                  description: "unknown function 'withdrawal.period.deadlin' (did you mean 'withdrawal.period.deadline'?)"),
        ErrorCase(name: "unknown function, nothing close", function: "refund", arguments: [:],
                  description: "unknown function 'refund'"),
        ErrorCase(name: "missing argument", function: "withdrawal.period.deadline", arguments: [:],
                  description: "missing argument 'received' for 'withdrawal.period.deadline'"),
        ErrorCase(name: "missing second argument", function: "withdrawal.period.on_time", arguments: ["received": "2026-06-01"],
                  description: "missing argument 'notified' for 'withdrawal.period.on_time'"),
        ErrorCase(name: "unknown argument, with a suggestion", function: "withdrawal.period.deadline",
                  arguments: ["recieved": "2026-06-01"],
                  description: "unknown argument 'recieved' for 'withdrawal.period.deadline' (did you mean 'received'?)"),
        ErrorCase(name: "unknown argument beside the right ones", function: "withdrawal.period.deadline",
                  arguments: ["received": "2026-06-01", "regoin": "national"],
                  description: "unknown argument 'regoin' for 'withdrawal.period.deadline' (did you mean 'region'?)"),
        ErrorCase(name: "unknown argument, nothing close", function: "delivery.shipping.deadline",
                  arguments: ["validated": "2026-06-01T10:00", "carrier": "la poste"],
                  description: "unknown argument 'carrier' for 'delivery.shipping.deadline'"),
        ErrorCase(name: "a date that does not exist: 2026-02-30", function: "withdrawal.period.deadline",
                  arguments: ["received": "2026-02-30"],
                  description: "invalid value '2026-02-30' for argument 'received' of 'withdrawal.period.deadline': \(dateExpected)"),
        ErrorCase(name: "no leap day in 2026", function: "withdrawal.period.deadline", arguments: ["received": "2026-02-29"],
                  description: "invalid value '2026-02-29' for argument 'received' of 'withdrawal.period.deadline': \(dateExpected)"),
        ErrorCase(name: "no leap day in 2026, as a purchase", function: "delivery.seller_confirmation.deadline",
                  arguments: ["purchased": "2026-02-29T10:00"],
                  description: "invalid value '2026-02-29T10:00' for argument 'purchased' of 'delivery.seller_confirmation.deadline': \(dateExpected)"),
        ErrorCase(name: "a word: demain", function: "withdrawal.period.deadline", arguments: ["received": "demain"],
                  description: "invalid value 'demain' for argument 'received' of 'withdrawal.period.deadline': \(dateExpected)"),
        ErrorCase(name: "hour 25", function: "delivery.shipping.deadline", arguments: ["validated": "2026-06-01T25:00"],
                  description: "invalid value '2026-06-01T25:00' for argument 'validated' of 'delivery.shipping.deadline': \(instantExpected)"),
        ErrorCase(name: "a French date order", function: "delivery.shipping.deadline", arguments: ["validated": "01/06/2026 10:00"],
                  description: "invalid value '01/06/2026 10:00' for argument 'validated' of 'delivery.shipping.deadline': \(instantExpected)"),
        ErrorCase(name: "empty value", function: "contact.phone.hours.is_open", arguments: ["at": ""],
                  description: "invalid value '' for argument 'at' of 'contact.phone.hours.is_open': \(instantExpected)"),
        ErrorCase(name: "a bare date where an instant is needed", function: "delivery.shipping.deadline",
                  arguments: ["validated": "2026-06-04"],
                  description: "invalid value '2026-06-04' for argument 'validated' of 'delivery.shipping.deadline': "
                      + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-06-04T10:00"),
        ErrorCase(name: "notified: neither a date nor a date-time", function: "withdrawal.period.on_time",
                  arguments: ["received": "2026-06-01", "notified": "hier"],
                  description: "invalid value 'hier' for argument 'notified' of 'withdrawal.period.on_time': "
                      + "expected a date such as 2026-06-01 or a date-time such as 2026-06-01T10:00"),
        ErrorCase(name: "recording without unsealed", function: "withdrawal.eligible",
                  arguments: ["seller": "professional", "item": "recording"],
                  description: "missing argument 'unsealed' for 'withdrawal.eligible'"),
        ErrorCase(name: "unknown region", function: "withdrawal.period.deadline",
                  arguments: ["received": "2026-06-01", "region": "alsace"],
                  description: "invalid value 'alsace' for argument 'region' of 'withdrawal.period.deadline': "
                      + "expected one of national, alsace-moselle"),
        ErrorCase(name: "a two-digit year", function: "calendar.holidays", arguments: ["year": "26"],
                  description: "invalid value '26' for argument 'year' of 'calendar.holidays': expected a Gregorian year from 1583 to 9999"),
        ErrorCase(name: "a year before the Gregorian calendar", function: "calendar.holidays", arguments: ["year": "1500"],
                  description: "invalid value '1500' for argument 'year' of 'calendar.holidays': expected a Gregorian year from 1583 to 9999"),
    ]

    @Test("refusals and their messages", arguments: cases)
    func refusal(_ c: ErrorCase) {
        #expect(failure(c.function, c.arguments)?.description == c.description)
    }

    @Test("errors carry their reason as data")
    func reasons() {
        #expect(failure("withdrawal.period.deadlin", [:])?.reason
            == .unknownFunction("withdrawal.period.deadlin", suggestion: "withdrawal.period.deadline"))
        #expect(failure("withdrawal.period.deadline", ["recieved": "2026-06-01"])?.reason
            == .unknownArgument(function: "withdrawal.period.deadline", name: "recieved", suggestion: "received"))
        #expect(failure("withdrawal.period.deadline", [:])?.reason
            == .missingArgument(function: "withdrawal.period.deadline", name: "received"))
        #expect(RulesError(.unknownRule("x", suggestion: nil)).description == "unknown rule 'x'")
        #expect(RulesError(.unknownRule("withdrawal.periode", suggestion: "withdrawal.period")).description
            == "unknown rule 'withdrawal.periode' (did you mean 'withdrawal.period'?)")
    }

    @Test("suggestions: the closest name within a third of the word")
    func suggestion() {
        #expect(Suggestion.distance("recieved", "received") == 2)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "recieved", in: ["received", "region"]) == "received")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["received", "region"]) == nil)
        #expect(Suggestion.closest(to: "regon", in: ["received", "region"]) == "region")
    }
}
