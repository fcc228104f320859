/// One finding about the content, at a place in a file: what `build` and `check` report, as a compiler
/// does. Columns count characters, not bytes, because accents are common here.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, Codable {
    public enum Severity: String, Sendable, Comparable, Codable {
        case error, warning

        public static func < (l: Severity, r: Severity) -> Bool { l == .error && r == .warning }
    }

    public let severity: Severity
    public let code: DiagnosticCode
    /// The file as the user named it (`Content/retractation/delai.md`).
    public let file: String
    /// 1-based line and character column; 0 when the finding is about the whole file.
    public let line: Int
    public let column: Int
    public let message: String
    /// What to do about it, when there is something better to say than the message.
    public let fix: String?
    /// The rule involved, if any.
    public let rule: String?
    /// The editor's reason, when an override comment silenced this finding: it is then reported apart
    /// (`suppressed[]` in JSON, a notice on GitHub, a count in the text report) and never fails a build.
    public var suppression: String?
    /// The fix `guichet check --fix` may apply, when it is certain.
    public var edit: CertainEdit?

    /// Not silenced by an override: what counts as an error or a warning.
    public var isReported: Bool { suppression == nil }

    /// `file:line:column`, or the file alone when the finding is about the whole file.
    public var place: String { line > 0 ? "\(file):\(line):\(column)" : file }

    public init(_ severity: Severity, _ code: DiagnosticCode, file: String, line: Int, column: Int,
                message: String, fix: String? = nil, rule: String? = nil) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
        self.rule = rule
    }

    public static func error(_ code: DiagnosticCode, _ file: String, _ position: SourcePoint, _ message: String,
                             fix: String? = nil, rule: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, file: file, line: position.line, column: position.column, message: message, fix: fix, rule: rule)
    }

    public static func warning(_ code: DiagnosticCode, _ file: String, _ position: SourcePoint, _ message: String,
                               fix: String? = nil, rule: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, file: file, line: position.line, column: position.column, message: message, fix: fix, rule: rule)
    }

    /// The same finding with another severity (a `not-ready` warning that a build makes an error).
    public func `as`(_ severity: Severity) -> Diagnostic {
        var copy = Diagnostic(severity, code, file: file, line: line, column: column, message: message, fix: fix, rule: rule)
        copy.suppression = suppression
        copy.edit = edit
        return copy
    }

    /// The same finding with the fix `guichet check --fix` may apply.
    public func with(_ edit: CertainEdit?) -> Diagnostic {
        var copy = self
        copy.edit = edit
        return copy
    }

    /// Sorted by file, then position, so that reports are stable.
    public static func < (l: Diagnostic, r: Diagnostic) -> Bool {
        (l.file, l.line, l.column, l.severity.rawValue, l.message) < (r.file, r.line, r.column, r.severity.rawValue, r.message)
    }
}

/// A 1-based line and character column in a file.
public struct SourcePoint: Hashable, Sendable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let fileStart = SourcePoint(line: 1, column: 1)
}
