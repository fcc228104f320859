import Foundation
import GuichetTestSupport
import Testing

/// `guichet build`: success prints one summary line; content errors print compiler-style diagnostics on
/// standard error and exit 1 without touching the output; misuse exits 64.
@Suite struct BuildCommandTests {
    static let themes = CLI.packageRoot.appendingPathComponent("Themes").path

    @Test func buildsAFixtureAndPrintsTheSummary() throws {
        let folder = try temporaryFolder("build")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let fixture = CLI.fixtures.appendingPathComponent("boutique")
        let result = try run(["build", "--content", fixture.appendingPathComponent("Content").path, "--themes", Self.themes,
                              "--output", output, "--as-of", "2026-11-28",
                              // The fixture's base_url is an example address, which a build takes only when given.
                              "--base-url", "https://aide.example.fr/"])
        #expect(result.status == 0, "\(result.stderr)")
        // Warnings may be printed (the fixture does not explain every rule); no error.
        #expect(!result.stderr.contains(": error:"))
        let summary = try Regex(#"^Built \d+ pages \(3 articles; 1 draft left out: --drafts publishes it\) into (.+)/ in \d+\.\d\d s, rules as of 2026-11-28(, \d+ warnings?)?\n$"#)
        let match = try #require(result.stdout.wholeMatch(of: summary), "summary: \(result.stdout)")
        #expect(match.output[1].substring.map(String.init) == output)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/retractation/delai/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/ancien-delai/index.html"))

        // The command line writes what the library writes: the golden recording of the site tests, plus the
        // theme's assets (which the recording leaves out).
        let expected = fixture.appendingPathComponent("expected").path
        if FileManager.default.fileExists(atPath: expected) {
            let expectedFiles = files(in: expected)
            let writtenFiles = files(in: output).filter { !$0.hasPrefix("assets/") }
            #expect(files(in: output).filter { $0.hasPrefix("assets/") } == ["assets/site.js", "assets/style.css"])
            #expect(writtenFiles == expectedFiles)
            for file in expectedFiles where writtenFiles.contains(file) {
                #expect(FileManager.default.contentsEqual(atPath: expected + "/" + file, andPath: output + "/" + file),
                        "\(file) differs from the golden recording")
            }
        }
    }

