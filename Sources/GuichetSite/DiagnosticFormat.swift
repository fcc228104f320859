import Foundation
import GuichetContent

/// How findings are printed: `text` as a compiler does (file:line:column, the line, a caret), `json` as a
/// stable document (docs/diagnostics.md), `github` as workflow annotations.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    public func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        switch self {
        case .text: return diagnostics.map { Self.text($0, sources: sources) }.joined()
        case .json: return Self.json(diagnostics)
        case .github: return diagnostics.map(Self.github).joined()
        }
    }

    static func text(_ d: Diagnostic, sources: [String: String]) -> String {
        let place = d.line > 0 ? "\(d.file):\(d.line):\(d.column)" : d.file
        var out = "\(place): \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]\n"
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

    struct JSONReport: Encodable {
        let version = 1
        let diagnostics: [Entry]
        let summary: Summary

        struct Entry: Encodable {
            let severity: String
            let code: String
            let file: String
            let line: Int
            let column: Int
            let message: String
            let fix: String?
            let rule: String?

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(severity, forKey: .severity)
                try c.encode(code, forKey: .code)
                try c.encode(file, forKey: .file)
                try c.encode(line, forKey: .line)
                try c.encode(column, forKey: .column)
                try c.encode(message, forKey: .message)
                try c.encode(fix, forKey: .fix)
                try c.encode(rule, forKey: .rule)
            }

            enum CodingKeys: String, CodingKey { case severity, code, file, line, column, message, fix, rule }
        }

        struct Summary: Encodable {
            let errors: Int
            let warnings: Int
        }

        enum CodingKeys: String, CodingKey { case version, diagnostics, summary }
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let report = JSONReport(
            diagnostics: diagnostics.map {
                .init(severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.file, line: $0.line,
                      column: $0.column, message: $0.message, fix: $0.fix, rule: $0.rule)
            },
            summary: .init(errors: diagnostics.filter { $0.severity == .error }.count,
                           warnings: diagnostics.filter { $0.severity == .warning }.count))
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
        properties += ",title=\(property(d.code.rawValue))"
        let message = d.message + (d.fix.map { " — fix: \($0)" } ?? "")
        return "::\(d.severity.rawValue) \(properties)::\(data(message))\n"
    }
}
