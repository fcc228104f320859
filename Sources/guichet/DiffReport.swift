import HelpCentreRules

/// What `rules diff` prints: as text for people, as JSON for CI.
struct DiffReport: Encodable {
    let from: String
    let to: String
    let changes: [Change]

    struct Change: Encodable {
        let rule: String
        let title: String
        let date: String
        let before: Version?
        let after: Version
        /// `file:line:column` of each reference to the rule.
        let uses: [String]

        struct Version: Encodable {
            let value: String
            let wording: String
            let source: String

            init(_ snapshot: RuleSnapshot) {
                value = snapshot.value.french
                wording = snapshot.wording.text
                source = snapshot.source.french
            }
        }

        init(_ change: RuleChange, uses: [String]) {
            rule = change.id
            title = change.title
            date = change.date.iso
            before = change.before.map(Version.init)
            after = Version(change.after)
            self.uses = uses
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(before, forKey: .before)
            try c.encode(after, forKey: .after)
            try c.encode(uses, forKey: .uses)
        }

        enum CodingKeys: String, CodingKey { case rule, title, date, before, after, uses }
    }

    var text: String {
        guard !changes.isEmpty else { return "No rule changes after \(from) up to \(to).\n" }
        var out = ""
        for change in changes {
            out += "\(change.date)  \(change.rule) — \(change.title)\n"
            if let before = change.before {
                out += "  before: \(before.value) « \(before.wording) » (\(before.source))\n"
            } else {
                out += "  before: (the rule did not exist)\n"
            }
            out += "  after:  \(change.after.value) « \(change.after.wording) » (\(change.after.source))\n"
            out += change.uses.isEmpty ? "  used:   by no article\n" : change.uses.map { "  used:   \($0)\n" }.joined()
        }
        return out
    }
}
