/// What was bought, in the categories that L221-28 distinguishes (with `standard` for everything else).
public enum ItemKind: String, CaseIterable, Sendable {
    case standard
    case recording
    case hygiene
    case leisureDated = "leisure_dated"
    case servicePerformed = "service_performed"
    case newspaper
    case subscription
    case personalised
    case perishable
}
