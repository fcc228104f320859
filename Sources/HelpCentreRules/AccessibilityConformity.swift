/// The conformity status an accessibility statement must declare, computed from an audit against the RGAA
/// (référentiel général d'amélioration de l'accessibilité, version 4.1): « totalement conforme » when every
/// applicable criterion is met, « partiellement conforme » from half of them, « non conforme » below, and
/// « non conforme » too when there is no audit (loi n° 2005-102, article 47; décret n° 2019-768).
public enum AccessibilityConformity: String, Sendable, CaseIterable {
    case total = "totalement conforme"
    case partial = "partiellement conforme"
    case nonConforming = "non conforme"

    public static let source = RuleSource.law(LegalReference(
        code: "Loi n°\u{00A0}2005-102 du 11\u{00A0}février 2005", articles: ["47"],
        note: "décret n°\u{00A0}2019-768, RGAA\u{00A0}4.1",
        url: "https://accessibilite.numerique.gouv.fr/obligations/declaration-accessibilite/"))

    /// The status for `met` criteria out of `applicable`; nil when the figures cannot come from an audit
    /// (no applicable criterion, a negative count, more met than applicable): refused, not guessed.
    public static func of(met: Int, applicable: Int) -> AccessibilityConformity? {
        guard applicable > 0, met >= 0, met <= applicable else { return nil }
        if met == applicable { return .total }
        // At least 50 %, compared in whole numbers: 2 × met ≥ applicable.
        return 2 * met >= applicable ? .partial : .nonConforming
    }

    /// The rate a statement shows, rounded down to the whole percent so that it never claims more than the
    /// audit found: « 98 % » for 49 of 50 criteria, « 99 % » for 199 of 200, never « 100 % » short of all.
    public static func rate(met: Int, applicable: Int) -> Int? {
        guard of(met: met, applicable: applicable) != nil else { return nil }
        return met * 100 / applicable
    }
}
