/// `withdrawal.function`: how a customer tells the seller they withdraw.
///
/// Until 18 June 2026, by the model form or any unambiguous statement (Code de la consommation, L221-21).
///
/// From 19 June 2026, for a distance contract concluded through an online interface, the trader must also
/// provide, free of charge, a function to withdraw before the period of L221-18 ends (L221-21 as amended by
/// ordonnance n° 2026-2 du 5 janvier 2026, which transposes article 11 bis of directive 2011/83/EU as inserted
/// by directive (EU) 2023/2673). D221-5, created by décret n° 2026-3 of the same day, sets how it looks: the
/// function is labelled legibly « renoncer au contrat ici » or an equally unambiguous formula, easy to reach,
/// available for the whole withdrawal period; once the statement is filled in, a separate confirmation
/// function labelled « confirmer la rétractation » (or an analogous, clear formula) sends it; the trader then
/// acknowledges receipt on a durable medium, giving the content of the statement and the date and time it was
/// sent. The trader must also tell the consumer, before the contract, that the function exists and where it
/// is (avis d'information type, annexe à R221-3, as replaced by article 7 of décret n° 2026-3).
///
/// What was read, and where (December 2026): the new paragraph of L221-21 in the ordonnance's text as
/// published (tricoteuses.fr, JORFSCTA000053298855, Titre Ier); article 7 of décret n° 2026-3 (juriblio.fr,
/// JORF n° 0004 du 6 janvier 2026). D221-5 itself could not be read on Légifrance from this machine: its
/// content here (the two labels, the whole period, the acknowledgement's content) was checked against two
/// law firms' summaries that quote it (Joffe & Associés, 22 January 2026; Bird & Bird, 2026) and against
/// article 7 of the décret, whose model notice promises « un accusé de réception … y compris son contenu
/// ainsi que la date et l'heure de sa soumission ».
public struct WithdrawalFunctionPolicy: RulePolicy {
    public static let id = "withdrawal.function"
    public static let title = "Comment exercer son droit de rétractation"

    /// The day the new paragraph of L221-21 (and article 11 bis of the directive) applies from.
    public static let onlineFunctionSince = LocalDate(year: 2026, month: 6, day: 19)!

    /// The function the marketplace shows from 19 June 2026: D221-5's own labels, so that no « equivalent
    /// formula » has to be argued. The site writes them with a capital, as buttons are.
    public static let legalFunction = OnlineFunction(
        label: "Renoncer au contrat ici", confirmationLabel: "Confirmer la rétractation",
        acknowledgement: ["le contenu de votre déclaration de rétractation", "la date et l’heure de son envoi"])

    /// The online withdrawal function, as D221-5 describes it.
    public struct OnlineFunction: Hashable, Sendable {
        /// The function's label (D221-5: « renoncer au contrat ici » or an equally unambiguous formula).
        public let label: String
        /// The separate confirmation step's label (« confirmer la rétractation » or an analogous formula).
        public let confirmationLabel: String
        /// What the acknowledgement on a durable medium gives.
        public let acknowledgement: [String]

        public init(label: String, confirmationLabel: String, acknowledgement: [String]) {
            self.label = label
            self.confirmationLabel = confirmationLabel
            self.acknowledgement = acknowledgement
        }
    }

    /// Nil before 19 June 2026: the form or any unambiguous statement.
    public let online: OnlineFunction?

    public var onlineFunctionRequired: Bool { online != nil }

    public init(online: OnlineFunction?) { self.online = online }

    /// Before and after 19 June 2026, as the law stands.
    public static func legal(since law: LocalDate) -> Versioned<WithdrawalFunctionPolicy> {
        Versioned([(from: law, policy: WithdrawalFunctionPolicy(online: nil)),
                   (from: onlineFunctionSince, policy: WithdrawalFunctionPolicy(online: legalFunction))])
    }

    /// The value is the flow itself: the label, the confirmation step, what the acknowledgement gives.
    public var value: RuleValue {
        guard let online else { return .condition("formulaire ou déclaration") }
        return .list(["fonction «\u{00A0}\(online.label)\u{00A0}»",
                      "confirmation distincte «\u{00A0}\(online.confirmationLabel)\u{00A0}»",
                      "accusé de réception sur support durable\u{00A0}: " + FrenchFormat.list(online.acknowledgement)])
    }

    public var wording: RuleWording {
        guard let online else {
            return RuleWording(
                text: "en envoyant au vendeur le formulaire type de rétractation ou toute autre déclaration dénuée d’ambiguïté",
                parts: ["value": "le formulaire type de rétractation ou toute autre déclaration dénuée d’ambiguïté"])
        }
        let label = "«\u{00A0}\(online.label)\u{00A0}»", confirm = "«\u{00A0}\(online.confirmationLabel)\u{00A0}»"
        let acknowledgement = "un accusé de réception vous est envoyé par e-mail, un support durable que vous pouvez conserver, avec "
            + FrenchFormat.list(online.acknowledgement)
        return RuleWording(
            text: "avec le bouton \(label) de la page de la commande, disponible pendant tout le délai de rétractation, "
                + "puis le bouton \(confirm)\u{00A0}; \(acknowledgement)",
            parts: ["value": "le bouton \(label) de la page de la commande",
                    "label": label, "confirmation": confirm],
            items: ["le bouton \(label) se trouve sur la page de la commande, dans «\u{00A0}Mes commandes\u{00A0}», "
                        + "et reste disponible pendant tout le délai de rétractation",
                    "une étape distincte, le bouton \(confirm), envoie votre déclaration",
                    acknowledgement])
    }

    public var source: RuleSource {
        guard online != nil else { return .law(.consommation("L221-21")) }
        return .law(.consommation("L221-21", "D221-5", note:
            "L221-21 modifié par l’ordonnance n°\u{00A0}2026-2 du 5\u{00A0}janvier 2026, D221-5 créé par le décret "
            + "n°\u{00A0}2026-3 du 5\u{00A0}janvier 2026, applicables à partir du 19\u{00A0}juin 2026\u{00A0}; "
            + "directive 2011/83/UE, art.\u{00A0}11\u{00A0}bis, inséré par la directive (UE) 2023/2673"))
    }
}
