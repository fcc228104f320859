import Foundation
import GuichetSite

/// `/__guichet/status`: the state of the preview as JSON, for tests and tools.
struct StatusDocument: Encodable {
    let generation: Int
    /// Whether the latest build published (false while the content has errors).
    let published: Bool
    /// Whether a good build is being served (the latest or an earlier one).
    let serving: Bool
    let errorCount: Int
    let warningCount: Int
    /// Each finding as `guichet check --format json` writes it.
    let diagnostics: [DiagnosticFormat.JSONReport.Entry]

    init(_ snapshot: PreviewState.Snapshot) {
        generation = snapshot.generation
        published = snapshot.published
        serving = snapshot.siteFolder != nil
        errorCount = snapshot.errors.count
        warningCount = snapshot.problems.count - snapshot.errors.count
        diagnostics = snapshot.problems.map(DiagnosticFormat.JSONReport.Entry.init)
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
