import GuichetContent
import GuichetSite

/// One finding as the preview shows it (overlay, status document): a diagnostic of the content, or a build
/// that could not be written.
public struct PreviewProblem: Sendable, Equatable, Encodable {
    public let severity: String
    public let code: String
    public let file: String
    /// 1-based; 0 when the finding is about the whole file.
    public let line: Int
    public let column: Int
    public let message: String
    public let fix: String?

    public var isError: Bool { severity == Diagnostic.Severity.error.rawValue }

    /// `file:line:column`, or the file alone when the finding has no position.
    public var place: String { line > 0 ? "\(file):\(line):\(column)" : file }

    init(severity: String, code: String, file: String, line: Int, column: Int, message: String, fix: String?) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code.rawValue
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        message = diagnostic.message
        fix = diagnostic.fix
    }

    init(_ error: SiteError) {
        severity = Diagnostic.Severity.error.rawValue
        code = "cannot-write"
        file = error.path
        line = 0
        column = 0
        message = error.description
        fix = nil
    }

    enum CodingKeys: String, CodingKey { case severity, code, file, line, column, message, fix }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(message, forKey: .message)
        try c.encode(fix, forKey: .fix)
    }
}
