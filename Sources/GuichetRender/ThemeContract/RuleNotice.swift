/// A change to a rule an article relies on, due within `announce_days`: « À partir du 19 juin 2026 : … ».
package struct RuleNotice: ThemeValue {
    package let ruleID: String
    package let ruleTitle: String
    package let dateText: String
    package let dateISO: String
    package let newWording: String
    package let currentWording: String?
    package let source: String
    package let sourceURL: String?

    package static let contract = ThemeContract<RuleNotice>("RuleNotice", "A change to one of the article's rules, announced before it comes into force.", [
        .text("rule_id", "`withdrawal.function`…") { $0.ruleID },
        .text("rule_title", "the rule's French title") { $0.ruleTitle },
        .text("date_text", "the first day of the new version: « 19 juin 2026 », « 1er juillet 2026 »") { $0.dateText },
        .text("date_iso", "the same day, `2026-06-19`, for `<time datetime>`") { $0.dateISO },
        .text("new_wording", "what the rule will say") { $0.newWording },
        .text("current_wording", "what it says today, or empty") { $0.currentWording ?? "" },
        .flag("has_current_wording", "true when the rule is in force today") { $0.currentWording != nil },
        .text("source", "the source of the new version") { $0.source },
        .text("source_url", "its address, or empty") { $0.sourceURL ?? "" },
        .flag("has_source_url", "true when the source has an address") { $0.sourceURL != nil },
    ])
}
