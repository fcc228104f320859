/// `seller.contact_buyer`: a seller can message the buyer from the sale's page unless the buyer has opened a
/// claim or the order is too old. No figure is published for "too old", so none is modelled here: the
/// order system says whether an order is too old.
public struct SellerContactBuyerPolicy: RulePolicy {
    public static let id = "seller.contact_buyer"
    public static let title = "Contacter l’acheteur quand on est vendeur"

    public init() {}

    public var value: RuleValue {
        .condition("depuis la page de la vente, sauf réclamation ouverte ou commande trop ancienne")
    }
    public var wording: RuleWording {
        let text = "depuis la page de la vente, sauf si l’acheteur a ouvert une réclamation ou si la commande est trop ancienne"
        return RuleWording(text: text, parts: ["value": text])
    }
    public var source: RuleSource { .marketplacePolicy }

    public func canContact(claimOpened: Bool, orderTooOld: Bool) -> Decision {
        if claimOpened {
            return Decision(false, because: "l’acheteur a ouvert une réclamation\u{00A0}: l’échange passe par le service client.")
        }
        if orderTooOld {
            return Decision(false, because: "la commande est trop ancienne pour contacter l’acheteur.")
        }
        return Decision(true, because: "vous pouvez écrire à l’acheteur depuis la page de la vente.")
    }
}
