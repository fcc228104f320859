import HelpCentreRules

/// What kind of question an article answers, read from what it is made of rather than from its words
/// (issue 30): steps to follow, a deadline, who may or may not, how to reach someone. The search gives a
/// question's phrasing (« comment », « combien de temps », « est-ce que je peux », « joindre ») to the articles
/// that serve it, after its words have found them (Themes/default/assets/site.js, `intentions`).
///
/// Written in the index as terms that no typed word can be, since a typed word is `[a-z0-9]+`.
package enum SearchIntent: String, CaseIterable, Sendable {
    /// An ordered list in the body: the article walks through how to do something.
    case procedure = "_comment"
    /// A rule cited whose value is a duration (`RuleValue.quantity`): a deadline, a waiting period.
    case deadline = "_delai"
    /// A rule cited whose value is a condition or a list (scope, exclusions): who may, in which cases.
    case eligibility = "_droit"
    /// A rule cited that is a phone number or opening hours: how to reach the service.
    case contact = "_contact"

    /// The intents of an article whose body has an ordered list or not (`hasSteps`), citing `rules`.
    package static func of(hasSteps: Bool, rules: [RuleSnapshot]) -> [SearchIntent] {
        var intents: [SearchIntent] = hasSteps ? [.procedure] : []
        for rule in rules {
            let intent: SearchIntent = switch rule.value {
            case .quantity: .deadline
            case .condition, .list: .eligibility
            case .phoneNumber, .weeklyHours: .contact
            }
            if !intents.contains(intent) { intents.append(intent) }
        }
        return intents.sorted { $0.rawValue < $1.rawValue }
    }
}
