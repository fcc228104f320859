import Foundation

/// `delivery.seller_confirmation`: the seller confirms the items are available within 3 business days of
/// the purchase. The purchase day never counts, whatever the hour; the deadline is the end of the 3rd
/// business day after it.
public struct SellerConfirmationPolicy: RulePolicy {
    public static let id = "delivery.seller_confirmation"
    public static let title = "Confirmation de la commande par le vendeur"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["confirm", "accept", "valider", "valide la", "valide votre", "valide sa", "valide une"],
        startsFrom: ["achat", "commande passee", "passage de la commande", "paiement", "acheteur paie", "vente"],
        notIt: ["livraison", "livre"])

    public let period: BusinessDays

    public init(period: BusinessDays) { self.period = period }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording { RuleWording(text: period.quantity.french, parts: ["value": period.quantity.french]) }
    public var source: RuleSource { .marketplacePolicy }

    public func deadline(purchasedOn day: LocalDate, calendar: FrenchBusinessCalendar) -> Deadline {
        .endOf(calendar.businessDay(period.count, after: day), clock: calendar.clock)
    }
}
