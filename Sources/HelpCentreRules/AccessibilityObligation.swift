/// Why a site publishes an accessibility statement: the text that obliges its publisher. A trader's help
/// centre falls under one or both.
///
/// - `article47`: loi n° 2005-102 du 11 février 2005, article 47, I, 4°: companies whose turnover exceeds a
///   threshold that décret n° 2019-768, article 2, sets at 250 million euros, « calculé pour chaque personne
///   sur la base de la moyenne du chiffre d'affaires annuel réalisé en France des trois derniers exercices
///   comptables clos » (read in doctrine.fr's copy of article 47 as modified by loi n° 2023-171, and in the
///   décret's article 2 as a Senate question of 19 January 2023 quotes it).
/// - `productsAndServices`: Code de la consommation, L412-13, created by loi n° 2023-171 du 9 mars 2023 to
///   transpose directive (EU) 2019/882 (the European Accessibility Act), with décret n° 2023-931 du 9 octobre
///   2023, in force from 28 June 2025 (its notice on Légifrance, JORFTEXT000048178349). Companies of fewer than
///   ten people whose turnover or balance sheet does not exceed two million euros and that provide services are
///   exempt: read in the Government's amendment that wrote L412-13 (Assemblée nationale, AS53, January 2023),
///   not in the code's consolidated text, which could not be read from this machine.
public enum AccessibilityObligation: String, Sendable, CaseIterable {
    case article47 = "article-47"
    case productsAndServices = "l412-13"

    /// The sentence the statement gives for it.
    public var french: String {
        switch self {
        case .article47:
            "l’article 47 de la loi n°\u{00A0}2005-102 du 11\u{00A0}février 2005, qui s’applique aux entreprises dont le chiffre "
                + "d’affaires réalisé en France dépasse 250\u{00A0}millions d’euros (décret n°\u{00A0}2019-768)"
        case .productsAndServices:
            "l’article L412-13 du Code de la consommation et le décret n°\u{00A0}2023-931 du 9\u{00A0}octobre 2023, en vigueur "
                + "depuis le 28\u{00A0}juin 2025, qui transposent la directive (UE) 2019/882 relative aux exigences en matière "
                + "d’accessibilité des produits et services (les microentreprises qui fournissent des services en sont exonérées)"
        }
    }

    public var source: RuleSource {
        switch self {
        case .article47: AccessibilityConformity.source
        case .productsAndServices:
            .law(.consommation("L412-13", note: "décret n°\u{00A0}2023-931 du 9\u{00A0}octobre 2023, directive (UE) 2019/882"))
        }
    }
}
