/// Durations with their unit in the type, so that hours are never compared with days and a count of
/// business days cannot be added to a date as calendar days.

/// Days Monday to Friday that are not public holidays: « 3 jours ouvrés ».
public struct BusinessDays: Hashable, Comparable, Sendable {
    public let count: Int
    public init(_ count: Int) { self.count = count }
    public var quantity: Quantity { Quantity(count: count, unit: .businessDays) }
    public static func < (l: Self, r: Self) -> Bool { l.count < r.count }
}

/// Civil days on the calendar, whatever the weekday: « 14 jours ».
public struct CalendarDays: Hashable, Comparable, Sendable {
    public let count: Int
    public init(_ count: Int) { self.count = count }
    public var quantity: Quantity { Quantity(count: count, unit: .calendarDays) }
    public static func < (l: Self, r: Self) -> Bool { l.count < r.count }
}

/// Hours of absolute time: across a clock change, 48 of them span 47 or 49 hours on the wall clock.
public struct ElapsedHours: Hashable, Comparable, Sendable {
    public let count: Int
    public init(_ count: Int) { self.count = count }
    public var seconds: Double { Double(count) * 3600 }
    public var quantity: Quantity { Quantity(count: count, unit: .elapsedHours) }
    public static func < (l: Self, r: Self) -> Bool { l.count < r.count }
}

/// Days counted on the wall clock: the same clock time `count` days later, whatever a clock change does.
public struct WallClockDays: Hashable, Comparable, Sendable {
    public let count: Int
    public init(_ count: Int) { self.count = count }
    public var quantity: Quantity { Quantity(count: count, unit: .wallClockDays) }
    public static func < (l: Self, r: Self) -> Bool { l.count < r.count }
}

/// The units a rule's value may have, with their stable names for JSON.
public enum TimeUnit: String, Sendable, CaseIterable {
    case businessDays = "business_days"
    case calendarDays = "calendar_days"
    case elapsedHours = "elapsed_hours"
    case wallClockDays = "wall_clock_days"
}

/// A count and its unit, for display and for the catalogue; arithmetic goes through the typed values above.
public struct Quantity: Hashable, Sendable {
    public let count: Int
    public let unit: TimeUnit

    /// « 3 jours ouvrés », « 48 heures », « 1 jour »: a no-break space between the number and its unit.
    public var french: String {
        let one = count == 1
        let noun: String
        switch unit {
        case .businessDays: noun = one ? "jour ouvré" : "jours ouvrés"
        case .calendarDays, .wallClockDays: noun = one ? "jour" : "jours"
        case .elapsedHours: noun = one ? "heure" : "heures"
        }
        return "\(count)\(FrenchFormat.nbsp)\(noun)"
    }
}
