/// `withdrawal.exclusions`: the items L221-28 excludes from the right of withdrawal, with the marketplace's
/// examples mapped to its paragraphs. The 1° follows the article's words, read in its version in force since
/// 1 July 2016 (app.livv.eu's copy of the Code de la consommation): « De fourniture de services pleinement
/// exécutés avant la fin du délai de rétractation et, si le contrat soumet le consommateur à une obligation de
/// payer, dont l'exécution a commencé avec son accord préalable et exprès et avec la reconnaissance par lui de
/// la perte de son droit de rétractation ». RULES.md's shorter line (« services fully performed with the
/// buyer's prior consent ») leaves out the end of the period and the acknowledgement: the law is followed.
public struct WithdrawalExclusionsPolicy: RulePolicy {
    public static let id = "withdrawal.exclusions"
    public static let title = "Articles exclus du droit de rétractation"

    public let exclusions: [WithdrawalExclusion]

    public init(exclusions: [WithdrawalExclusion]) { self.exclusions = exclusions }

    public static let legal = WithdrawalExclusionsPolicy(exclusions: [
        WithdrawalExclusion(item: .recording, paragraph: "9°", onlyWhenUnsealed: true,
                            wording: "les enregistrements audio ou vidéo et les logiciels (DVD, CD, jeux vidéo) descellés après la livraison"),
        WithdrawalExclusion(item: .hygiene, paragraph: "5°", onlyWhenUnsealed: true,
                            wording: "les biens scellés pour des raisons d’hygiène et descellés après la livraison (cosmétiques, lingerie, produits intimes)"),
        WithdrawalExclusion(item: .leisureDated, paragraph: "12°", onlyWhenUnsealed: false,
                            wording: "les prestations de loisirs à date déterminée, comme les billets de spectacle"),
        WithdrawalExclusion(item: .servicePerformed, paragraph: "1°", onlyWhenUnsealed: false,
                            wording: "les services pleinement exécutés avant la fin du délai de rétractation, dont l’exécution a "
                                + "commencé avec votre accord préalable et exprès et votre reconnaissance de la perte de votre droit de rétractation"),
        WithdrawalExclusion(item: .newspaper, paragraph: "10°", onlyWhenUnsealed: false,
                            wording: "les journaux et magazines vendus au numéro (les abonnements restent couverts)"),
        WithdrawalExclusion(item: .personalised, paragraph: "3°", onlyWhenUnsealed: false,
                            wording: "les biens personnalisés ou fabriqués selon vos spécifications"),
        WithdrawalExclusion(item: .perishable, paragraph: "4°", onlyWhenUnsealed: false,
                            wording: "les biens susceptibles de se détériorer ou de se périmer rapidement"),
    ])

    public var value: RuleValue { .list(exclusions.map(\.wording)) }
    public var wording: RuleWording {
        RuleWording(text: FrenchFormat.list(exclusions.map(\.wording)),
                    parts: ["value": "\(exclusions.count) catégories d’articles"],
                    items: exclusions.map(\.wording))
    }
    public var source: RuleSource { .law(.consommation("L221-28")) }

    /// The exclusion that covers `item`, if any. `unsealed` matters only where the exclusion needs it;
    /// there, not knowing it is refused by the caller rather than guessed.
    public func exclusion(for item: ItemKind, unsealed: Bool) -> WithdrawalExclusion? {
        exclusions.first { $0.item == item && (!$0.onlyWhenUnsealed || unsealed) }
    }

    /// Whether the answer for `item` depends on the item having been unsealed.
    public func needsSealState(_ item: ItemKind) -> Bool {
        exclusions.contains { $0.item == item && $0.onlyWhenUnsealed }
    }
}
