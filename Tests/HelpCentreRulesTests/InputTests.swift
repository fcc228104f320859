import Foundation
import HelpCentreRules
import Testing

/// The three forms of a time argument, and the civil dates underneath.
@Suite("Inputs and dates")
struct InputTests {
    enum Kind: Sendable { case instant(String), local(String), date(String), invalid }

    struct ParseCase: CustomTestStringConvertible, Sendable {
        let text: String
        /// What it means: the instant as ISO with the Paris offset, the local date-time, or the date.
        let kind: Kind
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let parses: [ParseCase] = [
        ParseCase(text: "2026-06-08T22:30:00Z", kind: .instant("2026-06-09T00:30:00+02:00")),
        ParseCase(text: "2026-06-08T22:30Z", kind: .instant("2026-06-09T00:30:00+02:00")),
        ParseCase(text: "2026-06-01T10:00:00+02:00", kind: .instant("2026-06-01T10:00:00+02:00")),
        ParseCase(text: "2026-06-01T10:00:00-05:30", kind: .instant("2026-06-01T17:30:00+02:00")),
        ParseCase(text: "2026-01-01T23:30:00Z", kind: .instant("2026-01-02T00:30:00+01:00")),
        ParseCase(text: "2026-06-01T10:00", kind: .local("2026-06-01T10:00:00")),
        ParseCase(text: "2026-06-01T10:00:59", kind: .local("2026-06-01T10:00:59")),
        ParseCase(text: "2026-03-29T02:30", kind: .local("2026-03-29T02:30:00")),
        ParseCase(text: "2026-06-01", kind: .date("2026-06-01")),
        ParseCase(text: "2028-02-29", kind: .date("2028-02-29")),
        ParseCase(text: "2026-02-29", kind: .invalid),
        ParseCase(text: "2026-02-30", kind: .invalid),
        ParseCase(text: "2026-13-01", kind: .invalid),
        ParseCase(text: "2026-6-1", kind: .invalid),
        ParseCase(text: "demain", kind: .invalid),
        ParseCase(text: "", kind: .invalid),
        ParseCase(text: "2026-06-01T25:00", kind: .invalid),
        ParseCase(text: "2026-06-01T10:60", kind: .invalid),
        ParseCase(text: "2026-06-01T10", kind: .invalid),
        ParseCase(text: "2026-06-01T10:00+25:00", kind: .invalid),
        ParseCase(text: "2026-06-01 10:00", kind: .invalid),
        ParseCase(text: "2026-06-01T10:00:00.5Z", kind: .invalid),
    ]

    @Test("TimeInput.parse", arguments: parses)
    func parse(_ c: ParseCase) {
        let parsed = TimeInput.parse(c.text)
        switch c.kind {
        case .instant(let expected):
            guard case .instant(let date)? = parsed else { Issue.record("not an instant: \(String(describing: parsed))"); return }
            #expect(iso(date) == expected)
        case .local(let expected):
            guard case .local(let local)? = parsed else { Issue.record("not a local time: \(String(describing: parsed))"); return }
            #expect(local.description == expected)
        case .date(let expected):
            guard case .date(let date)? = parsed else { Issue.record("not a date: \(String(describing: parsed))"); return }
            #expect(date.iso == expected)
        case .invalid:
            #expect(parsed == nil)
        }
    }

    @Test("an input's Paris date and instant")
    func readings() throws {
        let clock = Fixture.clock
        let utc = try #require(TimeInput.parse("2026-06-08T22:30:00Z"))
        #expect(utc.localDate(clock: clock) == day("2026-06-09"))
        #expect(utc.instant(clock: clock) == instant("2026-06-08T22:30:00Z"))
        let local = try #require(TimeInput.parse("2026-06-01T10:00"))
        #expect(local.localDate(clock: clock) == day("2026-06-01"))
        #expect(local.instant(clock: clock) == instant("2026-06-01T08:00:00Z"))
        let date = try #require(TimeInput.parse("2026-06-01"))
        #expect(date.localDate(clock: clock) == day("2026-06-01"))
        #expect(date.instant(clock: clock) == nil)
    }

    @Test("LocalDate: validity, arithmetic, weekday")
    func localDate() {
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29)?.iso == "2028-02-29")
        #expect(LocalDate(year: 2100, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29)?.iso == "2000-02-29")
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("1970-01-01").weekday == .thursday)
        #expect(day("2026-06-01").dayNumber == 20_605)
        #expect(day("2026-06-01").weekday == .monday)
        #expect(day("2028-02-28").adding(days: 1).iso == "2028-02-29")
        #expect(day("2026-02-28").adding(days: 1).iso == "2026-03-01")
        #expect(day("2026-12-31").adding(days: 1).iso == "2027-01-01")
        #expect(day("2026-06-01").days(to: day("2026-06-15")) == 14)
        #expect(day("2026-06-01") < day("2026-06-02"))
        #expect(day("0999-01-01").iso == "0999-01-01")
        #expect(LocalDate(dayNumber: -1).iso == "1969-12-31")
    }

    @Test("LocalDate(iso:) takes YYYY-MM-DD only", arguments: [
        ("2026-06-01", "2026-06-01"), ("0999-01-01", "0999-01-01"),
        ("2026-02-30", nil), ("2026-13-01", nil), ("0000-01-01", nil),
        ("2026-6-01", nil), ("2026-06-1", nil), ("2026-06-01 ", nil), (" 2026-06-01", nil),
        ("2026/06/01", nil), ("+026-06-01", nil), ("2026-0a-01", nil), ("", nil),
        ("２０２６-06-01", nil), ("2026-٠٦-01", nil), ("2026-06-01T00:00", nil),
    ] as [(String, String?)])
    func localDateISO(_ text: String, _ expected: String?) {
        #expect(LocalDate(iso: text)?.iso == expected)
        #expect(LocalDate(iso: text[...])?.iso == expected)
    }
}
