import GuichetContent
import HelpCentreRules

/// `accessibilite.mustache`: the accessibility statement, written from `accessibilite.yml` (or saying that no
/// audit has been made).
struct AccessibilityPage: ThemePage {
    static let template = "accessibilite"
    let layout: Layout
    let statement: Statement

    static let contract = ThemeContract<AccessibilityPage>("AccessibilityPage", "What `accessibilite` receives.", [
        ThemeKey("statement", .object(Statement.schema), "the statement") { $0.statement },
    ], inheriting: Layout.self, through: \.layout)

    struct Statement: ThemeValue {
        let siteTitle: String
        let status: AccessibilityConformity
        let audit: AccessibilityAudit?
        let auditDateText: String
        let contactURL: String

        var rateText: String {
            guard let audit, let rate = AccessibilityConformity.rate(met: audit.criteriaMet, applicable: audit.criteriaApplicable) else { return "" }
            return "\(rate)\u{00A0}%"
        }

        static let contract = ThemeContract<Statement>("AccessibilityStatement", "An accessibility statement (RGAA 4.1).", [
            ThemeKey("status_text", .text, "« totalement conforme », « partiellement conforme » or « non conforme »") { $0.status.rawValue },
            ThemeKey("has_audit", .flag, "true when `accessibilite.yml` gives an audit; without it the status is « non conforme »") { $0.audit != nil },
            ThemeKey("rate_text", .text, "the share of applicable criteria met, rounded down: « 92\u{00A0}% », or empty") { $0.rateText },
            ThemeKey("criteria_met", .number, "criteria met (0 without an audit)") { $0.audit?.criteriaMet ?? 0 },
            ThemeKey("criteria_applicable", .number, "criteria applicable (0 without an audit)") { $0.audit?.criteriaApplicable ?? 0 },
            ThemeKey("audit_date_text", .text, "the audit's date: « 15\u{00A0}octobre 2026 », or empty") { $0.auditDateText },
            ThemeKey("auditor", .text, "who made the audit, or empty") { $0.audit?.auditor ?? "" },
            ThemeKey("has_auditor", .flag, "true when the audit names who made it") { $0.audit?.auditor != nil },
            ThemeKey("non_accessible", .texts, "content that is not accessible") { $0.audit?.nonAccessible ?? [] },
            ThemeKey("has_non_accessible", .flag, "true when `non_accessible` is not empty") { !($0.audit?.nonAccessible ?? []).isEmpty },
            ThemeKey("exemptions", .texts, "content exempted from the duty") { $0.audit?.exemptions ?? [] },
            ThemeKey("has_exemptions", .flag, "true when `exemptions` is not empty") { !($0.audit?.exemptions ?? []).isEmpty },
            ThemeKey("contact_url", .text, "where to report a barrier (the audit's `contact`, else the contact form)") { $0.contactURL },
            ThemeKey("site_title", .text, "the site's name, as the statement names the service") { $0.siteTitle },
            ThemeKey("source", .text, "the law the statement answers") { _ in AccessibilityConformity.source.french },
            ThemeKey("source_url", .text, "where that duty is explained") { _ in AccessibilityConformity.source.url ?? "" },
        ])
    }
}
