import Foundation
import HelpCentreRules
import Testing

/// `claims.waiting_period`: from the same wall-clock time 7 calendar days after validation, inclusive.
@Suite("Claim rules")
struct ClaimRuleTests {
    struct OpensCase: CustomTestStringConvertible, Sendable {
        let name: String
        let validated: String
        let value: String
        let text: String
        var testDescription: String { name }
    }

    static let opens: [OpensCase] = [
        OpensCase(name: "RULES.md: validated Thu 2026-12-24 15:00", validated: "2026-12-24T15:00",
                  value: "2026-12-31T15:00:00+01:00", text: "jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h"),
        OpensCase(name: "no weekend or holiday shift", validated: "2026-04-25T10:00",
                  value: "2026-05-02T10:00:00+02:00", text: "samedi 2\u{00A0}mai 2026 à 10\u{00A0}h"),
        OpensCase(name: "spring change: same wall-clock time, 167 real hours", validated: "2026-03-25T10:00",
                  value: "2026-04-01T10:00:00+02:00", text: "mercredi 1er\u{00A0}avril 2026 à 10\u{00A0}h"),
        OpensCase(name: "spring gap: 02:30 on 2026-03-29 moves to 03:30", validated: "2026-03-22T02:30",
                  value: "2026-03-29T03:30:00+02:00", text: "dimanche 29\u{00A0}mars 2026 à 3\u{00A0}h\u{00A0}30"),
        OpensCase(name: "autumn change: same wall-clock time, 169 real hours", validated: "2026-10-20T10:00",
                  value: "2026-10-27T10:00:00+01:00", text: "mardi 27\u{00A0}octobre 2026 à 10\u{00A0}h"),
        OpensCase(name: "autumn: an ambiguous 02:30 is the first one", validated: "2026-10-18T02:30",
                  value: "2026-10-25T02:30:00+02:00", text: "dimanche 25\u{00A0}octobre 2026 à 2\u{00A0}h\u{00A0}30"),
        OpensCase(name: "validated in UTC, read in Paris", validated: "2026-06-08T22:30:00Z",
                  value: "2026-06-16T00:30:00+02:00", text: "mardi 16\u{00A0}juin 2026 à 0\u{00A0}h\u{00A0}30"),
        OpensCase(name: "over a leap day", validated: "2028-02-25T08:00",
                  value: "2028-03-03T08:00:00+01:00", text: "vendredi 3\u{00A0}mars 2028 à 8\u{00A0}h"),
    ]

    @Test("claims.waiting_period.opens_at", arguments: opens)
    func opensAt(_ c: OpensCase) throws {
        let result = try evaluate("claims.waiting_period.opens_at", ["validated": c.validated])
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
    }

    @Test("real hours across the changes: 167 in spring, 169 in autumn")
    func realHours() throws {
        let spring = try #require(try evaluate("claims.waiting_period.opens_at", ["validated": "2026-03-25T10:00"]).instant)
        #expect(spring.timeIntervalSince(paris("2026-03-25T10:00")) == 167 * 3600)
        let autumn = try #require(try evaluate("claims.waiting_period.opens_at", ["validated": "2026-10-20T10:00"]).instant)
        #expect(autumn.timeIntervalSince(paris("2026-10-20T10:00")) == 169 * 3600)
    }

    struct CanOpenCase: CustomTestStringConvertible, Sendable {
        let name: String
        let validated: String
        let at: String
        let expected: Bool
        let text: String
        var testDescription: String { name }
    }

