import Foundation
import GuichetMCP
import GuichetSite
import HelpCentreRules
import MCP
import Testing

/// The repository's Content/, built once as of 2026-11-28 for every test of `guichet mcp`, and how to talk to
/// its server through the protocol (a client and the server connected in memory).
enum MCPFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let asOf = LocalDate(year: 2026, month: 11, day: 28)!
    static let book: RuleBook = {
        do { return RuleBook.standard(clock: try ParisClock()) } catch { fatalError("no Europe/Paris time zone: \(error)") }
    }()

    static func options() -> BuildOptions {
        var options = BuildOptions(asOf: asOf, book: book, today: asOf)
        options.contentDirectory = packageRoot.appendingPathComponent("Content").path
        options.themesDirectory = packageRoot.appendingPathComponent("Themes").path
        options.configFile = packageRoot.appendingPathComponent("guichet.yml").path
        return options
    }

    /// Built once; the tests only read it. Removed when the test process ends.
    static let site: HelpCentreSite = {
        do {
            let site = try HelpCentreSite.build(options())
            atexit { MCPFixture.site.remove() }
            return site
        } catch {
            fatalError("the site did not build: \(error)")
        }
    }()

    /// A client connected to a fresh server for `site`, both in memory.
    static func client() async throws -> Client {
        let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
        let server = await HelpCentreServer.make(site: site, version: "test")
        try await server.start(transport: serverSide)
        let client = Client(name: "tests", version: "1")
        _ = try await client.connect(transport: clientSide)
        return client
    }

    /// A tool's whole result, structured content included.
    static func call(_ client: Client, _ name: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
        let context: RequestContext<CallTool.Result> = try await client.callTool(name: name, arguments: arguments)
        return try await context.value
    }

    static func text(_ result: CallTool.Result) -> String {
        result.content.map { content in
            if case .text(let text, _, _) = content { return text }
            return ""
        }.joined()
    }

    /// The message of the MCP error a call ends with, or nil when it answers.
    static func error(_ client: Client, _ name: String, _ arguments: [String: Value]) async -> String? {
        do {
            _ = try await call(client, name, arguments)
            return nil
        } catch let error as MCPError {
            return error.errorDescription ?? "\(error)"
        } catch {
            return "\(error)"
        }
    }
}

/// Runs the built `guichet` executable (beside this test bundle, as GuichetCLITests does).
enum GuichetExecutable {
    static let url: URL? = {
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        for bundle in [Bundle.main] + Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(MCPFixture.packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("guichet") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Standard output and the exit status of `guichet args…`.
    static func run(_ args: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let executable = try #require(url, "guichet is not built: run swift build --build-tests first")
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = MCPFixture.packageRoot
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: errors, as: UTF8.self))
    }
}