    /// Issue 19: --as-of chooses the rules in force, not today. The real Content/ as it will stand, or stood,
    /// on another date builds; the review dates are judged against --today (the clock by default).
    @Test func asOfAnotherDateKeepsTodaysEditorialChecks() throws {
        let content = CLI.packageRoot.appendingPathComponent("Content").path
        let config = CLI.packageRoot.appendingPathComponent("guichet.yml").path
        for asOf in ["2026-01-01", "2026-05-01", "2027-12-31"] {
            let result = try run(["check", "--content", content, "--config", config, "--as-of", asOf, "--today", "2026-11-28", "--strict"])
            #expect(result.status == 0, "as of \(asOf): \(result.stdout)")
            #expect(result.stdout.hasSuffix("as of \(asOf): 0 errors, 0 warnings\n"))
        }
        // The editors' today before the reviews: each review date is then in the future.
        let early = try run(["check", "--content", content, "--config", config, "--as-of", "2026-11-28", "--today", "2026-05-01"])
        #expect(early.status == 1)
        #expect(early.stdout.contains("is after today (2026-05-01) [future-review]"))
        let bad = try run(["check", "--content", content, "--today", "2026-13-01"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'2026-13-01' is not a date such as 2026-06-01"))
    }

    @Test func aSecondBuildSaysWhatItRedid() throws {
        let folder = try temporaryFolder("incremental")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = CLI.fixtures.appendingPathComponent("boutique")
        try FileManager.default.copyItem(atPath: fixture.appendingPathComponent("Content").path,
                                         toPath: folder.appendingPathComponent("Content").path)
        try FileManager.default.copyItem(atPath: fixture.appendingPathComponent("guichet.yml").path,
                                         toPath: folder.appendingPathComponent("guichet.yml").path)
        let arguments = ["build", "--themes", Self.themes, "--as-of", "2026-11-28", "--base-url", "https://aide.example.fr/"]
        #expect(try run(arguments, in: folder).status == 0)
        let again = try run(arguments, in: folder)
        #expect(again.stdout.hasPrefix("Nothing changed since the last build: Output/ is up to date ("), "\(again.stdout)")
        let article = folder.appendingPathComponent("Content/retractation/delai.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "pour vous rétracter.", with: "pour changer d’avis et vous rétracter.")
            .write(to: article, atomically: true, encoding: .utf8)
        let edited = try run(arguments, in: folder)
        let summary = try Regex(#"^Built \d+ pages \(3 articles; 1 draft left out: --drafts publishes it\) into Output/ in \d+\.\d\d s, rules as of 2026-11-28, 1 article checked, 5 of \d+ files changed(, \d+ warnings?)?\n$"#)
        #expect(edited.stdout.wholeMatch(of: summary) != nil, "\(edited.stdout)")

        // --timings: one line per step, in the order the build runs them, before the summary; a build with
        // nothing to do lists the two steps it ran.
        try text.write(to: article, atomically: true, encoding: .utf8)
        let timed = try run(arguments + ["--timings"], in: folder)
        let steps = timed.stdout.split(separator: "\n").dropLast().map { line -> String in
            #expect(line.wholeMatch(of: try! Regex(#" *\d+\.\d ms  .+"#)) != nil, "\(line)")
            return String(line.split(separator: "ms  ", maxSplits: 1).last ?? "")
        }
        #expect(steps == ["prepare the cache", "list", "read", "outline", "stage assets", "check and render articles",
                          "site-wide checks", "site-wide files", "publish", "save the cache"], "\(timed.stdout)")
        let idle = try run(arguments + ["--timings"], in: folder)
        #expect(idle.stdout.split(separator: "\n").dropLast().map { String($0.split(separator: "ms  ").last ?? "") }
                == ["prepare the cache", "list"], "\(idle.stdout)")
    }

    @Test func aBrokenSiteExitsOneAndPrintsDiagnostics() throws {
        let folder = try temporaryFolder("broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.brokenSite, into: folder)
        try write(["Output/marqueur.txt": "ancien site\n"], into: folder)
        let result = try run(["build", "--themes", Self.themes, "--as-of", "2026-11-28"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        // Compiler-style: file:line:column, the line quoted, a caret under the character, the fix. Other
        // findings (warnings) may come between; the errors must be there as written.
        #expect(result.stderr.contains("""
            Content/retractation/delai.md:6:48: error: unknown rule or function 'withdrawal.perod' [unknown-reference]
             6 | Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis.
               |                                                ^
              fix: did you mean '{{ withdrawal.period }}'?

            """))
        #expect(result.stderr.contains("""
            Content/retractation/delai.md:8:17: error: link to 'dela.md' leads to no article [broken-link]
             8 | Voir [le délai](dela.md).
               |                 ^
              fix: did you mean 'delai.md'?

            """))
        #expect(result.stderr.hasSuffix("\nerror: 2 errors; Output/ was left as it was\n"))
        // The previous output is untouched.
        let output = folder.appendingPathComponent("Output").path
        #expect(files(in: output) == ["marqueur.txt"])
        #expect(try String(contentsOfFile: output + "/marqueur.txt", encoding: .utf8) == "ancien site\n")
    }

    @Test func diagnosticsAsJSON() throws {
        let folder = try temporaryFolder("broken-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.brokenSite, into: folder)
        let result = try run(["build", "--themes", Self.themes, "--as-of", "2026-11-28", "--format", "json", "--quiet"], in: folder)
        #expect(result.status == 1)
        // The JSON document, then the one-line failure.
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.suffix(2) == ["error: 2 errors; nothing was written to Output/", ""])
        let document = lines.dropLast(2).joined(separator: "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        // --quiet keeps errors only.
        #expect((object["summary"] as? [String: Int]) == ["errors": 2, "warnings": 0, "suppressed": 0])
        #expect((object["diagnostics"] as? [[String: Any]])?.map { $0["code"] as? String } == ["unknown-reference", "broken-link"])
    }

    @Test func anImpossibleAsOfDateIsAUsageError() throws {
        let folder = try temporaryFolder("as-of")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["build", "--as-of", "2026-13-01", "--output", folder.appendingPathComponent("Output").path])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'2026-13-01' is not a date such as 2026-06-01"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test func aMissingContentFolderFails() throws {
        let folder = try temporaryFolder("no-content")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder with no site at all is refused before any build (SiteLocationTests); one whose guichet.yml
        // is there without its content folder is reported by the build.
        try Data("title: Aide\n".utf8).write(to: folder.appendingPathComponent("guichet.yml"))
        let result = try run(["build", "--themes", Self.themes, "--as-of", "2026-11-28"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content: error: content folder not found [unreadable-file]\n"), "\(result.stderr)")
    }

    // MARK: - Helpers

    static let brokenSite: [String: String] = [
        "guichet.yml": Publisher.settings("base_url: https://aide.boutique-test.fr/\ncontact_form: https://example.fr/contact\n"),
        "Content/retractation/_index.md": "---\ntitle: Rétractation\ndescription: \"Changer d’avis.\"\norder: 1\n---\nIntro.\n",
        "Content/retractation/delai.md": """
            ---
            title: Délai de rétractation
            description: "Le délai pour changer d’avis."
            rules: [withdrawal.period]
            ---
            Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis.

            Voir [le délai](dela.md).

            """,
    ]

    func write(_ files: [String: String], into folder: URL) throws {
        for (relative, text) in files {
            let file = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    func files(in root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }
}
