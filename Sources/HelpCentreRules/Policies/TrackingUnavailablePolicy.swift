/// `tracking.unavailable_reasons`: why an order may have no tracking to show.
public struct TrackingUnavailablePolicy: RulePolicy {
    public static let id = "tracking.unavailable_reasons"
    public static let title = "Pourquoi le suivi peut manquer"

    public let reasons: [String]

    public init(reasons: [String]) { self.reasons = reasons }

    public var value: RuleValue { .list(reasons) }
    public var wording: RuleWording {
        RuleWording(text: FrenchFormat.list(reasons), parts: ["value": FrenchFormat.list(reasons)], items: reasons)
    }
    public var source: RuleSource { .marketplacePolicy }
}
