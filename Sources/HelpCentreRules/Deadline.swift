import Foundation

/// A deadline: the first instant that is too late, and, for a deadline counted in days, the last day.
public struct Deadline: Hashable, Sendable {
    /// The exclusive bound: acting at `bound` or later is late.
    public let bound: Date
    /// The last day on which acting is on time, for deadlines that run until the end of a day.
    public let lastDay: LocalDate?

    public init(bound: Date, lastDay: LocalDate? = nil) {
        self.bound = bound
        self.lastDay = lastDay
    }

    /// Until the end of `day`, in Paris.
    public static func endOf(_ day: LocalDate, clock: ParisClock) -> Deadline {
        Deadline(bound: clock.endOfDay(day), lastDay: day)
    }

    public func isMet(at instant: Date) -> Bool { instant < bound }

    /// The last day (« lundi 22 juin 2026 ») or the instant (« samedi 6 juin 2026 à 15 h »).
    public func french(clock: ParisClock) -> String {
        if let lastDay { return FrenchFormat.date(lastDay) }
        return FrenchFormat.dateTime(clock.local(bound))
    }
}
