import GuichetContent
import HelpCentreRules

/// `accessibilite.mustache`: the accessibility statement, written from `accessibilite.yml` (or saying that no
/// audit has been made).
struct AccessibilityPage: ThemePage {
    static let template = "accessibilite"
    let layout: Layout
    let statement: Statement

    static let contract = ThemeContract<AccessibilityPage>("AccessibilityPage", "What `accessibilite` receives.", [
        .object("statement", "the statement") { $0.statement },
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
            .text("status_text", "« totalement conforme », « partiellement conforme » or « non conforme »") { $0.status.rawValue },
            .flag("has_audit", "true when `accessibilite.yml` gives an audit; without it the status is « non conforme »") { $0.audit != nil },
            .text("rate_text", "the share of applicable criteria met, rounded down: « 92\u{00A0}% », or empty") { $0.rateText },
            .number("criteria_met", "criteria met (0 without an audit)") { $0.audit?.criteriaMet ?? 0 },
            .number("criteria_applicable", "criteria applicable (0 without an audit)") { $0.audit?.criteriaApplicable ?? 0 },
            .text("audit_date_text", "the audit's date: « 15\u{00A0}octobre 2026 », or empty") { $0.auditDateText },
            .text("auditor", "who made the audit, or empty") { $0.audit?.auditor ?? "" },
            .flag("has_auditor", "true when the audit names who made it") { $0.audit?.auditor != nil },
            .texts("non_accessible", "content that is not accessible") { $0.audit?.nonAccessible ?? [] },
            .flag("has_non_accessible", "true when `non_accessible` is not empty") { !($0.audit?.nonAccessible ?? []).isEmpty },
            .texts("exemptions", "content exempted from the duty") { $0.audit?.exemptions ?? [] },
            .flag("has_exemptions", "true when `exemptions` is not empty") { !($0.audit?.exemptions ?? []).isEmpty },
            .text("contact_url", "where to report a barrier (the audit's `contact`, else the contact form)") { $0.contactURL },
            .text("site_title", "the site's name, as the statement names the service") { $0.siteTitle },
            .text("source", "the law the statement answers") { _ in AccessibilityConformity.source.french },
            .text("source_url", "where that duty is explained") { _ in AccessibilityConformity.source.url ?? "" },
        ])
    }
}
