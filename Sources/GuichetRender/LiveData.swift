import Foundation
import HelpCentreRules

/// Data for the few lines of script that make the site live: whether the phone line is open now, and the
/// deadline calculators. Every answer is computed here by the rules module, for a window of dates around
/// the build date; the script only looks answers up, so no rule is re-implemented in JavaScript.
package enum LiveData {
    /// How far ahead the data goes: 18 months.
    package static let daysAhead = 548
    /// Calculators also answer for recent past dates (an order received last week).
    package static let daysBehind = 62

    package struct Hours: Encodable {
        package let version = 1
        package let from: String
        package let until: String
        /// [opening, closing) as milliseconds since 1970 (UTC), with the opening in French: « lundi 30 novembre à 9 h ».
        package let intervals: [Interval]

        package struct Interval: Encodable {
            package let opens: Int64
            package let closes: Int64
            package let opensText: String
            package let closesText: String

            package func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.encode(opens)
                try c.encode(closes)
                try c.encode(opensText)
                try c.encode(closesText)
            }
        }
    }

    package static func hours(book: RuleBook, asOf: LocalDate) -> Hours {
        var intervals: [Hours.Interval] = []
        let clock = book.calendar.clock
        for offset in 0..<daysAhead {
            let day = asOf.adding(days: offset)
            guard let policy = book.phoneHours.inForce(on: day), policy.isOpenDay(day, calendar: book.calendar) else { continue }
            let opens = clock.instant(LocalDateTime(date: day, time: policy.hours.opens))
            let closes = clock.instant(LocalDateTime(date: day, time: policy.hours.closes))
            let dayText = "\(day.weekday.french) \(FrenchFormat.dayMonth(day))"
            intervals.append(Hours.Interval(opens: milliseconds(opens), closes: milliseconds(closes),
                                            opensText: "\(dayText) à \(FrenchFormat.time(policy.hours.opens))",
                                            closesText: FrenchFormat.time(policy.hours.closes)))
        }
        return Hours(from: asOf.iso, until: asOf.adding(days: daysAhead - 1).iso, intervals: intervals)
    }

    /// A calculator's table: an input date → the French answer.
    package struct Table: Encodable {
        package let version = 1
        package let from: String
        package let until: String
        package let answers: [String: String]
    }

    /// The last day to withdraw, by date of receipt.
    package static func withdrawal(book: RuleBook, asOf: LocalDate) -> Table {
        table(asOf: asOf) { day in
            book.withdrawalPeriod.inForce(on: day).map { policy in
                "Vous pouvez vous rétracter jusqu’au \(policy.deadline(receivedOn: day, calendar: book.calendar).french(clock: book.calendar.clock)) inclus."
            }
        }
    }

    /// The day a claim can be opened, by date of validation (at the same time of day as the validation).
    package static func claim(book: RuleBook, asOf: LocalDate) -> Table {
        let clock = book.calendar.clock
        return table(asOf: asOf) { day in
            book.claimWaiting.inForce(on: day).map { policy in
                let noon = clock.instant(LocalDateTime(date: day, time: LocalTime(hour: 12)!))
                let opens = clock.localDate(policy.opensAt(validated: noon, clock: clock))
                return "Vous pourrez ouvrir une réclamation à partir du \(FrenchFormat.date(opens)), à l’heure de la validation."
            }
        }
    }

    private static func table(asOf: LocalDate, answer: (LocalDate) -> String?) -> Table {
        var answers: [String: String] = [:]
        let first = asOf.adding(days: -daysBehind)
        let last = asOf.adding(days: daysAhead - 1)
        var day = first
        while day <= last {
            if let text = answer(day) { answers[day.iso] = text }
            day = day.adding(days: 1)
        }
        return Table(from: first.iso, until: last.iso, answers: answers)
    }

    private static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
