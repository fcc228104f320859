/// The model withdrawal form of the Code de la consommation (annexe à l'article R221-1), which the trader must
/// give the consumer before the contract (L221-5, 2° and 7°). Its text is the law's, word for word, kept here
/// so that no editor retypes it; only the addressee is filled in. On a marketplace the trader is the seller,
/// whose name and addresses the order shows: the form says where to find them rather than inventing them.
public enum WithdrawalForm {
    public static let title = "Modèle de formulaire de rétractation"
    public static let instruction = "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)"
    /// The model asks the trader to insert its name, geographical address and, when available, fax number and
    /// email address here.
    public static let addresseeLead = "À l’attention de"
    public static let notification = "Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat "
        + "portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous\u{00A0}:"
    /// The fields the consumer fills in, in the model's order.
    public static let fields = [
        "Commandé le (*)/reçu le (*)\u{00A0}:",
        "Nom du (des) consommateur(s)\u{00A0}:",
        "Adresse du (des) consommateur(s)\u{00A0}:",
        "Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier)\u{00A0}:",
        "Date\u{00A0}:",
    ]
    public static let footnote = "(*) Rayez la mention inutile."
    public static let source = RuleSource.law(.consommation("R221-1", "L221-5", note: "annexe à l’article R221-1"))

    /// The addressee the marketplace can give for every seller, in the brackets of the model's placeholder:
    /// where the order names the seller.
    public static let marketplaceAddressee =
        "[nom, adresse géographique et adresse électronique du vendeur, indiqués dans le détail de votre commande, «\u{00A0}Mes commandes\u{00A0}»]"
}
