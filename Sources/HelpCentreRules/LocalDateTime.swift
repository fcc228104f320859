/// A date and a wall-clock time with no offset: what a Paris clock shows. It may name a time that does not
/// exist (during the spring change) or that exists twice (autumn); `ParisClock` resolves it.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Seconds since 1970-01-01T00:00 on this wall clock, as if there were no time zone.
    var wallSeconds: Int { date.dayNumber * 86_400 + time.secondsSinceMidnight }

    init(wallSeconds: Int) {
        let days = Int((Double(wallSeconds) / 86_400).rounded(.down))
        let rest = wallSeconds - days * 86_400
        self.date = LocalDate(dayNumber: days)
        self.time = LocalTime(hour: rest / 3600, minute: (rest % 3600) / 60, second: rest % 60)!
    }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.iso)T\(two(time.hour)):\(two(time.minute)):\(two(time.second))"
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.wallSeconds < rhs.wallSeconds }
}
