/// One version of a rule, as the catalogue lists it: everything a generator or a checker needs, without
/// knowing the rule's type.
public struct RuleSnapshot: Hashable, Sendable {
    public let id: String
    public let title: String
    public let value: RuleValue
    public let wording: RuleWording
    public let source: RuleSource
    /// The words that announce the rule in prose, for the figure check.
    public let subject: RuleSubject
    /// In force from this date…
    public let validFrom: LocalDate
    /// …until the day before this one, or with no end yet.
    public let validUntil: LocalDate?
}

/// A rule of the catalogue with its whole history.
public struct RuleEntry: Sendable {
    public let id: String
    public let title: String
    public let versions: [RuleSnapshot]

    public func inForce(on date: LocalDate) -> RuleSnapshot? {
        versions.last { $0.validFrom <= date }
    }
}
