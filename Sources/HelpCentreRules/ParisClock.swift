import Foundation

/// Converts between instants and Paris wall-clock time through the system time-zone database.
///
/// No offset is ever written down here: each conversion asks the `TimeZone` for the offset in force at that
/// instant, so the spring and autumn changes (and any future change of the law) come from the database.
public struct ParisClock: Sendable {
    public let timeZone: TimeZone

    /// The Europe/Paris clock. Throws when the machine has no time-zone database entry for it, rather than
    /// falling back to a fixed offset that would be wrong half of the year.
    public init(identifier: String = "Europe/Paris") throws(RulesError) {
        guard let zone = TimeZone(identifier: identifier) else {
            throw RulesError(.timeZoneUnavailable(identifier))
        }
        self.timeZone = zone
    }

    /// The offset from UTC in force at `instant`, in seconds.
    public func offset(at instant: Date) -> Int { timeZone.secondsFromGMT(for: instant) }

    /// What a Paris clock shows at `instant`.
    public func local(_ instant: Date) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(wallSeconds: seconds + offset(at: instant))
    }

    public func localDate(_ instant: Date) -> LocalDate { local(instant).date }

    /// The instant a Paris clock shows `local`. A time that does not exist (spring, 02:30) moves forward by
    /// the gap (03:30); a time that exists twice (autumn, 02:30) is its first occurrence. RULES.md decides both.
    public func instant(_ local: LocalDateTime) -> Date {
        let wall = local.wallSeconds
        // The offsets on either side of any transition near this wall time: transitions are months apart.
        let before = offset(at: Date(timeIntervalSince1970: TimeInterval(wall - 86_400)))
        let after = offset(at: Date(timeIntervalSince1970: TimeInterval(wall + 86_400)))
        let candidates = Set([before, after]).map { wall - $0 }.filter { candidate in
            offset(at: Date(timeIntervalSince1970: TimeInterval(candidate))) == wall - candidate
        }
        if let first = candidates.min() {
            return Date(timeIntervalSince1970: TimeInterval(first))
        }
        // In the gap: read the wall time with the offset in force before the change, which lands the
        // same distance after the change as the wall time was after its start.
        return Date(timeIntervalSince1970: TimeInterval(wall - before))
    }

    /// 00:00 on `date` in Paris.
    public func startOfDay(_ date: LocalDate) -> Date {
        instant(LocalDateTime(date: date, time: .midnight))
    }

    /// The exclusive bound of "until the end of `date`": the next day at 00:00 in Paris.
    public func endOfDay(_ date: LocalDate) -> Date { startOfDay(date.adding(days: 1)) }

    /// ISO 8601 with seconds and the Paris offset in force: `2026-06-05T00:00:00+02:00`.
    public func iso8601(_ instant: Date) -> String {
        let offsetSeconds = offset(at: instant)
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(local(instant))\(sign)\(two(magnitude / 3600)):\(two((magnitude % 3600) / 60))"
    }
}
