import ArgumentParser

/// The command line: each subcommand is a thin shell over the library.
@main
struct Guichet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guichet",
        abstract: "A French help centre whose figures come from the business rules.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, RulesCommand.self, SchemaCommand.self]
    )
}
