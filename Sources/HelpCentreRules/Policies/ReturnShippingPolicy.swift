import Foundation

/// `withdrawal.return_shipping`: the buyer sends the item back within 14 days after notifying the withdrawal
/// (that day excluded, end of day, no weekend extension); the direct cost of the return is the buyer's when
/// the listing said so (L221-23).
public struct ReturnShippingPolicy: RulePolicy {
    public static let id = "withdrawal.return_shipping"
    public static let title = "Renvoi de l’article après rétractation"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["renvoy", "renvoi", "retourn", "retour", "rendre", "rapporter", "deposez le", "deposer le", "deposez l", "deposer l", "deposez votre", "restitu", "expedier l article",
                "renverr", "reexpedi", "reexpedier"],
        startsFrom: ["retract", "notifi", "inform", "prevenu", "decision", "demande de retract"],
        notIt: ["retour gratuit", "retours gratuits", "expediteur", "conserv", "relais conserv", "garde", "achemin", "de transport", "temps de transport",
                "arriv", "etiquette"])

    public let period: CalendarDays
    public let buyerPaysWhenListed: Bool

    public init(period: CalendarDays, buyerPaysWhenListed: Bool) {
        self.period = period
        self.buyerPaysWhenListed = buyerPaysWhenListed
    }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording {
        RuleWording(text: period.quantity.french, parts: [
            "value": period.quantity.french,
            "cost": buyerPaysWhenListed ? "à votre charge" : "à la charge du vendeur",
        ])
    }
    public var source: RuleSource { .law(.consommation("L221-23")) }

    public func deadline(notifiedOn day: LocalDate, clock: ParisClock) -> Deadline {
        .endOf(day.adding(days: period.count), clock: clock)
    }
}
