/// A rule's value through time, as OpenFisca's parameters: each version is in force from a date until the
/// next one starts. Enforcement asks for the version in force on the event's date.
public struct Versioned<Policy: RulePolicy>: Sendable {
    public struct Version: Sendable {
        public let from: LocalDate
        public let policy: Policy
    }

    /// Sorted by `from`, no two on the same date.
    public let versions: [Version]

    /// A history of versions; a later entry for the same date replaces an earlier one.
    public init(_ history: [(from: LocalDate, policy: Policy)]) {
        var byDate: [LocalDate: Policy] = [:]
        for entry in history { byDate[entry.from] = entry.policy }
        versions = byDate.keys.sorted().map { Version(from: $0, policy: byDate[$0]!) }
    }

    /// A single value, in force since `date`.
    public init(since date: LocalDate, _ policy: Policy) {
        self.init([(from: date, policy: policy)])
    }

    /// The version in force on `date`, or nil before the first one.
    public func inForce(on date: LocalDate) -> Policy? {
        versions.last { $0.from <= date }?.policy
    }

    /// The version in force on `date`, or an error naming the rule and the date.
    public func require(on date: LocalDate) throws(RulesError) -> Policy {
        guard let policy = inForce(on: date) else { throw RulesError(.noValueInForce(rule: Policy.id, date: date)) }
        return policy
    }

    /// A copy where `policy` is in force from `date` on (a policy change).
    public func changing(on date: LocalDate, to policy: Policy) -> Versioned {
        Versioned(versions.map { ($0.from, $0.policy) } + [(date, policy)])
    }

    /// The type-erased history, for the catalogue.
    var entry: RuleEntry {
        let snapshots = versions.enumerated().map { index, version in
            RuleSnapshot(
                id: Policy.id, title: Policy.title, value: version.policy.value,
                wording: version.policy.wording, source: version.policy.source, subject: Policy.subject,
                validFrom: version.from,
                validUntil: index + 1 < versions.count ? versions[index + 1].from : nil)
        }
        return RuleEntry(id: Policy.id, title: Policy.title, versions: snapshots)
    }
}
