import Foundation

/// `contact.form_response`: customer service answers the contact form within 24 elapsed hours.
public struct FormResponsePolicy: RulePolicy {
    public static let id = "contact.form_response"
    public static let title = "Délai de réponse au formulaire de contact"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["formulaire", "repond", "reponse", "message", "ecrire", "ecrivez", "mail", "courriel", "demande ecrite",
                "recontact", "revenir vers", "revien", "reviendr"],
        startsFrom: ["envoi", "reception de votre", "soumission"],
        notIt: ["lien", "valable", "accuse de reception"],
        otherProcesses: ["le vendeur repond", "le vendeur vous", "le vendeur dispose", "le vendeur a", "vendeur repond",
                         "reclam", "automatique", "mot de passe", "reinitialis", "reseaux sociaux", "facebook",
                         "twitter", "instagram", "whatsapp", "chat", "tchat", "messagerie instantanee"])

    public let period: ElapsedHours

    public init(period: ElapsedHours) { self.period = period }

    public var value: RuleValue { .quantity(period.quantity) }
    public var wording: RuleWording {
        RuleWording(text: "sous \(period.quantity.french)", parts: ["value": period.quantity.french])
    }
    public var source: RuleSource { .marketplacePolicy }

    public func due(submitted: Date) -> Deadline {
        Deadline(bound: submitted.addingTimeInterval(period.seconds))
    }
}
