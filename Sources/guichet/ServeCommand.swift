import ArgumentParser
import Foundation
import GuichetPreview
import GuichetSite

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the help centre in a browser, rebuilt and reloaded on every change.",
        discussion: """
            Builds the site into a temporary folder and serves it at http://127.0.0.1:8080/. Content/, Themes/ \
            and the settings file are watched: each change rebuilds the site with the build cache (only what changed) and reloads the open pages. \
            While the content has errors, every page shows them over the last good build. Output/ is not \
            touched; Ctrl-C stops the server.
            """)

    @Option(help: "Port to listen on (0: any free port).") var port = 8080
    @Option(help: "Address to listen on; the default keeps the preview to this machine.") var host = "127.0.0.1"
    @Flag(help: "Include draft articles.") var drafts = false
    @Flag(help: "Look for changes by comparing every file's stamp every 300 ms instead of being told by the system (inotify): for network file systems and shared folders of containers, where inotify hears nothing.")
    var poll = false
    @Flag(help: "Also print how long each step of every build took.") var timings = false
    @OptionGroup var folder: SiteFolder
    @Option(help: "Content folder (default: Content in the site's folder).") var content: String?
    @Option(help: "Themes folder (default: Themes in the site's folder).") var themes: String?
    @Option(help: "Settings file (default: guichet.yml beside the content folder).") var config: String?
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        do {
            try folder.requireSite(content: content, config: config)
            var options = try SiteOptions.buildOptions(content: content ?? folder.path("Content"), themes: themes ?? folder.path("Themes"),
                                                       config: config, asOf: asOf)
            options.includeDrafts = drafts
            var preview = PreviewConfiguration(build: options)
            preview.host = host
            preview.port = port
            preview.polls = poll
            preview.printsTimings = timings
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                Self.say("warning: listening on \(host): other machines on the network can read the preview")
            }
            let server = PreviewServer(configuration: preview, log: Self.say)
            do {
                try await server.runService()
            } catch {
                throw CommandFailure.failed("cannot serve on \(host):\(port): \(error)")
            }
        } catch let failure as CommandFailure {
            throw failure.exit()
        }
    }

    /// Unbuffered, so that each line shows at once even when the output is piped.
    @Sendable static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
