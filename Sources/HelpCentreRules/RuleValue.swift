/// What a rule says, as data: a duration with its unit, a phone number, opening hours, a list, a condition.
public enum RuleValue: Hashable, Sendable {
    case quantity(Quantity)
    case phoneNumber(e164: String)
    case weeklyHours(WeeklyHours)
    case list([String])
    case condition(String)

    /// A short French rendering of the value alone: « 3 jours ouvrés », « 09 70 75 64 60 ».
    public var french: String {
        switch self {
        case .quantity(let q): q.french
        case .phoneNumber(let e164): FrenchFormat.phone(e164: e164)
        case .weeklyHours(let hours): hours.french
        case .list(let items): items.joined(separator: " ; ")
        case .condition(let text): text
        }
    }
}

/// Opening hours that repeat every week: days, an opening and a closing time, and whether public holidays
/// close the service. The closing time is exclusive.
public struct WeeklyHours: Hashable, Sendable {
    public let days: ClosedRange<Weekday>
    public let opens: LocalTime
    public let closes: LocalTime
    public let closedOnPublicHolidays: Bool

    public init(days: ClosedRange<Weekday>, opens: LocalTime, closes: LocalTime, closedOnPublicHolidays: Bool) {
        self.days = days
        self.opens = opens
        self.closes = closes
        self.closedOnPublicHolidays = closedOnPublicHolidays
    }

    /// « du lundi au vendredi de 9 h à 17 h (hors jours fériés) »: the wording follows the parameters.
    public var french: String {
        var text = "\(FrenchFormat.weekdayRange(days)) \(FrenchFormat.timeRange(from: opens, to: closes))"
        if closedOnPublicHolidays { text += " (hors jours fériés)" }
        return text
    }
}
