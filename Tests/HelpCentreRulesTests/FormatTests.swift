import Foundation
import HelpCentreRules
import Testing

/// French typography, written out with explicit U+00A0 so the no-break spaces show in the source.
@Suite("French formatting")
struct FormatTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let actual: @Sendable () -> String
        let expected: String
        var testDescription: String { name }
    }

    static let times: [Case] = [
        Case(name: "9 h", actual: { FrenchFormat.time(LocalTime(hour: 9)!) }, expected: "9\u{00A0}h"),
        Case(name: "9 h 30", actual: { FrenchFormat.time(LocalTime(hour: 9, minute: 30)!) }, expected: "9\u{00A0}h\u{00A0}30"),
        Case(name: "17 h", actual: { FrenchFormat.time(LocalTime(hour: 17)!) }, expected: "17\u{00A0}h"),
        Case(name: "0 h 05", actual: { FrenchFormat.time(LocalTime(hour: 0, minute: 5)!) }, expected: "0\u{00A0}h\u{00A0}05"),
        Case(name: "midnight", actual: { FrenchFormat.time(.midnight) }, expected: "0\u{00A0}h"),
        Case(name: "with seconds", actual: { FrenchFormat.time(LocalTime(hour: 14, minute: 59, second: 59)!) },
             expected: "14\u{00A0}h\u{00A0}59\u{00A0}min\u{00A0}59\u{00A0}s"),
        Case(name: "range", actual: { FrenchFormat.timeRange(from: LocalTime(hour: 9)!, to: LocalTime(hour: 17)!) },
             expected: "de 9\u{00A0}h à 17\u{00A0}h"),
        Case(name: "range with minutes", actual: {
            FrenchFormat.timeRange(from: LocalTime(hour: 8, minute: 30)!, to: LocalTime(hour: 12, minute: 45)!)
        }, expected: "de 8\u{00A0}h\u{00A0}30 à 12\u{00A0}h\u{00A0}45"),
    ]

    @Test("clock times: never 09:00 nor 9h", arguments: times)
    func time(_ c: Case) {
        #expect(c.actual() == c.expected)
    }

    static let dates: [Case] = [
        Case(name: "lundi 22 juin 2026", actual: { FrenchFormat.date(day("2026-06-22")) }, expected: "lundi 22\u{00A0}juin 2026"),
        Case(name: "vendredi 1er mai 2026", actual: { FrenchFormat.date(day("2026-05-01")) }, expected: "vendredi 1er\u{00A0}mai 2026"),
        Case(name: "dimanche 1er février 2026", actual: { FrenchFormat.date(day("2026-02-01")) },
             expected: "dimanche 1er\u{00A0}février 2026"),
        Case(name: "samedi 15 août 2026", actual: { FrenchFormat.date(day("2026-08-15")) }, expected: "samedi 15\u{00A0}août 2026"),
        Case(name: "jeudi 31 décembre 2026", actual: { FrenchFormat.date(day("2026-12-31")) },
             expected: "jeudi 31\u{00A0}décembre 2026"),
        Case(name: "mardi 29 février 2028", actual: { FrenchFormat.date(day("2028-02-29")) }, expected: "mardi 29\u{00A0}février 2028"),
        Case(name: "mercredi 2 (no 1er past the first)", actual: { FrenchFormat.date(day("2026-09-02")) },
             expected: "mercredi 2\u{00A0}septembre 2026"),
        Case(name: "short date", actual: { FrenchFormat.shortDate(day("2026-06-22")) }, expected: "22\u{00A0}juin 2026"),
        Case(name: "short date, 1er", actual: { FrenchFormat.shortDate(day("2026-10-01")) }, expected: "1er\u{00A0}octobre 2026"),
        Case(name: "date and time", actual: { FrenchFormat.dateTime(localDateTime("2026-06-06T15:00")) },
             expected: "samedi 6\u{00A0}juin 2026 à 15\u{00A0}h"),
        Case(name: "date and time with minutes", actual: { FrenchFormat.dateTime(localDateTime("2026-01-01T00:30")) },
             expected: "jeudi 1er\u{00A0}janvier 2026 à 0\u{00A0}h\u{00A0}30"),
    ]

    @Test("dates: lower case, 1er for the first, no-break space before the month", arguments: dates)
    func date(_ c: Case) {
        #expect(c.actual() == c.expected)
    }

    @Test("every month's name", arguments: zip(1...12, [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ]))
    func month(_ month: Int, _ name: String) {
        #expect(FrenchFormat.shortDate(LocalDate(year: 2027, month: month, day: 10)!) == "10\u{00A0}\(name) 2027")
    }

    @Test("weekday names, Monday 2026-06-01 to Sunday 2026-06-07")
    func weekdays() {
        let names = (0..<7).map { day("2026-06-01").adding(days: $0).weekday.french }
        #expect(names == ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
        #expect(FrenchFormat.weekdayRange(.monday ... .friday) == "du lundi au vendredi")
        #expect(FrenchFormat.weekdayRange(.saturday ... .saturday) == "le samedi")
    }

    static let quantities: [Case] = [
        Case(name: "3 jours ouvrés", actual: { BusinessDays(3).quantity.french }, expected: "3\u{00A0}jours ouvrés"),
        Case(name: "1 jour ouvré", actual: { BusinessDays(1).quantity.french }, expected: "1\u{00A0}jour ouvré"),
        Case(name: "48 heures", actual: { ElapsedHours(48).quantity.french }, expected: "48\u{00A0}heures"),
        Case(name: "1 heure", actual: { ElapsedHours(1).quantity.french }, expected: "1\u{00A0}heure"),
        Case(name: "14 jours", actual: { CalendarDays(14).quantity.french }, expected: "14\u{00A0}jours"),
        Case(name: "1 jour", actual: { CalendarDays(1).quantity.french }, expected: "1\u{00A0}jour"),
        Case(name: "7 jours (wall clock)", actual: { WallClockDays(7).quantity.french }, expected: "7\u{00A0}jours"),
    ]

    @Test("a number and its unit are joined by a no-break space", arguments: quantities)
    func quantity(_ c: Case) {
        #expect(c.actual() == c.expected)
    }

    static let phones: [Case] = [
        Case(name: "the service line", actual: { FrenchFormat.phone(e164: "+33970756460") },
             expected: "09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60"),
        Case(name: "a mobile", actual: { FrenchFormat.phone(e164: "+33612345678") }, expected: "06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78"),
        Case(name: "not French: left as is", actual: { FrenchFormat.phone(e164: "+442079460000") }, expected: "+442079460000"),
        Case(name: "too short: left as is", actual: { FrenchFormat.phone(e164: "+3397075646") }, expected: "+3397075646"),
        Case(name: "not digits: left as is", actual: { FrenchFormat.phone(e164: "+33970756X60") }, expected: "+33970756X60"),
    ]

    @Test("phone numbers in pairs", arguments: phones)
    func phone(_ c: Case) {
        #expect(c.actual() == c.expected)
    }

    @Test("opening hours follow their parameters")
    func hours() {
        let open9 = LocalTime(hour: 9)!, close17 = LocalTime(hour: 17)!
        let closedOnHolidays = WeeklyHours(days: .monday ... .friday, opens: open9, closes: close17, closedOnPublicHolidays: true)
        let openOnHolidays = WeeklyHours(days: .monday ... .friday, opens: open9, closes: close17, closedOnPublicHolidays: false)
        #expect(closedOnHolidays.french == "du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h (hors jours fériés)")
        #expect(openOnHolidays.french == "du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h")
        let saturdayMorning = WeeklyHours(days: .saturday ... .saturday, opens: LocalTime(hour: 9, minute: 30)!,
                                          closes: LocalTime(hour: 12)!, closedOnPublicHolidays: false)
        #expect(saturdayMorning.french == "le samedi de 9\u{00A0}h\u{00A0}30 à 12\u{00A0}h")
        #expect(RuleValue.weeklyHours(closedOnHolidays).french == closedOnHolidays.french)
    }

    @Test("ISO 8601 with the Paris offset in force and seconds")
    func iso8601() {
        #expect(iso(instant("2026-06-04T22:00:00Z")) == "2026-06-05T00:00:00+02:00")
        #expect(iso(instant("2026-12-28T23:00:00Z")) == "2026-12-29T00:00:00+01:00")
        #expect(iso(instant("2026-06-08T22:30:00Z")) == "2026-06-09T00:30:00+02:00")
        #expect(iso(instant("2026-01-01T23:30:00Z")) == "2026-01-02T00:30:00+01:00")
        #expect(iso(instant("2026-06-01T10:00:07+02:00")) == "2026-06-01T10:00:07+02:00")
        #expect(iso(instant("2026-06-01T10:00:00-04:00")) == "2026-06-01T16:00:00+02:00")
    }

    @Test("lists, decisions, values")
    func phrases() {
        #expect(FrenchFormat.list([]) == "")
        #expect(FrenchFormat.list(["a"]) == "a")
        #expect(FrenchFormat.list(["a", "b"]) == "a et b")
        #expect(FrenchFormat.list(["a", "b", "c"]) == "a, b et c")
        #expect(Decision(true, because: "oui.").french == "Oui\u{00A0}: oui.")
        #expect(Decision(false, because: "non.").french == "Non\u{00A0}: non.")
        #expect(RuleValue.phoneNumber(e164: "+33970756460").french == "09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60")
        #expect(RuleValue.list(["x", "y"]).french == "x ; y")
        #expect(RuleValue.quantity(BusinessDays(3).quantity).french == "3\u{00A0}jours ouvrés")
        #expect(FrenchFormat.nbsp == "\u{00A0}")
    }
}
