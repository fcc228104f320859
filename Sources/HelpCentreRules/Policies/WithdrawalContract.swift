/// What the contract is, for the day the withdrawal period starts from (Code de la consommation, L221-18,
/// read in doctrine.fr's copy of its version of 1 July 2016): « Le délai mentionné au premier alinéa court à
/// compter du jour : 1° De la conclusion du contrat, pour les contrats de prestation de services […] ; 2° De
/// la réception du bien […] pour les contrats de vente de biens » ; for several goods delivered separately,
/// « à compter de la réception du dernier bien » ; « Pour les contrats prévoyant la livraison régulière de biens
/// pendant une période définie, le délai court à compter de la réception du premier bien ».
public enum WithdrawalContract: String, CaseIterable, Sendable {
    /// A sale of goods, in one parcel or several: from the receipt of the last.
    case goods
    /// Goods delivered regularly over a set period (a subscription to a box, a magazine): from the first.
    case regularDeliveries = "regular_deliveries"
    /// A service: from the conclusion of the contract.
    case service

    /// The day the period starts from, from what is known of the order; nil when the day it needs is not
    /// given (a service needs `concluded`, goods need `received`): refused, not guessed.
    public func start(concluded: LocalDate?, received: LocalDate?) -> LocalDate? {
        switch self {
        case .goods, .regularDeliveries: received
        case .service: concluded
        }
    }

    /// « à compter de la réception du dernier article », as the calculator's answer says it.
    public var startsFrom: String {
        switch self {
        case .goods: "à compter de la réception (du dernier article, pour une commande livrée en plusieurs colis)"
        case .regularDeliveries: "à compter de la réception de la première livraison"
        case .service: "à compter de la conclusion du contrat"
        }
    }
}
