import Foundation
import HelpCentreRules

/// The Paris clock and the standard rule book every test reads, built once.
enum Fixture {
    static let clock: ParisClock = {
        do { return try ParisClock() } catch { fatalError("\(error)") }
    }()
    static let book = RuleBook.standard(clock: clock)
    /// The evaluation date for calls that have no event date of their own.
    static let asOf = day("2026-06-01")
}

/// A date written as `2026-06-01`; a typo in a test is a crash, not a silent pass.
func day(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { fatalError("not a date: \(iso)") }
    return date
}

/// An instant given with an offset, such as `2026-06-08T22:30:00Z`.
func instant(_ iso: String) -> Date {
    guard case .instant(let date)? = TimeInput.parse(iso) else { fatalError("not an instant: \(iso)") }
    return date
}

/// A Paris wall-clock time written `2026-06-01T10:00[:ss]`, resolved as the module resolves it.
func paris(_ text: String) -> Date {
    guard case .local(let local)? = TimeInput.parse(text) else { fatalError("not a local time: \(text)") }
    return Fixture.clock.instant(local)
}

func localDateTime(_ text: String) -> LocalDateTime {
    guard case .local(let local)? = TimeInput.parse(text) else { fatalError("not a local time: \(text)") }
    return local
}

/// The ISO form with the Paris offset, as the functions answer.
func iso(_ date: Date) -> String { Fixture.clock.iso8601(date) }

/// Runs a function of the standard book (or of `book`).
func evaluate(_ id: String, _ arguments: [String: String], book: RuleBook = Fixture.book,
              asOf: LocalDate = Fixture.asOf) throws(RulesError) -> Evaluation {
    try book.evaluate(id, arguments, asOf: asOf)
}

/// The error a call throws, or nil when it succeeds.
func failure(_ id: String, _ arguments: [String: String], book: RuleBook = Fixture.book,
             asOf: LocalDate = Fixture.asOf) -> RulesError? {
    do {
        _ = try book.evaluate(id, arguments, asOf: asOf)
        return nil
    } catch {
        return error
    }
}

extension Evaluation {
    /// The ISO 8601 form of an instant value, nil for any other kind of value.
    var iso: String? {
        if case .instant(_, let iso) = value { return iso }
        return nil
    }

    var instant: Date? {
        if case .instant(let date, _) = value { return date }
        return nil
    }

    var boolean: Bool? {
        if case .boolean(let b) = value { return b }
        return nil
    }

    var dates: [String]? {
        if case .dates(let days) = value { return days.map(\.iso) }
        return nil
    }
}

/// Builds a `{ "name": value }` dictionary of arguments from pairs, in the order written.
func args(_ pairs: KeyValuePairs<String, String>) -> [String: String] {
    Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
}

/// The public holidays of 2026–2031 written out by hand (not computed), as the oracle of the tests.
enum HandHolidays {
    static let national: [Int: [String]] = [
        2026: ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
               "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"],
        2027: ["2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
               "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"],
        2028: ["2028-01-01", "2028-04-17", "2028-05-01", "2028-05-08", "2028-05-25", "2028-06-05",
               "2028-07-14", "2028-08-15", "2028-11-01", "2028-11-11", "2028-12-25"],
        2029: ["2029-01-01", "2029-04-02", "2029-05-01", "2029-05-08", "2029-05-10", "2029-05-21",
               "2029-07-14", "2029-08-15", "2029-11-01", "2029-11-11", "2029-12-25"],
        2030: ["2030-01-01", "2030-04-22", "2030-05-01", "2030-05-08", "2030-05-30", "2030-06-10",
               "2030-07-14", "2030-08-15", "2030-11-01", "2030-11-11", "2030-12-25"],
    ]
    /// Good Friday and 26 December, added in Alsace-Moselle.
    static let alsaceExtra: [Int: [String]] = [
        2026: ["2026-04-03", "2026-12-26"],
        2027: ["2027-03-26", "2027-12-26"],
        2028: ["2028-04-14", "2028-12-26"],
        2029: ["2029-03-30", "2029-12-26"],
        2030: ["2030-04-19", "2030-12-26"],
    ]
    /// Deadlines near the end of 2030 reach into January 2031.
    static let early2031 = ["2031-01-01"]

    static func all(_ region: Region) -> Set<LocalDate> {
        var days = national.values.joined().map(day) + early2031.map(day)
        if region == .alsaceMoselle { days += alsaceExtra.values.joined().map(day) }
        return Set(days)
    }

    static func sorted(_ year: Int, _ region: Region) -> [String] {
        let extra = region == .alsaceMoselle ? alsaceExtra[year]! : []
        return (national[year]! + extra).sorted()
    }
}

/// 2026-01-01 to 2030-12-31 as day numbers, for properties over every day of the period.
let periodDays: ClosedRange<Int> = day("2026-01-01").dayNumber ... day("2030-12-31").dayNumber
