/// `contact.phone.number`: the customer-service line, kept in E.164 and shown as dialled in France.
public struct PhoneNumberPolicy: RulePolicy {
    public static let id = "contact.phone.number"
    public static let title = "Numéro du service client"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["telephon", "appel", "joindre", "joignable", "une ligne", "la ligne", "notre ligne", "ligne telephon", "standard", "service client", "numero"],
        notIt: ["transporteur", "banque", "bancaire", "opposition", "colissimo", "chronopost", "la poste", "livreur",
                "relais", "urgence", "police", "mediateur", "partenaire", "financement", "assureur", "organisme"])

    /// `+33970756460`.
    public let e164: String

    public init(e164: String) { self.e164 = e164 }

    public var value: RuleValue { .phoneNumber(e164: e164) }
    /// « 09 70 75 64 60 » with no-break spaces.
    public var display: String { FrenchFormat.phone(e164: e164) }
    /// `tel:+33970756460`.
    public var telURI: String { "tel:\(e164)" }
    public var wording: RuleWording { RuleWording(text: display, parts: ["value": display, "tel": telURI]) }
    public var source: RuleSource { .marketplacePolicy }
}