    static let canOpenCases: [CanOpenCase] = [
        CanOpenCase(name: "RULES.md: at 14:59:59 it is refused", validated: "2026-12-24T15:00", at: "2026-12-31T14:59:59",
                    expected: false,
                    text: "Non\u{00A0}: une réclamation pourra être ouverte à partir du jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h."),
        CanOpenCase(name: "RULES.md: at 15:00:00 it is allowed (inclusive)", validated: "2026-12-24T15:00",
                    at: "2026-12-31T15:00:00", expected: true,
                    text: "Oui\u{00A0}: une réclamation peut être ouverte depuis le jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h."),
        CanOpenCase(name: "the same instant given in UTC", validated: "2026-12-24T15:00", at: "2026-12-31T14:00:00Z",
                    expected: true,
                    text: "Oui\u{00A0}: une réclamation peut être ouverte depuis le jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h."),
        CanOpenCase(name: "one second before, in UTC", validated: "2026-12-24T15:00", at: "2026-12-31T13:59:59Z",
                    expected: false,
                    text: "Non\u{00A0}: une réclamation pourra être ouverte à partir du jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h."),
        CanOpenCase(name: "long after", validated: "2026-12-24T15:00", at: "2027-02-01T08:00", expected: true,
                    text: "Oui\u{00A0}: une réclamation peut être ouverte depuis le jeudi 31\u{00A0}décembre 2026 à 15\u{00A0}h."),
        CanOpenCase(name: "spring gap: 03:29:59 is too early", validated: "2026-03-22T02:30", at: "2026-03-29T03:29:59",
                    expected: false,
                    text: "Non\u{00A0}: une réclamation pourra être ouverte à partir du dimanche 29\u{00A0}mars 2026 à 3\u{00A0}h\u{00A0}30."),
        CanOpenCase(name: "spring gap: 03:30 is allowed", validated: "2026-03-22T02:30", at: "2026-03-29T03:30",
                    expected: true,
                    text: "Oui\u{00A0}: une réclamation peut être ouverte depuis le dimanche 29\u{00A0}mars 2026 à 3\u{00A0}h\u{00A0}30."),
        CanOpenCase(name: "autumn: the second 02:30 is after the first", validated: "2026-10-18T02:30",
                    at: "2026-10-25T02:30:00+01:00", expected: true,
                    text: "Oui\u{00A0}: une réclamation peut être ouverte depuis le dimanche 25\u{00A0}octobre 2026 à 2\u{00A0}h\u{00A0}30."),
        CanOpenCase(name: "autumn: 02:29:59 (first one) is too early", validated: "2026-10-18T02:30",
                    at: "2026-10-25T02:29:59+02:00", expected: false,
                    text: "Non\u{00A0}: une réclamation pourra être ouverte à partir du dimanche 25\u{00A0}octobre 2026 à 2\u{00A0}h\u{00A0}30."),
    ]

    @Test("claims.waiting_period.can_open", arguments: canOpenCases)
    func canOpen(_ c: CanOpenCase) throws {
        let result = try evaluate("claims.waiting_period.can_open", ["validated": c.validated, "at": c.at])
        #expect(result.boolean == c.expected)
        #expect(result.text == c.text)
    }

    @Test("a claim's times must be instants")
    func bareDates() {
        #expect(failure("claims.waiting_period.opens_at", ["validated": "2026-12-24"])?.description
            == "invalid value '2026-12-24' for argument 'validated' of 'claims.waiting_period.opens_at': "
            + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-12-24T10:00")
        #expect(failure("claims.waiting_period.can_open", ["validated": "2026-12-24T15:00", "at": "2026-12-31"])?.description
            == "invalid value '2026-12-31' for argument 'at' of 'claims.waiting_period.can_open': "
            + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-12-31T10:00")
        #expect(failure("claims.waiting_period.can_open", ["validated": "2026-12-24T15:00"])?.description
            == "missing argument 'at' for 'claims.waiting_period.can_open'")
    }

    @Test("the rule's wording")
    func wording() throws {
        let rule = try Fixture.book.rule("claims.waiting_period", on: day("2026-06-01"))
        #expect(rule.wording.text == "7\u{00A0}jours après sa validation")
        #expect(rule.wording.part("value") == "7\u{00A0}jours")
        #expect(rule.value == .quantity(WallClockDays(7).quantity))
    }
}
