import Foundation
@testable import GuichetContent
import GuichetTestSupport
import HelpCentreRules

/// A date written `2026-06-01`; a typo in a test is a crash, not a silent pass.
func date(_ iso: String) -> LocalDate {
    guard let value = LocalDate(iso: iso) else { fatalError("not a date: \(iso)") }
    return value
}

/// A 1-based line and character column, shorter to write in expectations.
func at(_ line: Int, _ column: Int) -> SourcePoint { SourcePoint(line: line, column: column) }

/// An error diagnostic, as the module builds them, for whole-value comparisons.
func error(_ code: DiagnosticCode, _ file: String, _ line: Int, _ column: Int, _ message: String,
           fix: String? = nil) -> Diagnostic {
    Diagnostic(.error, code, file: file, line: line, column: column, message: message, fix: fix)
}

/// A folder under the system's temporary directory, removed when `body` returns or throws.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("guichet-content-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Writes `text` (as UTF-8) at `relative` under `root`, creating the folders on the way.
func write(_ text: String, _ relative: String, in root: URL) throws {
    try write(Data(text.utf8), relative, in: root)
}

func write(_ data: Data, _ relative: String, in root: URL) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
}

/// The text of a minimal valid article.
func articleText(title: String, order: Int? = nil, draft: Bool? = nil, body: String = "Texte.\n") -> String {
    var lines = ["---", "title: \(title)", "description: Une phrase."]
    if let order { lines.append("order: \(order)") }
    if let draft { lines.append("draft: \(draft)") }
    lines.append("---")
    return lines.joined(separator: "\n") + "\n" + body
}

/// The text of a minimal valid category index.
func categoryText(title: String, order: Int) -> String {
    "---\ntitle: \(title)\ndescription: Une rubrique.\norder: \(order)\n---\nIntroduction.\n"
}

/// A temporary folder holding a complete guichet.yml (the publisher's blocks only), for a site under test.
func withSiteFolder<T>(_ body: (URL) throws -> T) throws -> T {
    try withTemporaryFolder { root in
        try write(Publisher.settings(), "guichet.yml", in: root)
        return try body(root)
    }
}
