import Foundation

/// `withdrawal.refund`: the seller refunds everything paid, standard delivery included, within 14 days after
/// being notified; it may wait until it has the item back or proof that it was sent, whichever comes first
/// (L221-24). Counted like the return: the day of notification excluded, until the end of the last day.
public struct RefundPolicy: RulePolicy {
    public static let id = "withdrawal.refund"
    public static let title = "Remboursement après rétractation"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["rembours", "refund"],
        startsFrom: ["retract", "notifi", "inform", "prevenu", "decision", "reception du retour"],
        notIt: ["credit", "releve", "apparai", "visible", "virement"])

    public let period: CalendarDays

    public init(period: CalendarDays) { self.period = period }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording { RuleWording(text: period.quantity.french, parts: ["value": period.quantity.french]) }
    public var source: RuleSource { .law(.consommation("L221-24")) }

    public func deadline(notifiedOn day: LocalDate, clock: ParisClock) -> Deadline {
        .endOf(day.adding(days: period.count), clock: clock)
    }
}
