import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// Where things are, found from this file so that the tests read the source tree (not a copied bundle).
enum Paths {
    /// `<package root>/Tests/GuichetSiteTests/SiteTestSupport.swift` → `<package root>`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let themes = packageRoot.appendingPathComponent("Themes").path
    static let content = packageRoot.appendingPathComponent("Content").path
    static let config = packageRoot.appendingPathComponent("guichet.yml").path
}

/// The date every site test builds as of, and the standard rules on the Paris clock.
enum Rules {
    static let asOf = LocalDate(year: 2026, month: 11, day: 28)!
    static let clock: ParisClock = {
        do { return try ParisClock() } catch { fatalError("no Europe/Paris time zone: \(error)") }
    }()
    static let standard = RuleBook.standard(clock: clock)
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ label: String = "site") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("guichet-tests-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func sub(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `files` (relative path → text) under this folder, creating folders as needed.
    func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            let file = url.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }
}

/// Build options for a content folder, with the repository's real themes and the test date.
func buildOptions(content: String, output: String, config: String? = nil, book: RuleBook = Rules.standard) -> BuildOptions {
    var options = BuildOptions(asOf: Rules.asOf, book: book)
    options.contentDirectory = content
    options.themesDirectory = Paths.themes
    options.outputDirectory = output
    options.configFile = config
    return options
}

/// Every regular file under `root`, as sorted relative paths (hidden files included: none should be there).
func relativeFiles(in root: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files.append(path)
        }
    }
    return files.sorted()
}

func readText(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
}

/// Text as the HTML renderer writes it in element content.
func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}

/// The rendered Markdown body of an article page: what is inside `<div class="contenu">`, before the
/// "Règles appliquées" section (which repeats every rule's wording and must not make a check pass).
func articleBody(_ html: String) -> String? {
    guard let start = html.range(of: "<div class=\"contenu\">") else { return nil }
    let rest = html[start.upperBound...]
    let end = rest.range(of: "<section class=\"regles\"")?.lowerBound ?? rest.range(of: "</article>")?.lowerBound
    guard let end else { return nil }
    return String(rest[..<end])
}

/// Compares two trees: the same relative paths, the same bytes. Returns a description of the first
/// difference (missing/extra files, then the first differing file and line), or nil when identical.
func firstDifference(expected: String, actual: String) -> String? {
    let expectedFiles = relativeFiles(in: expected)
    let actualFiles = relativeFiles(in: actual)
    let missing = Set(expectedFiles).subtracting(actualFiles).sorted()
    let extra = Set(actualFiles).subtracting(expectedFiles).sorted()
    if !missing.isEmpty || !extra.isEmpty {
        return "files missing from the output: \(missing); files not expected: \(extra)"
    }
    for file in expectedFiles {
        let a = FileManager.default.contents(atPath: expected + "/" + file) ?? Data()
        let b = FileManager.default.contents(atPath: actual + "/" + file) ?? Data()
        guard a != b else { continue }
        let linesA = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let linesB = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(linesA.count, linesB.count) {
            let lineA = index < linesA.count ? String(linesA[index]) : "<end of file>"
            let lineB = index < linesB.count ? String(linesB[index]) : "<end of file>"
            if lineA != lineB {
                return "\(file):\(index + 1) differs\n  expected: \(lineA)\n  actual:   \(lineB)"
            }
        }
        return "\(file) differs in its bytes (\(a.count) expected, \(b.count) written) but not line by line"
    }
    return nil
}

/// Copies `source` to `destination`, replacing it.
func replaceTree(_ destination: String, with source: String) throws {
    let fm = FileManager.default
    if fm.fileExists(atPath: destination) { try fm.removeItem(atPath: destination) }
    try fm.copyItem(atPath: source, toPath: destination)
}
