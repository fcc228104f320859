import HelpCentreRules

/// `accessibilite.yml` beside guichet.yml: what the last accessibility audit of the site found, from which the
/// accessibility statement is written. The build never claims an audit it was not given: without this file the
/// statement says that no audit has been made, and the status is « non conforme ».
public struct AccessibilityAudit: Sendable, Equatable {
    public static let fileName = "accessibilite.yml"
    public static let keys = ["audit_date", "auditor", "criteria_met", "criteria_applicable", "non_accessible",
                              "exemptions", "contact"]

    public var date: LocalDate
    /// Who made the audit (a company, or « audit interne »); optional.
    public var auditor: String?
    public var criteriaMet: Int
    public var criteriaApplicable: Int
    /// Content that is not accessible, each a sentence.
    public var nonAccessible: [String]
    /// Content exempted from the duty (disproportionate burden, third-party content…), each a sentence.
    public var exemptions: [String]
    /// Where to report a barrier: an `https://` address or a `mailto:` one.
    public var contact: String

    public var status: AccessibilityConformity {
        AccessibilityConformity.of(met: criteriaMet, applicable: criteriaApplicable) ?? .nonConforming
    }

    /// What each required key holds, said whole: the documentation is not beside a binary.
    static let requiredFixes = [
        "audit_date": "add 'audit_date:', the day the RGAA audit ended, such as 2026-03-15",
        "criteria_met": "add 'criteria_met:', the number of RGAA criteria the audit found met",
        "criteria_applicable": "add 'criteria_applicable:', the number of RGAA criteria that apply to the site",
        "contact": "add 'contact:', where to report a barrier: an https:// address or a mailto: one",
    ]

    /// Parses the audit; `today` bounds its date (an audit cannot come from the future). Nil with errors when
    /// a required key is missing or a figure is impossible: a statement is not written from a guess.
    public static func parse(_ yaml: String, file: String, today: LocalDate) -> (AccessibilityAudit?, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: 1, known: keys, describing: file)
        for key in ["audit_date", "criteria_met", "criteria_applicable", "contact"] {
            fields.required(key, fix: Self.requiredFixes[key] ?? "add '\(key):'")
        }
        let date = fields.date("audit_date")
        let met = fields.integer("criteria_met")
        let applicable = fields.integer("criteria_applicable")
        let contact = fields.string("contact")
        let audit = AccessibilityAudit(date: date ?? today, auditor: fields.string("auditor"), criteriaMet: met ?? 0,
                                       criteriaApplicable: applicable ?? 0,
                                       nonAccessible: fields.strings("non_accessible")?.map(\.value) ?? [],
                                       exemptions: fields.strings("exemptions")?.map(\.value) ?? [], contact: contact ?? "")
        if let date, today < date {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("audit_date"),
                "audit_date \(date.iso) is after today (\(today.iso)): a statement cannot rest on an audit not yet made",
                fix: "write the date the audit was delivered"))
        }
        if let met, let applicable, AccessibilityConformity.of(met: met, applicable: applicable) == nil {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("criteria_met"),
                "criteria_met (\(met)) must be between 0 and criteria_applicable (\(applicable)), which must be at least 1",
                fix: "copy both figures from the audit report's RGAA grid"))
        }
        if let contact, !(contact.hasPrefix("https://") || contact.hasPrefix("mailto:")) {
            fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("contact"),
                "contact '\(contact)' must be an https:// or mailto: address",
                fix: "write it as https://exemple.fr/accessibilite or mailto:accessibilite@exemple.fr"))
        }
        guard !fields.diagnostics.contains(where: { $0.severity == .error }) else { return (nil, fields.diagnostics) }
        return (audit, fields.diagnostics)
    }
}
