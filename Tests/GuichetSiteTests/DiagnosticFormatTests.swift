import Foundation
import GuichetContent
@testable import GuichetSite
import Testing

/// The three ways findings are printed: as a compiler does, as a JSON document, as GitHub annotations.
@Suite struct DiagnosticFormatTests {
    static let file = "Content/retractation/délai.md"
    static let line6 = "Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis."
    static let source = (1...11).map { $0 == 6 ? line6 : $0 == 11 ? "\tRéf. : {{ x }}" : "ligne \($0)" }.joined(separator: "\n")
    static let sources = [file: source]

    static let unknown = Diagnostic(.error, .unknownReference, file: file, line: 6, column: 48,
                                    message: "unknown rule or function 'withdrawal.perod'",
                                    fix: "did you mean '{{ withdrawal.period }}'?", rule: "withdrawal.perod")

    @Test func textQuotesTheLineAndPutsTheCaretUnderTheCharacter() {
        let text = DiagnosticFormat.text.render([Self.unknown], sources: Self.sources)
        #expect(text == """
            Content/retractation/délai.md:6:48: error: unknown rule or function 'withdrawal.perod' [unknown-reference]
             6 | Été comme hiver, à réception, vous disposez de {{ withdrawal.perod }} pour changer d’avis.
               |                                                ^
              fix: did you mean '{{ withdrawal.period }}'?

            """)
        // The caret is under « { » when counted in characters (not bytes).
        let lines = text.split(separator: "\n").map { Array($0) }
        #expect(lines[2].firstIndex(of: "^") == lines[1].firstIndex(of: "{"))
    }

    @Test func textGutterFollowsTheLineNumberAndTabsBecomeSpaces() {
        let d = Diagnostic(.warning, .unusedRule, file: Self.file, line: 11, column: 9, message: "rule 'x' is listed but never used")
        let text = DiagnosticFormat.text.render([d], sources: Self.sources)
        #expect(text == """
            Content/retractation/délai.md:11:9: warning: rule 'x' is listed but never used [unused-rule]
             11 |  Réf. : {{ x }}
                |         ^

            """)
    }

    @Test func textOfAWholeFileFindingHasNoQuote() {
        let d = Diagnostic(.error, .missingCategoryIndex, file: "Content/vide", line: 0, column: 0,
                           message: "category 'vide' has no _index.md", fix: "create Content/vide/_index.md")
        #expect(DiagnosticFormat.text.render([d], sources: Self.sources) == """
            Content/vide: error: category 'vide' has no _index.md [missing-category-index]
              fix: create Content/vide/_index.md

            """)
        // A line the sources do not hold is not quoted either.
        let far = Diagnostic(.error, .brokenLink, file: Self.file, line: 40, column: 2, message: "m")
        #expect(DiagnosticFormat.text.render([far], sources: Self.sources)
                == "Content/retractation/délai.md:40:2: error: m [broken-link]\n")
    }

    @Test func textRendersEveryDiagnosticInOrder() {
        let d = Diagnostic(.error, .missingCategoryIndex, file: "Content/vide", line: 0, column: 0, message: "m")
        let text = DiagnosticFormat.text.render([Self.unknown, d], sources: Self.sources)
        #expect(text.hasPrefix("Content/retractation/délai.md:6:48: error:"))
        #expect(text.hasSuffix("Content/vide: error: m [missing-category-index]\n"))
        #expect(DiagnosticFormat.text.render([], sources: [:]) == "")
    }

    @Test func jsonShape() throws {
        let warning = Diagnostic(.warning, .unusedRule, file: Self.file, line: 4, column: 9, message: "unused")
        let text = DiagnosticFormat.json.render([Self.unknown, warning], sources: Self.sources)
        #expect(text.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "diagnostics", "suppressed", "summary"])
        #expect((object["suppressed"] as? [Any])?.isEmpty == true)
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let first = diagnostics[0]
        #expect(Set(first.keys) == ["severity", "code", "file", "line", "column", "message", "fix", "rule"])
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "unknown-reference")
        #expect(first["file"] as? String == "Content/retractation/délai.md")
        #expect(first["line"] as? Int == 6)
        #expect(first["column"] as? Int == 48)
        #expect(first["message"] as? String == "unknown rule or function 'withdrawal.perod'")
        #expect(first["fix"] as? String == "did you mean '{{ withdrawal.period }}'?")
        #expect(first["rule"] as? String == "withdrawal.perod")
        // Absent fix and rule are written as null, so every entry has the same keys.
        let second = diagnostics[1]
        #expect(Set(second.keys) == Set(first.keys))
        #expect(second["severity"] as? String == "warning")
        #expect(second["fix"] is NSNull)
        #expect(second["rule"] is NSNull)
        // Slashes are not escaped.
        #expect(text.contains("\"Content/retractation/délai.md\""))

        let empty = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticFormat.json.render([], sources: [:]).utf8)) as? [String: Any])
        #expect((empty["diagnostics"] as? [Any])?.isEmpty == true)
        #expect((empty["summary"] as? [String: Int]) == ["errors": 0, "warnings": 0, "suppressed": 0])
    }

    @Test func githubAnnotationEscapesProperties() {
        let d = Diagnostic(.error, .unknownReference, file: "Content/a,b:c.md", line: 3, column: 5,
                           message: "unknown rule: 'x', 100% sure\nsecond line", fix: "did you mean 'y'?")
        #expect(DiagnosticFormat.github.render([d], sources: [:])
                == "::error file=Content/a%2Cb%3Ac.md,line=3,col=5,title=unknown-reference::unknown rule: 'x', 100%25 sure%0Asecond line — fix: did you mean 'y'?\n")
        let whole = Diagnostic(.warning, .invalidConfig, file: "guichet.yml", line: 0, column: 0, message: "m")
        #expect(DiagnosticFormat.github.render([whole], sources: [:]) == "::warning file=guichet.yml,title=invalid-config::m\n")
    }

    @Test func formatsAreNamedForTheCommandLine() {
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "json", "github"])
    }
}
