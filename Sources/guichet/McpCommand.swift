import ArgumentParser
import Foundation
import GuichetMCP
import GuichetSite

struct McpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the help centre to an assistant over the Model Context Protocol (stdio).",
        discussion: """
            Builds the site into a temporary folder, then answers on standard input and output: search_articles, \
            read_article, list_rules, explain_rule and compute_deadline, and each article's Markdown as a resource. \
            Read-only. Problems go to standard error; standard output carries only the protocol. See docs/assistants.md.
            """)

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let loaded: HelpCentreSite
        do {
            loaded = try HelpCentreSite.build(try site.buildOptions())
        } catch {
            FileHandle.standardError.write(Data("guichet mcp: \(error)\n".utf8))
            throw ExitCode(2)
        }
        defer { loaded.remove() }
        try await HelpCentreServer.serve(site: loaded, version: BuildInfo.version)
    }
}
