/// The model withdrawal form of the Code de la consommation (annexe à l'article R221-1, as amended by décret
/// n° 2022-424 du 25 mars 2022, in force since 28 May 2022), which the trader gives the consumer before the
/// contract (L221-5, 7°: R221-1 names « le formulaire type de rétractation mentionné au 7° de l'article
/// L. 221-5 »). Its text is the law's, word for word, the addressee's bracket included: the bracket is the
/// law's instruction to the trader, and the form is printed as the model is. What a marketplace must add (its
/// trader is the seller, whose details the order shows) is `marketplaceNote`, shown beside the form, never
/// inside it.
///
/// What was read (December 2026): R221-1 on Légifrance (LEGIARTI000045418603, « Version en vigueur depuis le
/// 28 mai 2022 »); the notice of décret n° 2022-424 on Légifrance (JORFTEXT000045410578), which says the
/// annex was modified for the trader's contact details (directive 2019/2161); the 2014 text of the annex,
/// quoted whole by Les Echos Publishing (acquisitions-entreprises.com, 29 September 2014), whose addressee
/// bracket still asked for « son numéro de télécopieur ». The 2022 annex itself could not be read from this
/// machine: its addressee bracket, « [le professionnel insère ici son nom, son adresse géographique et son
/// adresse électronique] », is taken from the issue that checked it (issue 27) and agrees with the décret's
/// notice (the fax number dropped by directive 2019/2161); every other line is the 2014 text, which the
/// décret did not touch. Tests/GuichetSiteTests/Fixtures/law/annexe-R221-1.txt keeps that text with these
/// sources, and the rendered page is tested against it.
public enum WithdrawalForm {
    public static let title = "Modèle de formulaire de rétractation"
    public static let instruction = "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)"
    public static let addresseeLead = "À l’attention de"
    /// The model's own bracket: an instruction to the trader, printed as the law writes it.
    public static let addressee = "[le professionnel insère ici son nom, son adresse géographique et son adresse électronique]"
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
    public static let source = RuleSource.law(.consommation("R221-1", "L221-5", note:
        "annexe à l’article R221-1, modifiée par le décret n°\u{00A0}2022-424 du 25\u{00A0}mars 2022\u{00A0}; formulaire type mentionné au 7° de l’article L221-5"))

    /// The lines of the model, in order, as the page prints them: what the test compares with the annex.
    public static var lines: [String] {
        [title, instruction, addresseeLead + " " + addressee + "\u{00A0}:", notification] + fields + [footnote]
    }

    /// The marketplace's explanation, beside the form: on Guichet the trader is the seller, whose name and
    /// addresses the order shows.
    public static let marketplaceNote =
        "Sur la place de marché, le professionnel est le vendeur\u{00A0}: son nom, son adresse géographique et son adresse "
        + "électronique figurent dans le détail de votre commande, dans «\u{00A0}Mes commandes\u{00A0}». "
        + "Recopiez-les à la place du texte entre crochets."
}
