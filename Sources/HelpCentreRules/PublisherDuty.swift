/// What the law asks the publisher of a consumer-facing site to show besides its rules: who publishes it and
/// who hosts it, and the consumer mediator. These carry no value to compute, only the facts of guichet.yml
/// and their sources, which the pages cite.
public enum PublisherDuty {
    /// Identification of the publisher, its director of publication and its host. The loi n° 2024-449
    /// (« SREN ») moved these duties from article 6, III to article 1-1.
    public static let legalNotice = RuleSource.law(LegalReference(
        code: "Loi n°\u{00A0}2004-575 du 21\u{00A0}juin 2004 pour la confiance dans l’économie numérique", articles: ["1-1"],
        note: "dans sa rédaction issue de la loi n°\u{00A0}2024-449 du 21\u{00A0}mai 2024",
        url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000801164"))

    /// Every consumer may turn to a mediator free of charge, once a written claim to the trader has failed
    /// (L612-1, L612-2); the trader gives the mediator's details on its website (L616-1, R616-1). The request
    /// must reach the mediator within a year of the written claim: L612-2, 4° (« Le consommateur a introduit sa
    /// demande auprès du médiateur dans un délai supérieur à un an à compter de sa réclamation écrite auprès du
    /// professionnel »), read in doctrine.fr's copy of the article (version of 1 July 2016) and juriblio.fr's.
    /// On a marketplace the trader of a sale is the professional seller: a dispute over the sale goes to the
    /// mediator the seller has appointed (L612-1: the professional guarantees recourse to a mediator), the
    /// platform's mediator only to disputes with the platform; the pages say both.
    public static let mediation = RuleSource.law(.consommation("L612-1", "L612-2", "L616-1", "R616-1"))
}
