/// The conformity status an accessibility statement must declare, computed from an audit against the RGAA
/// (référentiel général d'amélioration de l'accessibilité, version 4.1): « totalement conforme » when every
/// applicable criterion is met, « partiellement conforme » from half of them, « non conforme » below, and
/// « non conforme » too when there is no audit in its period of validity (loi n° 2005-102, article 47;
/// décret n° 2019-768).
///
/// An audit stays valid three years, or until 18 months after a new version of the RGAA is published if that
/// comes first; past that, the statement reads as one with no valid audit. Read (December 2026) in the
/// Fédération des Aveugles de France's observatory, « Qu'est-ce qu'une déclaration d'accessibilité ? »
/// (observatoire-access-num.aveuglesdefrance.org), which sums up the RGAA's statement model: the statement
/// « doit être mise à jour […] 3 ans après la date de publication de la déclaration, ou, 18 mois après la date
/// de publication d'une nouvelle version du référentiel », and « Non-conformité : s'il n'existe aucun résultat
/// d'audit en cours de validité ». The RGAA's own page (accessibilite.numerique.gouv.fr) could not be read
/// from this machine. No version after 4.1 is known to this module, so `newerReferencePublished` is nil by
/// default: the caller that knows of one passes its date.
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

    /// The last day the audit of `audited` is valid: three years later, or 18 months after the publication of
    /// a newer RGAA, if that is after the audit and comes first.
    public static func auditValidUntil(audited: LocalDate, newerReferencePublished: LocalDate? = nil) -> LocalDate {
        var last = adding(months: 36, to: audited).adding(days: -1)
        if let newer = newerReferencePublished, audited < newer {
            last = min(last, adding(months: 18, to: newer).adding(days: -1))
        }
        return last
    }

    /// The same day `months` later, or the month's last day when it has no such day (31 August + 18 months is
    /// 28 or 29 February).
    static func adding(months: Int, to day: LocalDate) -> LocalDate {
        let index = day.year * 12 + (day.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        return LocalDate(year: year, month: month, day: min(day.day, LocalDate.daysInMonth(year: year, month: month)))!
    }
}
