import Foundation
import HelpCentreRules
import PropertyBased
import Testing

/// Laws that hold for every day of 2026–2030, checked against oracles written independently of the
/// module: the hand-written holiday table and Foundation's Gregorian calendar for weekdays.
@Suite("Properties")
struct PropertyTests {
    static let clock = Fixture.clock
    static let book = Fixture.book
    static let holidays: [Region: Set<LocalDate>] = [
        .national: HandHolidays.all(.national), .alsaceMoselle: HandHolidays.all(.alsaceMoselle),
    ]
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Saturday or Sunday, by Foundation's calendar rather than the module's arithmetic.
    static func isWeekend(_ date: LocalDate) -> Bool {
        let weekday = gregorian.component(.weekday, from: Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400))
        return weekday == 1 || weekday == 7 // Sunday, Saturday
    }

    static func isBusinessDay(_ date: LocalDate, _ region: Region) -> Bool {
        !isWeekend(date) && !holidays[region]!.contains(date)
    }

    /// The oracle of `withdrawal.period`: receipt + 14, moved while not a business day.
    static func withdrawalLastDay(_ received: LocalDate, _ region: Region) -> LocalDate {
        var last = received.adding(days: 14)
        while !isBusinessDay(last, region) { last = last.adding(days: 1) }
        return last
    }

    /// The oracle of `delivery.seller_confirmation`: the 3rd business day strictly after the purchase.
    static func confirmationLastDay(_ purchased: LocalDate, _ region: Region) -> LocalDate {
        var day = purchased, found = 0
        while found < 3 {
            day = day.adding(days: 1)
            if isBusinessDay(day, region) { found += 1 }
        }
        return day
    }

    static func calendar(_ region: Region) -> FrenchBusinessCalendar { book.calendar.with(region: region) }

    // MARK: Random properties

    @Test("a withdrawal's last day is a business day in [receipt + 14, receipt + 19)")
    func withdrawalLastDay() async {
        await propertyCheck(count: 200, input: Gen.int(in: periodDays), Gen<Region>.case) { n, region in
            let received = LocalDate(dayNumber: n)
            let policy = Self.book.withdrawalPeriod.inForce(on: received)!
            let deadline = policy.deadline(receivedOn: received, calendar: Self.calendar(region))
            let last = deadline.lastDay!
            #expect(!Self.isWeekend(last))
            #expect(!Self.holidays[region]!.contains(last))
            #expect(last >= received.adding(days: 14))
            #expect(last < received.adding(days: 14 + 5))
            #expect(last == Self.withdrawalLastDay(received, region))
            #expect(deadline.bound == Self.clock.endOfDay(last))
        }
    }

    @Test("a seller-confirmation deadline is after the purchase, on a business day, 3 business days on")
    func confirmationDeadline() async {
        await propertyCheck(count: 200, input: Gen.int(in: periodDays), Gen.int(in: 0...86_399), Gen<Region>.case) { n, second, region in
            let purchasedDay = LocalDate(dayNumber: n)
            let time = LocalTime(hour: second / 3600, minute: second % 3600 / 60, second: second % 60)!
            let purchased = Self.clock.instant(LocalDateTime(date: purchasedDay, time: time))
            let result = try evaluate("delivery.seller_confirmation.deadline",
                                      ["purchased": Self.clock.iso8601(purchased), "region": region.rawValue])
            let bound = try #require(result.instant)
            #expect(bound > purchased)
            let last = Self.clock.localDate(bound.addingTimeInterval(-1))
            #expect(Self.isBusinessDay(last, region))
            #expect(last == Self.confirmationLastDay(Self.clock.localDate(purchased), region))
            let businessDaysBetween = (1...purchasedDay.days(to: last)).filter {
                Self.isBusinessDay(purchasedDay.adding(days: $0), region)
            }.count
            #expect(businessDaysBetween == 3)
            #expect(Self.clock.local(bound).time == .midnight)
        }
    }

    /// Instants from 2026-01-01 00:00 to 2030-12-31 23:59:59 in Paris, in seconds since 1970.
    static let instants = Int(Fixture.clock.startOfDay(day("2026-01-01")).timeIntervalSince1970)
        ... Int(Fixture.clock.endOfDay(day("2030-12-31")).timeIntervalSince1970) - 1

    @Test("the phone line is open at t iff its next opening from t is t; the next opening is open and earliest")
    func phoneNextOpening() async {
        await propertyCheck(count: 300, input: Gen.int(in: Self.instants)) { seconds in
            let at = Date(timeIntervalSince1970: TimeInterval(seconds))
            let policy = Self.book.phoneHours.inForce(on: Self.clock.localDate(at))!
            let isOpen = policy.isOpen(at: at, calendar: Self.book.calendar).allowed
            let next = try #require(policy.nextOpening(at: at, calendar: Self.book.calendar))
            #expect(isOpen == (next == at))
            #expect(next >= at)
            #expect(policy.isOpen(at: next, calendar: Self.book.calendar).allowed)
            // The oracle: open on a business day (national), 09:00 ≤ local time < 17:00.
            let local = Self.clock.local(at)
            let expected = Self.isBusinessDay(local.date, .national) && (9..<17).contains(local.time.hour)
            #expect(isOpen == expected)
            if next > at {
                // Earliest: it opens at 9 h sharp, and the second before is closed.
                #expect(Self.clock.local(next).time == LocalTime(hour: 9)!)
                #expect(!policy.isOpen(at: next.addingTimeInterval(-1), calendar: Self.book.calendar).allowed)
                #expect(next.timeIntervalSince(at) < 6 * 86_400)
            }
        }
    }

    @Test("is_open and next_opening agree through the functions too")
    func phoneFunctions() async {
        await propertyCheck(count: 200, input: Gen.int(in: Self.instants)) { seconds in
            let at = Self.clock.iso8601(Date(timeIntervalSince1970: TimeInterval(seconds)))
            let isOpen = try evaluate("contact.phone.hours.is_open", ["at": at])
            let next = try evaluate("contact.phone.hours.next_opening", ["at": at])
            #expect(isOpen.boolean == (next.iso == at))
        }
    }

    /// The last Sunday of March, when 02:00–03:00 does not exist in Paris.
    static func springChange(_ year: Int) -> LocalDate {
        var day = LocalDate(year: year, month: 3, day: 31)!
        while !(isWeekend(day) && isWeekend(day.adding(days: -1))) { day = day.adding(days: -1) }
        return day
    }

    @Test("a claim opens exactly 7 wall-clock days later, at the same local time, except in the spring gap")
    func claimOpensAt() async {
        await propertyCheck(count: 300, input: Gen.int(in: Self.instants)) { seconds in
            let validated = Date(timeIntervalSince1970: TimeInterval(seconds))
            let result = try evaluate("claims.waiting_period.opens_at", ["validated": Self.clock.iso8601(validated)])
            let opens = try #require(result.instant)
            let local = Self.clock.local(validated)
            let target = local.date.adding(days: 7)
            let inGap = target == Self.springChange(target.year) && local.time.hour == 2
            let shown = Self.clock.local(opens)
            #expect(shown.date == target)
            if inGap {
                #expect(shown.time == LocalTime(hour: 3, minute: local.time.minute, second: local.time.second)!)
            } else {
                #expect(shown.time == local.time)
                // The first occurrence when the time exists twice: an hour earlier shows another time.
                #expect(Self.clock.local(opens.addingTimeInterval(-3600)) != shown)
            }
            // 7 × 24 real hours, give or take the one clock change that may lie between.
            #expect([167, 168, 169].map { Double($0) * 3600 }.contains(opens.timeIntervalSince(validated)))
        }
    }

    /// Foundation's Gregorian calendar turns Julian before 15 October 1582; the module's is proleptic.
    static let gregorianDays = day("1583-01-01").dayNumber ... day("2400-12-31").dayNumber

    @Test("LocalDate agrees with Foundation's Gregorian calendar (1583–2400)")
    func localDateAgrees() async {
        await propertyCheck(count: 300, input: Gen.int(in: Self.gregorianDays)) { n in
            let date = LocalDate(dayNumber: n)
            let parts = Self.gregorian.dateComponents([.year, .month, .day, .weekday],
                                                      from: Date(timeIntervalSince1970: TimeInterval(n) * 86_400))
            #expect(date.year == parts.year)
            #expect(date.month == parts.month)
            #expect(date.day == parts.day)
            #expect(date.weekday.rawValue == (parts.weekday! + 5) % 7 + 1)
            #expect(date.dayNumber == n)
            #expect(LocalDate(iso: date.iso) == date)
        }
    }

    // MARK: Exhaustive

    @Test("every day of 2026–2030: the withdrawal and seller-confirmation laws, both regions")
    func everyDay() throws {
        var checked = 0
        for n in periodDays {
            let date = LocalDate(dayNumber: n)
            for region in Region.allCases {
                let calendar = Self.calendar(region)
                let withdrawal = Self.book.withdrawalPeriod.inForce(on: date)!.deadline(receivedOn: date, calendar: calendar)
                let expectedWithdrawal = Self.withdrawalLastDay(date, region)
                #expect(withdrawal.lastDay == expectedWithdrawal, "withdrawal, received \(date.iso), \(region.rawValue)")
                #expect(withdrawal.bound == Self.clock.endOfDay(expectedWithdrawal))
                let confirmation = Self.book.sellerConfirmation.inForce(on: date)!.deadline(purchasedOn: date, calendar: calendar)
                let expectedConfirmation = Self.confirmationLastDay(date, region)
                #expect(confirmation.lastDay == expectedConfirmation, "confirmation, purchased \(date.iso), \(region.rawValue)")
                #expect(calendar.isBusinessDay(date) == Self.isBusinessDay(date, region), "business day \(date.iso)")
                checked += 1
            }
        }
        #expect(checked == 2 * 1826)
    }

    @Test("every year 2026–2030: the module's holidays are the hand-written ones")
    func everyHoliday() {
        for year in 2026...2030 {
            for region in Region.allCases {
                #expect(PublicHoliday.all(in: year, region: region).map(\.date.iso) == HandHolidays.sorted(year, region))
            }
        }
    }
}
