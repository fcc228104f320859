/// `withdrawal.function`: how a customer tells the seller they withdraw. Until 18 June 2026, by the model
/// form or any unambiguous statement (Code de la consommation, L221-21). From 19 June 2026, a trader selling
/// through an online interface must also offer a withdrawal function: clearly labelled, available for the
/// whole withdrawal period, and followed by an acknowledgement on a durable medium (Directive 2011/83/EU,
/// article 11 bis, inserted by Directive (EU) 2023/2673, applicable from 19 June 2026).
///
/// Only the directive is cited for the new duty: its French transposition is not quoted here because we do
/// not hold its text.
public struct WithdrawalFunctionPolicy: RulePolicy {
    public static let id = "withdrawal.function"
    public static let title = "Comment exercer son droit de rétractation"

    /// The day article 11 bis applies from.
    public static let onlineFunctionSince = LocalDate(year: 2026, month: 6, day: 19)!

    /// Whether the marketplace must offer the « Se rétracter » function on its site.
    public let onlineFunctionRequired: Bool

    public init(onlineFunctionRequired: Bool) { self.onlineFunctionRequired = onlineFunctionRequired }

    /// Before and after 19 June 2026, as the law stands.
    public static func legal(since law: LocalDate) -> Versioned<WithdrawalFunctionPolicy> {
        Versioned([(from: law, policy: WithdrawalFunctionPolicy(onlineFunctionRequired: false)),
                   (from: onlineFunctionSince, policy: WithdrawalFunctionPolicy(onlineFunctionRequired: true))])
    }

    public var value: RuleValue {
        .condition(onlineFunctionRequired ? "fonction de rétractation en ligne" : "formulaire ou déclaration")
    }

    public var wording: RuleWording {
        if onlineFunctionRequired {
            return RuleWording(
                text: "avec le bouton «\u{00A0}Se rétracter\u{00A0}» de votre espace client, disponible pendant tout le délai de rétractation\u{00A0}; "
                    + "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver",
                parts: ["value": "le bouton «\u{00A0}Se rétracter\u{00A0}» de votre espace client"],
                items: ["le bouton «\u{00A0}Se rétracter\u{00A0}» se trouve dans votre espace client, sur la page de la commande",
                        "il reste disponible pendant tout le délai de rétractation",
                        "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver"])
        }
        return RuleWording(
            text: "en envoyant au vendeur le formulaire type de rétractation ou toute autre déclaration dénuée d’ambiguïté",
            parts: ["value": "le formulaire type de rétractation ou toute autre déclaration dénuée d’ambiguïté"])
    }

    public var source: RuleSource {
        if onlineFunctionRequired {
            return .law(LegalReference(code: "Directive 2011/83/UE", articles: ["11 bis"],
                                       note: "inséré par la directive (UE) 2023/2673, applicable à partir du 19 juin 2026",
                                       url: "https://eur-lex.europa.eu/eli/dir/2023/2673/oj"))
        }
        return .law(.consommation("L221-21"))
    }
}
