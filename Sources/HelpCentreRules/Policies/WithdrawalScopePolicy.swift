/// `withdrawal.scope`: the legal right of withdrawal applies when the seller is a professional; a private
/// seller's sale carries none (Code de la consommation, article liminaire and L221-18).
public struct WithdrawalScopePolicy: RulePolicy {
    public static let id = "withdrawal.scope"
    public static let title = "Qui est concerné par le droit de rétractation"

    public let appliesTo: Set<SellerKind>

    public init(appliesTo: Set<SellerKind>) { self.appliesTo = appliesTo }

    public var value: RuleValue { .condition("vendeur professionnel") }
    public var wording: RuleWording {
        RuleWording(text: "si le vendeur est un professionnel", parts: ["value": "vendeur professionnel"])
    }
    public var source: RuleSource { .law(.consommation("liminaire", "L221-18")) }

    public func applies(to seller: SellerKind) -> Decision {
        appliesTo.contains(seller)
            ? Decision(true, because: "le vendeur est un professionnel, le droit de rétractation s’applique.")
            : Decision(false, because: "la vente entre particuliers n’ouvre pas de droit de rétractation légal.")
    }
}
