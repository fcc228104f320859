/// A wall-clock time of day, as read on a clock in Paris.
public struct LocalTime: Hashable, Comparable, Sendable {
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(hour: Int, minute: Int = 0, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public static let midnight = LocalTime(uncheckedHour: 0)

    /// For constants written in this module, which are valid by construction.
    init(uncheckedHour hour: Int, minute: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = 0
    }

    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}
