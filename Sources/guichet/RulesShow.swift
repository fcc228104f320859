import ArgumentParser
import Foundation
import GuichetSite
import HelpCentreRules

struct RulesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One rule in full: value, wording, source, history, functions, and the articles that use it.")

    @Argument(help: "The rule's id, such as withdrawal.period.") var id: String
    @OptionGroup var asOf: AsOfOption
    @Option(help: "Content folder whose articles are searched for uses of the rule (default: Content in the site's folder).")
    var content: String?
    @OptionGroup var folder: SiteFolder
    var contentFolder: String { content ?? folder.path("Content") }
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        try reportingFailures {
            let book = try standardRuleBook()
            let date = asOf.resolve(clock: book.calendar.clock)
            let rule: RuleSnapshot
            do { rule = try book.rule(id, on: date) } catch let error as RulesError { throw CommandFailure.usage(error.description) }
            if json {
                try JSONOutput.print(rule)
                return
            }
            var report = RuleReport(rule: rule, entry: book.entry(id), functions: book.functions.filter { $0.rules.contains(id) })
            if FileManager.default.fileExists(atPath: contentFolder) {
                var options = BuildOptions(asOf: date, book: book)
                options.contentDirectory = contentFolder
                options.includeDrafts = true
                report.uses = SiteBuilder(options: options).check().articles.flatMap { article in
                    (article.usedRules[id] ?? []).map { "\(article.file):\($0.line):\($0.column)" + (article.isDraft ? " (draft)" : "") }
                }
            }
            print(report.text)
        }
    }
}

/// The text of `rules show`: everything about one rule, as a person reads it in a terminal.
struct RuleReport {
    let rule: RuleSnapshot
    let entry: RuleEntry?
    let functions: [RuleFunction]
    /// `file:line:column` of every reference to the rule: the impact of changing it.
    var uses: [String]?

    var text: String {
        var lines = ["\(rule.id) — \(rule.title)", ""]
        lines.append("value:    \(rule.value.french)")
        if case .quantity(let quantity) = rule.value { lines.append("unit:     \(quantity.unit.rawValue)") }
        lines.append("wording:  « \(rule.wording.text) »  ({{ \(rule.id) }})")
        for name in rule.wording.parts.keys.sorted() {
            lines.append("          \(name): « \(rule.wording.parts[name]!) »  ({{ \(rule.id).\(name) }})")
        }
        for item in rule.wording.items { lines.append("          - \(item)") }
        lines.append("source:   \(rule.source.french)" + (rule.source.url.map { " <\($0)>" } ?? ""))
        for version in entry?.versions ?? [rule] {
            let until = version.validUntil.map { " until \($0.iso)" } ?? ""
            lines.append("in force: from \(version.validFrom.iso)\(until): \(version.value.french)")
        }
        if !functions.isEmpty {
            lines.append("functions:")
            for function in functions {
                lines.append("  \(function.signature)  — \(function.summary)")
            }
        }
        if let uses {
            lines.append("used by \(uses.count) reference\(uses.count == 1 ? "" : "s"):")
            lines += uses.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
