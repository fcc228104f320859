import Foundation

/// `withdrawal.period`: 14 days from the local date of receipt (of the last item when delivered in several
/// parcels). That day does not count; the last day is receipt + 14; while it is a Saturday, Sunday or public
/// holiday it moves to the next day; the deadline is the end of that last day. L221-18, L221-19, and
/// Regulation 1182/71 for the counting.
public struct WithdrawalPeriodPolicy: RulePolicy {
    public static let id = "withdrawal.period"
    public static let title = "Délai de rétractation"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["retract", "changer d avis", "change d avis", "renonc", "droit de retour", "delai legal"],
        startsFrom: ["recep", "recu", "livraison", "livre", "achat"],
        notIt: ["%", "promo", "offre"])

    public let period: CalendarDays

    public init(period: CalendarDays) { self.period = period }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording {
        RuleWording(text: "\(period.quantity.french) à compter de la réception", parts: ["value": period.quantity.french])
    }
    public var source: RuleSource {
        .law(.consommation("L221-18", "L221-19", note: "délais comptés selon le règlement (CEE, Euratom) n°\u{00A0}1182/71"))
    }

    public func deadline(receivedOn day: LocalDate, calendar: FrenchBusinessCalendar) -> Deadline {
        .endOf(calendar.nextBusinessDay(onOrAfter: day.adding(days: period.count)), clock: calendar.clock)
    }

    /// Whether a withdrawal notified at `notified` is on time for an order received on `day`.
    public func isOnTime(receivedOn day: LocalDate, notified: Date, calendar: FrenchBusinessCalendar) -> Decision {
        decide(deadline(receivedOn: day, calendar: calendar), onTime: { $0.isMet(at: notified) }, calendar: calendar)
    }

    /// The same, for a notification known only by its date: on time when that date is not after the last day.
    public func isOnTime(receivedOn day: LocalDate, notifiedOn notifiedDay: LocalDate, calendar: FrenchBusinessCalendar) -> Decision {
        decide(deadline(receivedOn: day, calendar: calendar), onTime: { $0.lastDay.map { notifiedDay <= $0 } ?? false }, calendar: calendar)
    }

    private func decide(_ deadline: Deadline, onTime: (Deadline) -> Bool, calendar: FrenchBusinessCalendar) -> Decision {
        let last = deadline.french(clock: calendar.clock)
        return onTime(deadline)
            ? Decision(true, because: "la rétractation est dans les délais (jusqu’au \(last) inclus).")
            : Decision(false, because: "le délai de rétractation a pris fin le \(last) à minuit.")
    }
}
