import Foundation

/// The French business calendar: Paris time, public holidays of a region, business days ("jours ouvrés").
public struct FrenchBusinessCalendar: Sendable {
    public let clock: ParisClock
    public let region: Region

    public init(clock: ParisClock, region: Region = .national) {
        self.clock = clock
        self.region = region
    }

    public func with(region: Region) -> FrenchBusinessCalendar {
        FrenchBusinessCalendar(clock: clock, region: region)
    }

    public func holidays(in year: Int) -> [PublicHoliday] { PublicHoliday.all(in: year, region: region) }

    public func holiday(on date: LocalDate) -> PublicHoliday? {
        holidays(in: date.year).first { $0.date == date }
    }

    public func isPublicHoliday(_ date: LocalDate) -> Bool { holiday(on: date) != nil }

    /// Monday to Friday and not a public holiday of the region.
    public func isBusinessDay(_ date: LocalDate) -> Bool {
        !date.weekday.isWeekend && !isPublicHoliday(date)
    }

    /// The `count`-th business day strictly after `date` (the day itself never counts).
    public func businessDay(_ count: Int, after date: LocalDate) -> LocalDate {
        precondition(count >= 1, "a count of business days starts at 1")
        var day = date
        var found = 0
        while found < count {
            day = day.adding(days: 1)
            if isBusinessDay(day) { found += 1 }
        }
        return day
    }

    /// `date` itself when it is a business day, otherwise the next one: a last day that falls on a
    /// Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71, art. 3.4).
    public func nextBusinessDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        while !isBusinessDay(day) { day = day.adding(days: 1) }
        return day
    }
}
