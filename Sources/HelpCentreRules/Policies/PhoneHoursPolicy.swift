import Foundation

/// `contact.phone.hours`: the line is open Monday to Friday, 09:00 ≤ local time < 17:00. Decision of
/// RULES.md: closed on public holidays, a named parameter so that the wording follows it.
public struct PhoneHoursPolicy: RulePolicy {
    public static let id = "contact.phone.hours"
    public static let title = "Horaires du service client par téléphone"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["telephon", "appel", "joindre", "joignable", "une ligne", "la ligne", "notre ligne", "ligne telephon",
                "ligne directe", "ligne du service", "ligne est", "ligne ouverte", "standard", "conseiller", "hotline", "service client",
                "rappel"],
        notIt: ["relais", "entrepot", "magasin", "boutique", "agence", "bureau de poste", "livreur", "transporteur",
                "retrait", "chat", "tchat", "messagerie", "atelier", "reclamations travaille", "equipe"])

    public let hours: WeeklyHours

    public init(hours: WeeklyHours) { self.hours = hours }

    public var value: RuleValue { .weeklyHours(hours) }
    public var wording: RuleWording {
        RuleWording(text: hours.french, parts: [
            "value": hours.french,
            "days": FrenchFormat.weekdayRange(hours.days),
            "times": FrenchFormat.timeRange(from: hours.opens, to: hours.closes),
        ])
    }
    public var source: RuleSource { .marketplacePolicy }

    /// Whether the line takes calls on `date` at all.
    public func isOpenDay(_ date: LocalDate, calendar: FrenchBusinessCalendar) -> Bool {
        hours.days.contains(date.weekday) && !(hours.closedOnPublicHolidays && calendar.isPublicHoliday(date))
    }

    public func isOpen(at instant: Date, calendar: FrenchBusinessCalendar) -> Decision {
        let local = calendar.clock.local(instant)
        let when = FrenchFormat.dateTime(local)
        if let holiday = calendar.holiday(on: local.date), hours.closedOnPublicHolidays {
            return Decision(false, because: "la ligne est fermée le \(FrenchFormat.date(local.date)), jour férié (\(holiday.name)).")
        }
        guard isOpenDay(local.date, calendar: calendar) else {
            return Decision(false, because: "la ligne est fermée le \(local.date.weekday.french)\(FrenchFormat.nbsp); elle est ouverte \(hours.french).")
        }
        guard hours.opens <= local.time, local.time < hours.closes else {
            return Decision(false, because: "la ligne est fermée le \(when)\(FrenchFormat.nbsp); elle est ouverte \(hours.french).")
        }
        return Decision(true, because: "la ligne est ouverte le \(when).")
    }

    /// The earliest instant at or after `instant` when the line is open: `instant` itself when it is open.
    /// Returns nil only for a schedule that never opens (no day in a whole year).
    public func nextOpening(at instant: Date, calendar: FrenchBusinessCalendar) -> Date? {
        let local = calendar.clock.local(instant)
        for offset in 0...366 {
            let day = local.date.adding(days: offset)
            guard isOpenDay(day, calendar: calendar) else { continue }
            let opening = calendar.clock.instant(LocalDateTime(date: day, time: hours.opens))
            let closing = calendar.clock.instant(LocalDateTime(date: day, time: hours.closes))
            if instant < opening { return opening }
            if instant < closing { return instant }
        }
        return nil
    }
}
