/// A change to a rule an article relies on, due within `announce_days`: « À partir du 19 juin 2026 : … ».
struct RuleNotice: ThemeValue {
    let ruleID: String
    let ruleTitle: String
    let dateText: String
    let dateISO: String
    let newWording: String
    let currentWording: String?
    let source: String
    let sourceURL: String?

    static let contract = ThemeContract<RuleNotice>("RuleNotice", "A change to one of the article's rules, announced before it comes into force.", [
        ThemeKey("rule_id", .text, "`withdrawal.function`…") { $0.ruleID },
        ThemeKey("rule_title", .text, "the rule's French title") { $0.ruleTitle },
        ThemeKey("date_text", .text, "the first day of the new version: « 19 juin 2026 », « 1er juillet 2026 »") { $0.dateText },
        ThemeKey("date_iso", .text, "the same day, `2026-06-19`, for `<time datetime>`") { $0.dateISO },
        ThemeKey("new_wording", .text, "what the rule will say") { $0.newWording },
        ThemeKey("current_wording", .text, "what it says today, or empty") { $0.currentWording ?? "" },
        ThemeKey("has_current_wording", .flag, "true when the rule is in force today") { $0.currentWording != nil },
        ThemeKey("source", .text, "the source of the new version") { $0.source },
        ThemeKey("source_url", .text, "its address, or empty") { $0.sourceURL ?? "" },
        ThemeKey("has_source_url", .flag, "true when the source has an address") { $0.sourceURL != nil },
    ])
}
