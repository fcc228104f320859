import Foundation
@testable import GuichetPreview
import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Logging
import ServiceLifecycle
import Testing

/// Where things are, found from this file so that the tests use the repository's real themes.
enum Paths {
    /// `<package root>/Tests/GuichetPreviewTests/TestSupport.swift` → `<package root>`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themes = packageRoot.appendingPathComponent("Themes").path
}

enum Rules {
    static let asOf = LocalDate(year: 2026, month: 11, day: 28)!
    static let standard: RuleBook = {
        do { return RuleBook.standard(clock: try ParisClock()) } catch { fatalError("no Europe/Paris time zone: \(error)") }
    }()
}

/// A small site in a fresh temporary folder: guichet.yml, one category, one article.
struct TestSite {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var config: String { root.appendingPathComponent("guichet.yml").path }
    var article: String { content + "/livraison/colis-en-retard.md" }

    static let articleURL = "/livraison/colis-en-retard/"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-preview-tests-\(UUID().uuidString)")
        try write("guichet.yml", Publisher.settings("""
            title: Aide Exemple
            contact_form: https://exemple.fr/contact
            """))
        try write("Content/livraison/_index.md", """
            ---
            title: Livraison
            description: "Les délais de livraison."
            order: 1
            icon: camion
            ---
            Tout sur la livraison de vos commandes.
            """)
        try writeArticle(body: "Votre colis a du retard ? Vous pouvez changer d’avis pendant {{ withdrawal.period.value }}.")
    }

    /// The article's front-matter is 7 lines long, so the body starts at line 9.
    static let bodyLine = 9

    func writeArticle(body: String) throws {
        try write("Content/livraison/colis-en-retard.md", """
            ---
            title: Mon colis est en retard
            description: "Que faire quand un colis tarde à arriver."
            order: 1
            rules: [withdrawal.period]
            reviewed: 2026-10-01
            ---

            \(body)
            """)
    }

    func write(_ relative: String, _ text: String) throws {
        let file = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func options() -> BuildOptions {
        var options = BuildOptions(asOf: Rules.asOf, book: Rules.standard)
        options.contentDirectory = content
        options.themesDirectory = Paths.themes
        options.configFile = config
        return options
    }
}

/// Lines printed by a server, kept for assertions.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// A preview server running in-process on a free port, inside a service group so that `stop()` shuts it
/// down gracefully as Ctrl-C would.
struct RunningPreview {
    let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>
    let log: LogLines

    static func start(_ site: TestSite, heartbeat: Duration = .seconds(15)) async throws -> RunningPreview {
        var configuration = PreviewConfiguration(build: site.options())
        configuration.port = 0
        configuration.pollInterval = .milliseconds(100)
        configuration.heartbeatInterval = heartbeat
        let log = LogLines()
        let (ready, readyContinuation) = AsyncStream.makeStream(of: URL.self)
        let server = PreviewServer(configuration: configuration, log: { log.append($0) },
                                   onReady: { readyContinuation.yield($0) })
        var logger = Logger(label: "guichet.preview.tests")
        logger.logLevel = .critical
        let group = ServiceGroup(configuration: .init(services: [server], logger: logger))
        let task = Task {
            defer { readyContinuation.finish() }
            try await group.run()
        }
        let url = try await withDeadline(seconds: 20) { await ready.first { _ in true } }
        guard let url, let port = url.port else {
            task.cancel()
            throw TestFailure("the preview server did not start; log: \(log.all)")
        }
        return RunningPreview(port: port, group: group, task: task, log: log)
    }

    /// Graceful shutdown, as on SIGINT; fails if it does not finish in time.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        let stopped: Bool? = try await withDeadline(seconds: 10) {
            try await task.value
            return true
        }
        if stopped != true {
            task.cancel()
            throw TestFailure("the preview server did not stop within 10 s")
        }
    }

    func get(_ path: String) async throws -> HTTPResult { try await HTTPClient.fetch("GET", path, port: port) }
    func head(_ path: String) async throws -> HTTPResult { try await HTTPClient.fetch("HEAD", path, port: port) }

    /// Fetches `path` until `condition` holds on the answer, for at most `seconds`; returns the last answer.
    func get(_ path: String, within seconds: Double = 10,
             until condition: @escaping @Sendable (HTTPResult) -> Bool) async throws -> HTTPResult {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try await get(path)
        while !condition(last), Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            last = try await get(path)
        }
        return last
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `operation`, or returns nil when it takes longer than `seconds`.
func withDeadline<T: Sendable>(seconds: Double, _ operation: @escaping @Sendable () async throws -> T?) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        return first
    }
}

/// The status document, decoded.
struct Status: Decodable {
    let generation: Int
    let published: Bool
    let serving: Bool
    let errorCount: Int
    let warningCount: Int
    let diagnostics: [Entry]

    struct Entry: Decodable {
        let severity: String
        let file: String
        let line: Int
        let column: Int
        let message: String
    }
}

extension RunningPreview {
    func status() async throws -> Status {
        try JSONDecoder().decode(Status.self, from: try await get("/__guichet/status").body)
    }
}
