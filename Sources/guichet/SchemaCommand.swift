import ArgumentParser
import GuichetContent

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of an article's front-matter, rule ids included.")

    func run() throws {
        try reportingFailures {
            let book = try standardRuleBook()
            print(FrontMatterSchema.json(ruleIDs: book.ruleIDs), terminator: "")
        }
    }
}
