import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show and evaluate the business rules.",
        subcommands: [RulesList.self, RulesShow.self, RulesEval.self, RulesDiff.self],
        defaultSubcommand: RulesList.self
    )
}
