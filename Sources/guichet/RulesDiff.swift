import ArgumentParser
import Foundation
import GuichetSite
import HelpCentreRules

/// `guichet rules diff --from DATE --to DATE`: what changes in the rules between two dates, and where the help
/// centre uses each changed rule.
struct RulesDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "The rule changes between two dates, each with the articles that use the rule.",
        discussion: """
            Lists every version of a rule that comes into force after --from and on or before --to: its date,
            the old and new value and wording, its source, and each reference to the rule in the content
            (file:line:column). Exit status: 0, also when nothing changes; 64 for a bad date.
            """)

    @Option(help: "The day before the first change listed (YYYY-MM-DD).", transform: Self.date) var from: LocalDate
    @Option(help: "The last day a change listed may come into force (YYYY-MM-DD).", transform: Self.date) var to: LocalDate
    @Option(help: "Content folder whose articles are searched for uses of the rules.") var content = "Content"
    @Flag(help: "Print JSON instead of text.") var json = false

    static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else { throw ValidationError("'\(text)' is not a date such as 2026-06-01") }
        return date
    }

    func validate() throws {
        guard from < to else { throw ValidationError("--to (\(to.iso)) must come after --from (\(from.iso))") }
    }

    func run() throws {
        try reportingFailures {
            let book = try standardRuleBook()
            let changes = book.changes(from: from, to: to)
            let uses = self.uses(book: book)
            let report = DiffReport(from: from.iso, to: to.iso, changes: changes.map { DiffReport.Change($0, uses: uses[$0.id] ?? []) })
            if json {
                try JSONOutput.print(report)
            } else {
                print(report.text, terminator: "")
            }
        }
    }

    /// `file:line:column` of every reference to each rule, drafts included (marked).
    private func uses(book: RuleBook) -> [String: [String]] {
        guard FileManager.default.fileExists(atPath: content) else { return [:] }
        var options = BuildOptions(asOf: to, book: book)
        options.contentDirectory = content
        options.includeDrafts = true
        var uses: [String: [String]] = [:]
        for article in SiteBuilder(options: options).check().articles {
            for (rule, points) in article.usedRules {
                uses[rule, default: []] += points.map { "\(article.file):\($0.line):\($0.column)" + (article.isDraft ? " (draft)" : "") }
            }
        }
        return uses.mapValues { $0.sorted() }
    }
}

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
