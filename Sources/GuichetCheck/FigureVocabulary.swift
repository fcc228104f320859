/// The French words the figure check's judge reads, in one place: the words of each rule are its own
/// (`RuleSubject`, in the rules module); these are the words of everything else a sentence may speak of.
/// Phrases are lower-case and without accents, as `ProseWords` folds the text; a phrase of several words is
/// split on spaces; a word may be a prefix (`livr` for « livré », « livraison »).
package enum FigureVocabulary {
    private static func phrases(_ list: [String]) -> [[String]] { list.map { $0.split(separator: " ").map(String.init) } }

    /// Subjects no rule owns, that help-centre prose puts figures beside: carriers and relay points, banks,
    /// guarantees, statistics, promotions, accounts, payouts. Closer to a figure than a rule's names, they
    /// make the figure theirs.
    package static let neighbours: [[String]] = phrases([
        // Carriers, relay points, tracking.
        "point relais", "relais", "consigne", "conserv", "transporteur", "colissimo", "chronopost", "la poste",
        "mondial relay", "achemin", "transit", "livr", "suivi", "statut", "affich", "scann", "expediteur", "retir",
        // Banks and payments.
        "banque", "bancaire", "credit", "releve", "virement", "paiement", "vire", "verse", "versement", "factur",
        // Guarantees.
        "garantie legale", "garantie commerciale", "sous garantie", "garantie de", "extension de garantie",
        "conformite", "vice cache",
        // Statistics and history.
        "%", "taux", "statisti", "consult", "historique",
        // Promotions and vouchers.
        "promo", "reduction", "solde", "offre", "remise", "profitez", "exceptionnel", "bon d achat", "code promo",
        "code de reduction", "code avantage", "commercial", "expire", "reste valable", "bon de", "carte cadeau", "coupon",
        // Accounts, links, reviews, loyalty.
        "mot de passe", "lien", "en ligne", "compte client", "supprim", "archiv", "un avis", "votre avis", "les avis",
        "laisser un avis", "avis client", "noter", "la note", "une note", "votre note", "note de", "evaluation", "fidelite", "points",
        // Warehouses and shops, preparation, insurance.
        "entrepot", "magasin", "boutique", "stock", "preparation", "frais de port", "assurance",
        // Sellers' sanctions.
        "pause", "suspen", "sanction", "penalit", "avertissement",
    ])

    /// Words of statistics: a figure beside them is measured, not promised.
    package static let statistics: [[String]] = phrases(["%", "taux", "statisti", "en moyenne", "moyenne", "delai moyen", "temps moyen",
                                                 "duree moyenne"])
    /// Words that hedge: « en général », « habituellement ».
    package static let hedges: [[String]] = phrases(["en general", "generalement", "habituellement", "souvent", "la plupart"])

    /// Words that say a period is being promised: a contradiction found only from the paragraph needs one.
    package static let deadlineWords = ["sous", "delai", "dispos", "avez", "pendant", "tard", "maximum", "jusqu", "reste",
                                "comptez", "faut", "doit", "doivent", "dans"]

    /// Words before a clock time that make it an opening or closing hour rather than an appointment.
    package static let openingWords = ["de", "partir", "jusqu", "entre", "ouvert", "ouvre", "ferme", "fermeture", "ouverture",
                               "joignable", "disponible", "des", "apres", "avant"]
    /// Between two clock times or two days: « de 9 h à 17 h », « 9 h - 17 h », « lundi et mardi ».
    package static let rangeJoiners = ["-", "–", "a", "et"]

    /// Before `12 h`, words that make it a duration (« sous 12 h ») rather than a time of day.
    package static let durationBeforeClock = ["sous", "en", "dans", "pendant", "les", "ici", "maximum", "max", "moins", "plus", "delai"]
    /// Before « de 12 h »: « un délai de 12 h », « plus de 12 h », « vous disposez de 12 h ».
    package static let durationBeforeDeClock = ["delai", "moins", "plus", "dispose", "disposez", "disposent"]

    /// Before a number of months: « 3 retards en un mois » counts within a window, it grants no period.
    package static let countingWindowBeforeMonths = ["en", "par"]
    /// « 3 % sur 90 jours »: the word before a window of measure.
    package static let windowBefore = "sur"
    /// « les 30 derniers jours », « 90 jours glissants »: the words after a window of measure.
    package static let windowAfter = ["glissant", "glissants", "dernier", "derniers", "precedent"]

    /// Endings of a past participle (« chaque commande confirmée »): the rule's starting event written as one.
    package static let participleEndings = ["é", "ée", "és", "ées", "çu", "çue", "çus", "çues"]

    /// Words just before a figure that make it a deadline (« au plus tard 30 jours », « sous 10 jours »):
    /// a waiting period is not contradicted by one.
    package static let deadlineBefore = ["tard", "sous", "maximum", "max", "moins", "dans"]

    /// « notre service client est joignable au 01 … »: words that give another number as ours.
    package static let ownLineWords = ["notre", "nous", "service"]
}
