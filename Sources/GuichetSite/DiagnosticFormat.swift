import Foundation
import GuichetContent

/// How findings are printed: `text` as a compiler does (file:line:column, the line, a caret), `json` as a
/// stable document (docs/content.md, « Machine-readable reports »), `github` as workflow annotations.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// Findings an override silenced are shown apart, each with its reason, so that a reviewer sees every
    /// one: after the others in text, under `suppressed[]` in JSON, as notices on GitHub.
    public func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        let reported = diagnostics.filter(\.isReported)
        let suppressed = diagnostics.filter { !$0.isReported }
        switch self {
        case .text: return reported.map { Self.text($0, sources: sources) }.joined() + Self.text(suppressed: suppressed)
        case .json: return Self.json(reported, suppressed: suppressed)
        case .github: return (reported + suppressed).map(Self.github).joined()
        }
    }

    /// « 2 findings overridden: », then one line each: place, code, rule and the editor's reason.
    static func text(suppressed: [Diagnostic]) -> String {
        guard !suppressed.isEmpty else { return "" }
        var out = "\(suppressed.count) finding\(suppressed.count == 1 ? "" : "s") overridden:\n"
        for d in suppressed {
            let rule = d.rule.map { " (\($0))" } ?? ""
            out += "  \(d.file):\(d.line):\(d.column): \(d.code.rawValue)\(rule) -- \(d.suppression ?? "")\n"
        }
        return out
    }

    static func text(_ d: Diagnostic, sources: [String: String]) -> String {
        var out = "\(d.place): \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]\n"
        if d.line > 0, let source = sources[d.file] {
            let lines = SourceText.lines(of: source)
            if lines.indices.contains(d.line - 1) {
                let number = String(d.line)
                let gutter = String(repeating: " ", count: number.count)
                let line = lines[d.line - 1].replacingOccurrences(of: "\t", with: " ")
                out += " \(number) | \(line)\n"
                out += " \(gutter) | \(String(repeating: " ", count: max(0, d.column - 1)))^\n"
            }
        }
        if let fix = d.fix { out += "  fix: \(fix)\n" }
        return out
    }

    public struct JSONReport: Encodable {
        let version = 1
        let diagnostics: [Entry]
        let summary: Summary
        /// The findings override comments silenced, each with the editor's reason.
        let suppressed: [Entry]

        /// One finding. Every key is always written (null when absent), so that entries of one list have the
        /// same keys: a reported finding has `fix`, a silenced one `reason` instead.
        public struct Entry: Encodable, Sendable {
            let diagnostic: Diagnostic

            public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(diagnostic.severity.rawValue, forKey: .severity)
                try c.encode(diagnostic.code.rawValue, forKey: .code)
                try c.encode(diagnostic.file, forKey: .file)
                try c.encode(diagnostic.line, forKey: .line)
                try c.encode(diagnostic.column, forKey: .column)
                try c.encode(diagnostic.message, forKey: .message)
                if let reason = diagnostic.suppression {
                    try c.encode(reason, forKey: .reason)
                } else {
                    try c.encode(diagnostic.fix, forKey: .fix)
                }
                try c.encode(diagnostic.rule, forKey: .rule)
            }

            enum CodingKeys: String, CodingKey { case severity, code, file, line, column, message, fix, rule, reason }
        }

        struct Summary: Encodable {
            let errors: Int
            let warnings: Int
            let suppressed: Int
        }

        enum CodingKeys: String, CodingKey { case version, diagnostics, suppressed, summary }
    }

    static func json(_ diagnostics: [Diagnostic], suppressed: [Diagnostic] = []) -> String {
        let report = JSONReport(
            diagnostics: diagnostics.map(JSONReport.Entry.init),
            summary: .init(errors: diagnostics.filter { $0.severity == .error }.count,
                           warnings: diagnostics.filter { $0.severity == .warning }.count,
                           suppressed: suppressed.count),
            suppressed: suppressed.map(JSONReport.Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// `::error file=…,line=…,col=…,title=…::message`, escaped as the Actions runner expects.
    static func github(_ d: Diagnostic) -> String {
        func data(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func property(_ s: String) -> String {
            data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var properties = "file=\(property(d.file))"
        if d.line > 0 { properties += ",line=\(d.line),col=\(d.column)" }
        if let reason = d.suppression {
            properties += ",title=\(property("overridden " + d.code.rawValue))"
            return "::notice \(properties)::\(data(d.message + " — overridden: " + reason))\n"
        }
        properties += ",title=\(property(d.code.rawValue))"
        let message = d.message + (d.fix.map { " — fix: \($0)" } ?? "")
        return "::\(d.severity.rawValue) \(properties)::\(data(message))\n"
    }
}
