import Foundation

/// `delivery.shipping`: once the order is validated, the seller ships within 48 elapsed hours. Decision of
/// RULES.md: absolute time (47 or 49 wall-clock hours across a clock change), no weekend or holiday extension.
public struct ShippingPolicy: RulePolicy {
    public static let id = "delivery.shipping"
    public static let title = "Délai d’expédition"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["expedi", "expedie", "envoy", "envoi", "poster", "colis part", "remettre", "remis au", "remis a", "deposer le", "deposez le",
                "deposer votre colis", "deposez votre colis", "emball"],
        startsFrom: ["validation", "valide", "confirmation", "confirme", "accept"],
        notIt: ["livr", "achemin", "transit", "suivi", "statut", "expediteur", "lien", "au vendeur", "retour"],
        otherProcesses: ["au vendeur", "mail", "sms", "message", "notification", "courriel", "accuse", "formulaire"])

    public let period: ElapsedHours

    public init(period: ElapsedHours) { self.period = period }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording { RuleWording(text: period.quantity.french, parts: ["value": period.quantity.french]) }
    public var source: RuleSource { .marketplacePolicy }

    public func deadline(validated: Date) -> Deadline {
        Deadline(bound: validated.addingTimeInterval(period.seconds))
    }
}
