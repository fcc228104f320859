import Foundation
import HelpCentreRules
import Testing

/// Public holidays, business days, Easter, and the Paris clock around its two yearly changes.
@Suite("Calendar")
struct CalendarTests {
    struct HolidayYear: CustomTestStringConvertible, Sendable {
        let year: Int
        let region: Region
        var testDescription: String { "\(year) \(region.rawValue)" }
    }

    static let years: [HolidayYear] = (2026...2030).flatMap { year in
        Region.allCases.map { HolidayYear(year: year, region: $0) }
    }

    @Test("calendar.holidays lists every holiday, sorted", arguments: years)
    func holidays(_ c: HolidayYear) throws {
        let result = try evaluate("calendar.holidays", ["year": String(c.year), "region": c.region.rawValue])
        #expect(result.dates == HandHolidays.sorted(c.year, c.region))
        #expect(result.dates?.count == (c.region == .national ? 11 : 13))
    }

    @Test("the default region is national")
    func holidaysDefaultRegion() throws {
        let result = try evaluate("calendar.holidays", ["year": "2027"])
        #expect(result.dates == HandHolidays.national[2027])
        // Ascension 2027 (6 May) comes before 8 May: sorted, not in the order of the law.
        #expect(result.dates?[3] == "2027-05-06")
        #expect(result.dates?[4] == "2027-05-08")
    }

