import HelpCentreRules

/// `accessibilite.yml` beside guichet.yml: what the last accessibility audit of the site found, and what the
/// RGAA's statement model asks to be said of it, from which the accessibility statement is written. The build
/// never claims an audit it was not given: without this file the statement says that no audit has been made,
/// and the status is « non conforme »; an audit past its validity (`AccessibilityConformity.auditValidUntil`)
/// is reported, and the statement reads as one with no valid audit.
///
/// The sections and fields follow the RGAA's model as the Fédération des Aveugles de France's observatory sums
/// it up (the organisation's name, links to the multi-year plan and the current year's action plan, the
/// conformity status, who audited, the technologies, the test environments, the tools and the pages audited,
/// the contact, the recourse): read there, not on accessibilite.numerique.gouv.fr, which could not be read
/// from this machine.
public struct AccessibilityAudit: Sendable, Equatable {
    public static let fileName = "accessibilite.yml"
    public static let keys = ["organisation", "obligation", "multi_year_plan", "action_plan", "audit_date", "auditor",
                              "criteria_met", "criteria_applicable", "non_accessible", "exemptions", "technologies",
                              "test_environments", "tools", "pages_audited", "contact"]
    /// Every key but `auditor`, `non_accessible` and `exemptions`, which may be absent.
    public static let requiredKeys = ["organisation", "obligation", "multi_year_plan", "action_plan", "audit_date",
                                      "criteria_met", "criteria_applicable", "technologies", "test_environments", "tools",
                                      "pages_audited", "contact"]

    /// The organisation that commits to accessibility (« Place du Marché SAS s’engage… »), not the site's title.
    public var organisation: String
    /// The texts that oblige it to publish the statement.
    public var obligations: [AccessibilityObligation]
    /// `https://` addresses of the multi-year plan (schéma pluriannuel) and of the current year's action plan.
    public var multiYearPlan: String
    public var actionPlan: String
    public var date: LocalDate
    /// Who made the audit (a company, or « audit interne »); optional.
    public var auditor: String?
    public var criteriaMet: Int
    public var criteriaApplicable: Int
    /// Content that is not accessible, each a sentence.
    public var nonAccessible: [String]
    /// Content exempted from the duty (disproportionate burden, third-party content…), each a sentence.
    public var exemptions: [String]
    /// « Établissement de cette déclaration »: the technologies the site relies on, the browser and
    /// assistive-technology pairs it was tested with, the tools used, the pages audited.
    public var technologies: [String]
    public var testEnvironments: [String]
    public var tools: [String]
    public var pagesAudited: [String]
    /// Where to report a barrier: an `https://` address or a `mailto:` one.
    public var contact: String
    /// The last day the audit is valid; after it the statement reads as one with no valid audit.
    public var validUntil: LocalDate
    /// False when `today` is after `validUntil`.
    public var isValid: Bool

    /// « non conforme » when the audit is no longer valid, whatever it found.
    public var status: AccessibilityConformity {
        guard isValid else { return .nonConforming }
        return AccessibilityConformity.of(met: criteriaMet, applicable: criteriaApplicable) ?? .nonConforming
    }

    /// What each required key holds, said whole: the documentation is not beside a binary.
    static let requiredFixes = [
        "audit_date": "add 'audit_date:', the day the RGAA audit ended, such as 2026-03-15",
        "criteria_met": "add 'criteria_met:', the number of RGAA criteria the audit found met",
        "criteria_applicable": "add 'criteria_applicable:', the number of RGAA criteria that apply to the site",
        "contact": "add 'contact:', where to report a barrier: an https:// address or a mailto: one",
        "organisation": "add 'organisation:', the company that commits to accessibility (not the site's title)",
        "obligation": "add 'obligation:', the texts that oblige it to publish the statement: article-47 and/or l412-13",
        "multi_year_plan": "add 'multi_year_plan:', the address of the multi-year accessibility plan (schéma pluriannuel)",
        "action_plan": "add 'action_plan:', the address of this year's action plan",
        "technologies": "add 'technologies:', the list of technologies the site relies on (HTML5, CSS, JavaScript…)",
        "test_environments": "add 'test_environments:', the browser and assistive-technology pairs the audit used",
        "tools": "add 'tools:', the tools the audit used to check the pages",
        "pages_audited": "add 'pages_audited:', the pages the audit checked",
    ]

