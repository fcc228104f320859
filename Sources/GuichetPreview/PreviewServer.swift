import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The live preview behind `guichet serve`: builds the site into a temporary folder, serves it over HTTP
/// (Hummingbird), rebuilds when Content/, Themes/ or the settings file change, and tells open pages to
/// reload. Pages show the content's errors in an overlay; the server keeps the last good build meanwhile.
///
/// A `Service`: `run()` inside a `ServiceGroup` stops on the group's graceful shutdown; `runService()` is
/// the command line's entry point, which also stops on SIGINT and SIGTERM. Either way the open event
/// streams are ended, the server closes, and the temporary folder is removed.
public struct PreviewServer: Service {
    public let configuration: PreviewConfiguration
    let log: @Sendable (String) -> Void
    let onReady: @Sendable (URL) async -> Void

    /// - Parameters:
    ///   - log: receives the address, then one line per build (« rebuilt in 0.12 s », « 2 errors: … »).
    ///   - onReady: called once the port is bound and the first build is done, with the preview's address.
    public init(configuration: PreviewConfiguration,
                log: @escaping @Sendable (String) -> Void = { print($0) },
                onReady: @escaping @Sendable (URL) async -> Void = { _ in }) {
        self.configuration = configuration
        self.log = log
        self.onReady = onReady
    }

    /// Runs until SIGINT (Ctrl-C) or SIGTERM.
    public func runService() async throws {
        var logger = Logger(label: "guichet.serve")
        logger.logLevel = .critical
        let group = ServiceGroup(configuration: .init(services: [self], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
    }

    public func run() async throws {
        let workspace = try PreviewWorkspace.create()
        defer { workspace.remove() }
        let state = PreviewState()
        let watcher = SiteWatcher(paths: configuration.watchedPaths, polls: configuration.polls)
        let (starts, started) = AsyncStream.makeStream(of: (PreviewBuilder, SiteWatcher.Signature).self)
        let loop = RebuildLoop(starts: starts, watcher: watcher, interval: configuration.pollInterval)

        // Hummingbird logs at info level by default ("Server started…"); the preview prints its own lines,
        // and failures (a port already in use) are thrown.
        var logger = Logger(label: "guichet.serve")
        logger.logLevel = .critical
        let configuration = self.configuration
        let log = self.log
        let onReady = self.onReady
        let app = Application(
            responder: PreviewRoutes(state: state, heartbeat: configuration.heartbeatInterval),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [loop],
            onServerRunning: { channel in
                // Hummingbird accepts connections only once this returns: no request sees "no build yet".
                let port = channel.localAddress?.port ?? configuration.port
                let address = URL(string: "http://\(configuration.urlHost()):\(port)/")
                    ?? URL(string: "http://localhost:\(port)/")!
                var options = configuration.build
                options.baseURL = address.absoluteString
                var builder = PreviewBuilder(options: options, workspace: workspace, state: state, log: log)
                builder.printsTimings = configuration.printsTimings
                let content = configuration.build.contentDirectory
                log("Serving the preview of \(content.hasSuffix("/") ? content : content + "/") at \(address.absoluteString) (Ctrl-C to stop)")
                let signature = watcher.signature()
                await builder.rebuild()
                started.yield((builder, signature))
                started.finish()
                await onReady(address)
            },
            logger: logger)
        do {
            try await withGracefulShutdownHandler {
                try await app.run()
            } onGracefulShutdown: {
                Task { await state.closeStreams() }
            }
        } catch {
            started.finish()
            throw error
        }
    }
}
