import GuichetContent
import HelpCentreRules

/// `accessibilite.mustache`: the accessibility statement in the form of the RGAA's model, written from
/// `accessibilite.yml` (or saying that no valid audit exists): the organisation's commitment and the basis of
/// its duty, the plans, the conformity status worded for its level, the results, the non-accessible content,
/// « Établissement de cette déclaration », the contact, and the three recourses to the Défenseur des droits
/// (its online form, its delegate in the region, free post), as public statements following the model list
/// them (read in the statement of accessibilite.larochelle.fr; the delegates' page is defenseurdesdroits.fr's
/// « Les délégués du Défenseur des droits », read there).
package struct AccessibilityPage: ThemePage {
    package static let template = "accessibilite"
    package let layout: Layout
    package let statement: Statement

    package static let contract = ThemeContract<AccessibilityPage>("AccessibilityPage", "What `accessibilite` receives.", [
        .object("statement", "the statement") { $0.statement },
    ], inheriting: Layout.self, through: \.layout)

    package struct Statement: ThemeValue {
        package let siteTitle: String
        /// The organisation that commits: the audit's `organisation`, else the publisher of the legal notices.
        package let organisation: String
        /// The audit as given, valid or not.
        package let given: AccessibilityAudit?
        package let contactURL: String

        package init(siteTitle: String, publisher: String, audit: AccessibilityAudit?, contactURL: String) {
            self.siteTitle = siteTitle
            self.organisation = FrenchTypography.apply(audit?.organisation ?? publisher)
            self.given = audit
            self.contactURL = contactURL
        }

        /// The audit the statement rests on: only a valid one.
        package var audit: AccessibilityAudit? { given?.isValid == true ? given : nil }
        package var status: AccessibilityConformity { audit?.status ?? .nonConforming }

        package var rateText: String {
            guard let audit, let rate = AccessibilityConformity.rate(met: audit.criteriaMet, applicable: audit.criteriaApplicable) else { return "" }
            return "\(rate)\u{00A0}%"
        }

        /// What follows « … RGAA, version 4.1 » for each level: nothing when totally conforming; the
        /// non-conformities listed below when there are; the absence of a valid audit otherwise.
        package var statusReason: String {
            guard let audit else {
                return "\u{00A0}: aucun résultat d’audit en cours de validité ne permet de mesurer le respect des critères"
            }
            switch audit.status {
            case .total: return ""
            case .partial, .nonConforming:
                return audit.nonAccessible.isEmpty ? "" : ", en raison des non-conformités énumérées ci-dessous"
            }
        }

        /// « Le dernier audit, du 15 octobre 2022, n’est plus valide depuis le 15 octobre 2025. », or empty.
        package var expiredText: String {
            guard let given, !given.isValid else { return "" }
            return "Le dernier audit, du \(FrenchFormat.shortDate(given.date)), n’est plus valide depuis le "
                + "\(FrenchFormat.shortDate(given.validUntil.adding(days: 1)))."
        }

        package var obligations: [String] {
            (given?.obligations ?? []).map(\.french)
        }

        package static let contract = ThemeContract<Statement>("AccessibilityStatement", "An accessibility statement (RGAA 4.1), in the form of its model.", [
            .text("organisation", "the organisation that commits (`organisation`, else the publisher of the legal notices)") { $0.organisation },
            .text("obligations_text", "the texts that oblige it to publish the statement (`obligation`), or empty without the file") {
                FrenchFormat.list($0.obligations)
            },
            .flag("has_obligations", "true when `obligations` is not empty") { !$0.obligations.isEmpty },
            .text("multi_year_plan_url", "the multi-year plan (schéma pluriannuel), or empty") { $0.given?.multiYearPlan ?? "" },
            .text("action_plan_url", "the current year's action plan, or empty") { $0.given?.actionPlan ?? "" },
            .flag("has_plans", "true when `accessibilite.yml` gives both plans") { $0.given != nil },
            .text("status_text", "« totalement conforme », « partiellement conforme » or « non conforme »") { $0.status.rawValue },
            .text("status_reason", "what follows the status for its level: empty, the non-conformities, or no valid audit") { $0.statusReason },
            .flag("has_audit", "true when `accessibilite.yml` gives an audit still valid; without one the status is « non conforme »") { $0.audit != nil },
            .text("expired_text", "when the audit given is no longer valid, since when; else empty") { $0.expiredText },
            .flag("audit_expired", "true when `accessibilite.yml` gives an audit no longer valid") { $0.given?.isValid == false },
            .text("rate_text", "the share of applicable criteria met, rounded down: « 92\u{00A0}% », or empty") { $0.rateText },
            .number("criteria_met", "criteria met (0 without a valid audit)") { $0.audit?.criteriaMet ?? 0 },
            .number("criteria_applicable", "criteria applicable (0 without a valid audit)") { $0.audit?.criteriaApplicable ?? 0 },
            .text("audit_date_text", "the audit's date: « 15\u{00A0}octobre 2026 », or empty") { $0.audit.map { FrenchFormat.shortDate($0.date) } ?? "" },
            .text("auditor", "who made the audit, or empty") { $0.audit?.auditor ?? "" },
            .flag("has_auditor", "true when the audit names who made it") { $0.audit?.auditor != nil },
            .texts("non_accessible", "content that is not accessible") { $0.audit?.nonAccessible ?? [] },
            .flag("has_non_accessible", "true when `non_accessible` is not empty") { !($0.audit?.nonAccessible ?? []).isEmpty },
            .texts("exemptions", "content exempted from the duty") { $0.audit?.exemptions ?? [] },
            .flag("has_exemptions", "true when `exemptions` is not empty") { !($0.audit?.exemptions ?? []).isEmpty },
            .texts("technologies", "the technologies the site relies on") { $0.audit?.technologies ?? [] },
            .texts("test_environments", "the browser and assistive-technology pairs it was tested with") { $0.audit?.testEnvironments ?? [] },
            .texts("tools", "the tools used to assess accessibility") { $0.audit?.tools ?? [] },
            .texts("pages_audited", "the pages the audit checked") { $0.audit?.pagesAudited ?? [] },
            .text("contact_url", "where to report a barrier (the audit's `contact`, else the contact form)") { $0.contactURL },
            .text("site_title", "the site's name, as the statement names the service") { $0.siteTitle },
            .text("source", "the law the statement answers") { _ in AccessibilityConformity.source.french },
            .text("source_url", "where that duty is explained") { _ in AccessibilityConformity.source.url ?? "" },
        ])
    }
}