    /// Parses the audit; `today` bounds its date (an audit cannot come from the future) and decides whether it
    /// is still valid. Nil with errors when a required key is missing or a figure is impossible: a statement is
    /// not written from a guess. An audit past its validity is a warning: the statement is still published, as
    /// one with no valid audit.
    public static func parse(_ yaml: String, file: String, today: LocalDate,
                             newerReferencePublished: LocalDate? = nil) -> (AccessibilityAudit?, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: 1, known: keys, describing: file)
        for key in requiredKeys {
            fields.required(key, fix: Self.requiredFixes[key] ?? "add '\(key):'")
        }
        let organisation = fields.string("organisation")
        let obligations = fields.strings("obligation")?.compactMap { item -> AccessibilityObligation? in
            if let obligation = AccessibilityObligation(rawValue: item.value) { return obligation }
            fields.diagnostics.append(.error(.invalidValue, file, item.position,
                "obligation '\(item.value)' is not one of \(AccessibilityObligation.allCases.map(\.rawValue).joined(separator: ", "))",
                fix: "write article-47 (loi n° 2005-102, turnover above 250 M€) and/or l412-13 (Code de la consommation, since 28 June 2025)"))
            return nil
        }
        let plans = ["multi_year_plan", "action_plan"].map { key in
            fields.string(key).flatMap { url in
                isHTTPS(url) ? url : fields.invalid(key, "\(key) '\(url)' must be an https:// address",
                                                    fix: "publish the plan on the site and write its address, such as https://exemple.fr/accessibilite/schema")
            }
        }
        let date = fields.date("audit_date")
        let met = fields.integer("criteria_met")
        let applicable = fields.integer("criteria_applicable")
        let contact = fields.string("contact")
        let lists = ["technologies", "test_environments", "tools", "pages_audited"].map { key in
            let items = fields.strings(key)?.map(\.value)
            if items?.isEmpty == true {
                fields.report(key, "\(key) is empty: the statement must say what the audit rests on",
                              fix: "list one item a line (see docs/content.md, « Accessibility statement »)")
            }
            return items ?? []
        }
        let validUntil = date.map { AccessibilityConformity.auditValidUntil(audited: $0, newerReferencePublished: newerReferencePublished) }
        let audit = AccessibilityAudit(
            organisation: organisation ?? "", obligations: obligations ?? [], multiYearPlan: plans[0] ?? "",
            actionPlan: plans[1] ?? "", date: date ?? today, auditor: fields.string("auditor"), criteriaMet: met ?? 0,
            criteriaApplicable: applicable ?? 0, nonAccessible: fields.strings("non_accessible")?.map(\.value) ?? [],
            exemptions: fields.strings("exemptions")?.map(\.value) ?? [], technologies: lists[0], testEnvironments: lists[1],
            tools: lists[2], pagesAudited: lists[3], contact: contact ?? "",
            validUntil: validUntil ?? today, isValid: validUntil.map { !($0 < today) } ?? true)
        if let date, today < date {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("audit_date"),
                "audit_date \(date.iso) is after today (\(today.iso)): a statement cannot rest on an audit not yet made",
                fix: "write the date the audit was delivered"))
        }
        if let date, let validUntil, validUntil < today {
            fields.diagnostics.append(.warning(.invalidValue, file, fields.valuePosition("audit_date"),
                "the audit of \(date.iso) was valid until \(validUntil.iso): the statement says there is no valid audit and "
                    + "the site is « non conforme »",
                fix: "have the site audited again and write the new audit's figures"))
        }
        if let met, let applicable, AccessibilityConformity.of(met: met, applicable: applicable) == nil {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("criteria_met"),
                "criteria_met (\(met)) must be between 0 and criteria_applicable (\(applicable)), which must be at least 1",
                fix: "copy both figures from the audit report's RGAA grid"))
        }
        if let met, let applicable, met < applicable, audit.nonAccessible.isEmpty {
            fields.diagnostics.append(.error(.missingKey, file, fields.valuePosition("criteria_met"),
                "criteria_met (\(met)) is below criteria_applicable (\(applicable)) but non_accessible lists nothing: "
                    + "the statement must say what is not accessible",
                fix: "add 'non_accessible:' with one sentence a line for each non-conformity the audit found"))
        }
        if let contact, !(isHTTPS(contact) || contact.hasPrefix("mailto:")) {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("contact"),
                "contact '\(contact)' must be an https:// or mailto: address",
                fix: "write it as https://exemple.fr/accessibilite or mailto:accessibilite@exemple.fr"))
        }
        guard !fields.diagnostics.contains(where: { $0.severity == .error }) else { return (nil, fields.diagnostics) }
        return (audit, fields.diagnostics)
    }

    private static func isHTTPS(_ url: String) -> Bool {
        url.hasPrefix("https://") && url.count > "https://".count && !url.contains(where: \.isWhitespace)
    }
}