    @Test("the holidays' text names each day")
    func holidaysText() throws {
        let result = try evaluate("calendar.holidays", ["year": "2026", "region": "alsace-moselle"])
        #expect(result.text.hasPrefix(
            "jeudi 1er\u{00A0}janvier 2026 (Jour de l’an), vendredi 3\u{00A0}avril 2026 (Vendredi saint), "
            + "lundi 6\u{00A0}avril 2026 (Lundi de Pâques), vendredi 1er\u{00A0}mai 2026 (Fête du Travail), "
            + "vendredi 8\u{00A0}mai 2026 (Victoire 1945), jeudi 14\u{00A0}mai 2026 (Ascension), "
            + "lundi 25\u{00A0}mai 2026 (Lundi de Pentecôte)"))
        #expect(result.text.hasSuffix(
            "vendredi 25\u{00A0}décembre 2026 (Noël), samedi 26\u{00A0}décembre 2026 (Saint-Étienne)"))
    }

    struct EasterCase: CustomTestStringConvertible, Sendable {
        let year: Int
        let sunday: String
        var testDescription: String { "Easter \(year)" }
    }

    @Test("Easter Sunday (Meeus/Jones/Butcher)", arguments: [
        EasterCase(year: 2026, sunday: "2026-04-05"), EasterCase(year: 2027, sunday: "2027-03-28"),
        EasterCase(year: 2028, sunday: "2028-04-16"), EasterCase(year: 2029, sunday: "2029-04-01"),
        EasterCase(year: 2030, sunday: "2030-04-21"), EasterCase(year: 2038, sunday: "2038-04-25"),
        EasterCase(year: 2285, sunday: "2285-03-22"), EasterCase(year: 1818, sunday: "1818-03-22"),
        EasterCase(year: 2000, sunday: "2000-04-23"), EasterCase(year: 2019, sunday: "2019-04-21"),
    ])
    func easter(_ c: EasterCase) {
        #expect(Easter.sunday(year: c.year).iso == c.sunday)
        #expect(Easter.sunday(year: c.year).weekday == .sunday)
    }

    struct BusinessDayCase: CustomTestStringConvertible, Sendable {
        let name: String
        let date: String
        var region: String? = nil
        let expected: Bool
        let text: String
        var testDescription: String { name }
    }

    static let businessDays: [BusinessDayCase] = [
        BusinessDayCase(name: "1 May on a Friday", date: "2026-05-01", expected: false,
                        text: "Non\u{00A0}: le vendredi 1er\u{00A0}mai 2026 est un jour férié (Fête du Travail)."),
        BusinessDayCase(name: "an ordinary Monday", date: "2026-06-01", expected: true,
                        text: "Oui\u{00A0}: le lundi 1er\u{00A0}juin 2026 est un jour ouvré."),
        BusinessDayCase(name: "a Saturday", date: "2026-06-06", expected: false,
                        text: "Non\u{00A0}: le samedi 6\u{00A0}juin 2026 tombe un week-end."),
        BusinessDayCase(name: "a Sunday", date: "2026-06-07", expected: false,
                        text: "Non\u{00A0}: le dimanche 7\u{00A0}juin 2026 tombe un week-end."),
        BusinessDayCase(name: "Ascension Thursday", date: "2026-05-14", expected: false,
                        text: "Non\u{00A0}: le jeudi 14\u{00A0}mai 2026 est un jour férié (Ascension)."),
        BusinessDayCase(name: "the bridge after Ascension is worked", date: "2026-05-15", expected: true,
                        text: "Oui\u{00A0}: le vendredi 15\u{00A0}mai 2026 est un jour ouvré."),
        BusinessDayCase(name: "Whit Monday", date: "2026-05-25", expected: false,
                        text: "Non\u{00A0}: le lundi 25\u{00A0}mai 2026 est un jour férié (Lundi de Pentecôte)."),
        BusinessDayCase(name: "Armistice on a Wednesday", date: "2026-11-11", expected: false,
                        text: "Non\u{00A0}: le mercredi 11\u{00A0}novembre 2026 est un jour férié (Armistice 1918)."),
        BusinessDayCase(name: "Good Friday nationally", date: "2026-04-03", expected: true,
                        text: "Oui\u{00A0}: le vendredi 3\u{00A0}avril 2026 est un jour ouvré."),
        BusinessDayCase(name: "Good Friday in Alsace-Moselle", date: "2026-04-03", region: "alsace-moselle", expected: false,
                        text: "Non\u{00A0}: le vendredi 3\u{00A0}avril 2026 est un jour férié (Vendredi saint)."),
        BusinessDayCase(name: "26 December nationally", date: "2028-12-26", region: "national", expected: true,
                        text: "Oui\u{00A0}: le mardi 26\u{00A0}décembre 2028 est un jour ouvré."),
        BusinessDayCase(name: "26 December in Alsace-Moselle", date: "2028-12-26", region: "alsace-moselle", expected: false,
                        text: "Non\u{00A0}: le mardi 26\u{00A0}décembre 2028 est un jour férié (Saint-Étienne)."),
        BusinessDayCase(name: "a holiday on a weekend is named as a holiday", date: "2026-08-15", expected: false,
                        text: "Non\u{00A0}: le samedi 15\u{00A0}août 2026 est un jour férié (Assomption)."),
        BusinessDayCase(name: "an instant in UTC is read on its Paris date (1 May 00:30)", date: "2026-04-30T22:30:00Z",
                        expected: false,
                        text: "Non\u{00A0}: le vendredi 1er\u{00A0}mai 2026 est un jour férié (Fête du Travail)."),
        BusinessDayCase(name: "a Paris date-time is read on its date", date: "2026-06-08T23:59", expected: true,
                        text: "Oui\u{00A0}: le lundi 8\u{00A0}juin 2026 est un jour ouvré."),
        BusinessDayCase(name: "leap day 2028", date: "2028-02-29", expected: true,
                        text: "Oui\u{00A0}: le mardi 29\u{00A0}février 2028 est un jour ouvré."),
    ]

    @Test("calendar.is_business_day", arguments: businessDays)
    func isBusinessDay(_ c: BusinessDayCase) throws {
        var arguments = ["date": c.date]
        arguments["region"] = c.region
        let result = try evaluate("calendar.is_business_day", arguments)
        #expect(result.boolean == c.expected)
        #expect(result.text == c.text)
    }

    @Test("the calendar's counting helpers")
    func counting() {
        let calendar = FrenchBusinessCalendar(clock: Fixture.clock)
        // Wednesday 13 May 2026: Thursday 14 is Ascension.
        #expect(calendar.businessDay(1, after: day("2026-05-13")) == day("2026-05-15"))
        #expect(calendar.businessDay(3, after: day("2026-05-13")) == day("2026-05-19"))
        #expect(calendar.nextBusinessDay(onOrAfter: day("2026-12-25")) == day("2026-12-28"))
        #expect(calendar.nextBusinessDay(onOrAfter: day("2026-12-24")) == day("2026-12-24"))
        #expect(calendar.holiday(on: day("2026-05-08"))?.name == "Victoire 1945")
        #expect(calendar.holiday(on: day("2026-12-26")) == nil)
        #expect(calendar.with(region: .alsaceMoselle).holiday(on: day("2026-12-26"))?.name == "Saint-Étienne")
        #expect(calendar.holidays(in: 2029).map(\.date.iso) == HandHolidays.national[2029])
    }

    // MARK: The Paris clock

    struct ClockCase: CustomTestStringConvertible, Sendable {
        let name: String
        let local: String
        let iso: String
        var testDescription: String { name }
    }

    @Test("a Paris wall-clock time becomes an instant", arguments: [
        ClockCase(name: "summer", local: "2026-06-01T10:00", iso: "2026-06-01T10:00:00+02:00"),
        ClockCase(name: "winter", local: "2026-12-24T15:00", iso: "2026-12-24T15:00:00+01:00"),
        ClockCase(name: "spring: last second before the gap", local: "2026-03-29T01:59:59", iso: "2026-03-29T01:59:59+01:00"),
        ClockCase(name: "spring: 02:00 does not exist", local: "2026-03-29T02:00", iso: "2026-03-29T03:00:00+02:00"),
        ClockCase(name: "spring: 02:30 moves to 03:30", local: "2026-03-29T02:30", iso: "2026-03-29T03:30:00+02:00"),
        ClockCase(name: "spring: 02:59:59 moves to 03:59:59", local: "2026-03-29T02:59:59", iso: "2026-03-29T03:59:59+02:00"),
        ClockCase(name: "spring: 03:00 exists", local: "2026-03-29T03:00", iso: "2026-03-29T03:00:00+02:00"),
        ClockCase(name: "autumn: 02:30 is the first one", local: "2026-10-25T02:30", iso: "2026-10-25T02:30:00+02:00"),
        ClockCase(name: "autumn: 02:00 is the first one", local: "2026-10-25T02:00", iso: "2026-10-25T02:00:00+02:00"),
        ClockCase(name: "autumn: 03:00 is after the change", local: "2026-10-25T03:00", iso: "2026-10-25T03:00:00+01:00"),
        ClockCase(name: "autumn: 01:59:59", local: "2026-10-25T01:59:59", iso: "2026-10-25T01:59:59+02:00"),
        ClockCase(name: "spring 2027 (28 March)", local: "2027-03-28T02:15", iso: "2027-03-28T03:15:00+02:00"),
        ClockCase(name: "autumn 2030 (27 October)", local: "2030-10-27T02:45", iso: "2030-10-27T02:45:00+02:00"),
    ])
    func wallClock(_ c: ClockCase) {
        #expect(iso(paris(c.local)) == c.iso)
    }

    @Test("the ambiguous autumn hour: the second 02:30 is one hour after the first")
    func autumnTwice() {
        let first = paris("2026-10-25T02:30")
        #expect(first == instant("2026-10-25T00:30:00Z"))
        let second = first.addingTimeInterval(3600)
        #expect(iso(second) == "2026-10-25T02:30:00+01:00")
        #expect(Fixture.clock.local(second) == localDateTime("2026-10-25T02:30"))
    }

    struct ChangeDay: CustomTestStringConvertible, Sendable {
        let spring: String
        let autumn: String
        var testDescription: String { "\(spring) / \(autumn)" }
    }

    @Test("the clock changes 2026–2030 come from the time-zone database", arguments: [
        ChangeDay(spring: "2026-03-29", autumn: "2026-10-25"), ChangeDay(spring: "2027-03-28", autumn: "2027-10-31"),
        ChangeDay(spring: "2028-03-26", autumn: "2028-10-29"), ChangeDay(spring: "2029-03-25", autumn: "2029-10-28"),
        ChangeDay(spring: "2030-03-31", autumn: "2030-10-27"),
    ])
    func changes(_ c: ChangeDay) {
        let clock = Fixture.clock
        // Each change day lasts 23 or 25 hours; every other day 24.
        let spring = day(c.spring), autumn = day(c.autumn)
        #expect(clock.endOfDay(spring).timeIntervalSince(clock.startOfDay(spring)) == 23 * 3600)
        #expect(clock.endOfDay(autumn).timeIntervalSince(clock.startOfDay(autumn)) == 25 * 3600)
        #expect(clock.endOfDay(spring.adding(days: -1)).timeIntervalSince(clock.startOfDay(spring.adding(days: -1))) == 24 * 3600)
        #expect(iso(clock.startOfDay(spring)) == "\(c.spring)T00:00:00+01:00")
        #expect(iso(clock.endOfDay(spring)) == "\(spring.adding(days: 1).iso)T00:00:00+02:00")
        #expect(iso(clock.startOfDay(autumn)) == "\(c.autumn)T00:00:00+02:00")
        #expect(iso(clock.endOfDay(autumn)) == "\(autumn.adding(days: 1).iso)T00:00:00+01:00")
        #expect(clock.offset(at: clock.startOfDay(spring)) == 3600)
        #expect(clock.offset(at: clock.endOfDay(spring)) == 7200)
    }

    @Test("an unknown time zone is refused rather than replaced by a fixed offset")
    func unknownZone() {
        #expect(throws: RulesError(.timeZoneUnavailable("Mars/Olympus_Mons"))) {
            _ = try ParisClock(identifier: "Mars/Olympus_Mons")
        }
        #expect(RulesError(.timeZoneUnavailable("Mars/Olympus_Mons")).description
            == "time zone 'Mars/Olympus_Mons' is not in the system's time-zone database (install tzdata)")
    }
}
