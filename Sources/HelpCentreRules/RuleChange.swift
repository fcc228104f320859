/// One change in the rule book between two dates: a version of a rule that comes into force, with the one it
/// replaces (none for a new rule). What `guichet rules diff` lists, so that a developer changing a rule sees
/// what changes, when, and where the help centre uses it, before merging.
public struct RuleChange: Hashable, Sendable {
    public let id: String
    public let title: String
    /// The first day of the new version.
    public let date: LocalDate
    /// The version in force the day before; nil when the rule did not exist then.
    public let before: RuleSnapshot?
    public let after: RuleSnapshot
}

extension RuleBook {
    /// Every version that comes into force after `from` and on or before `to`, by date then rule, in the
    /// book's order. Empty when `to` is not after `from`.
    public func changes(from: LocalDate, to: LocalDate) -> [RuleChange] {
        var changes: [RuleChange] = []
        for entry in entries {
            for (index, version) in entry.versions.enumerated() where from < version.validFrom && version.validFrom <= to {
                changes.append(RuleChange(id: entry.id, title: entry.title, date: version.validFrom,
                                          before: index > 0 ? entry.versions[index - 1] : nil, after: version))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        return changes.sorted { ($0.date, order[$0.id] ?? 0) < ($1.date, order[$1.id] ?? 0) }
    }
}
