import ArgumentParser
import HelpCentreRules

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Every rule in force: id, wording and source.")

    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        try reportingFailures {
            let book = try standardRuleBook()
            let date = asOf.resolve(clock: book.calendar.clock)
            let rules = book.rules(on: date)
            if json {
                try JSONOutput.print(RulesDocument(asOf: date.iso, rules: rules))
                return
            }
            let rows = rules.map { [$0.id, $0.wording.text, $0.source.french] }
            print(TextTable.render(header: ["id", "wording", "source"], rows: rows))
        }
    }
}

/// `{"schema_version": 1, "as_of": …, "rules": […]}`: the same shape as the site's regles.json, without
/// the articles.
struct RulesDocument: Encodable {
    let schemaVersion = 1
    let asOf: String
    let rules: [RuleSnapshot]

    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", asOf = "as_of", rules }
}
