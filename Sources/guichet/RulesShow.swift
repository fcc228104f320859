import ArgumentParser
import HelpCentreRules

struct RulesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One rule in full: value, wording, source, history and functions.")

    @Argument(help: "The rule's id, such as withdrawal.period.") var id: String
    @OptionGroup var asOf: AsOfOption
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
            print(RuleReport(rule: rule, entry: book.entry(id), functions: book.functions.filter { $0.rules.contains(id) }).text)
        }
    }
}

/// The text of `rules show`: everything about one rule, as a person reads it in a terminal.
struct RuleReport {
    let rule: RuleSnapshot
    let entry: RuleEntry?
    let functions: [RuleFunction]

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
                let parameters = function.parameters.map { $0.isRequired ? "\($0.name)=…" : "[\($0.name)=…]" }
                lines.append("  \(function.id) \(parameters.joined(separator: " "))  — \(function.summary)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
