import ArgumentParser

/// The command line: each subcommand is a thin shell over the library. Async because `serve` is; the
/// synchronous subcommands run as before.
@main
struct Guichet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guichet",
        abstract: "A French help centre whose figures come from the business rules.",
        // BuildInfo is generated at build time (Plugins/EmbedPlugin) from VERSION and the checkout's commit.
        version: "guichet \(BuildInfo.version) (commit \(BuildInfo.commit))",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ThemeCommand.self,
                      RulesCommand.self, SchemaCommand.self, CorpusCommand.self, McpCommand.self]
    )
}
