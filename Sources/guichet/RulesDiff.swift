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

    @Option(help: "The day before the first change listed (YYYY-MM-DD).", transform: dateArgument) var from: LocalDate
    @Option(help: "The last day a change listed may come into force (YYYY-MM-DD).", transform: dateArgument) var to: LocalDate
    @Option(help: "Content folder whose articles are searched for uses of the rules (default: Content in the site's folder).")
    var content: String?
    @OptionGroup var folder: SiteFolder
    var contentFolder: String { content ?? folder.path("Content") }
    @Flag(help: "Print JSON instead of text.") var json = false

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
        guard FileManager.default.fileExists(atPath: contentFolder) else { return [:] }
        var options = BuildOptions(asOf: to, book: book)
        options.contentDirectory = contentFolder
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
