import HelpCentreRules

/// `<!-- guichet-disable-next-line CODE[, CODE…] -- reason -->`: an editor's reasoned « this is not that
/// rule », on the model of markdownlint's and ESLint's next-line comments. It silences the findings of
/// those codes on the line after the comment, and nothing else.
///
/// Only findings the check *suspects* can be overridden (a figure it takes for a rule's): a broken link or
/// an unknown reference is a fact, and silencing it would publish a broken page. The reason is required,
/// so that a reviewer reads why each finding was overruled.
public struct OverrideComment: Hashable, Sendable {
    public let codes: [DiagnosticCode]
    public let reason: String

    /// The directive, as written after `<!--`.
    public static let directive = "guichet-disable-next-line"

    /// The codes an override may silence.
    public static let overridable: [DiagnosticCode] = [.hardCodedFigure, .contradiction]

    /// Why a comment that looks like an override is not a valid one, and where in the comment (a character
    /// offset from its `<!--`).
    public struct Problem: Error, Hashable, Sendable {
        public let offset: Int
        public let message: String
        public let fix: String
    }

    /// Whether an HTML comment is meant for Guichet: it starts with `guichet-` (any case) after `<!--`.
    /// Every other comment is the editor's own business.
    public static func isDirective(_ comment: Substring) -> Bool {
        let body = comment.dropFirst(4).drop { $0.isWhitespace }
        return body.prefix(8).lowercased() == "guichet-"
    }

    /// Parses one whole comment, `<!--` to `-->` included. Pure: tested with strings.
    public static func parse(_ comment: Substring) -> Result<OverrideComment, Problem> {
        let example = "<!-- \(directive) contradiction -- le délai du transporteur, pas celui du vendeur -->"
        var body = comment.dropFirst(4)
        if body.hasSuffix("-->") { body = body.dropLast(3) }
        let start = 4 // after `<!--`
        func offset(of part: Substring) -> Int { start + body.distance(from: body.startIndex, to: part.startIndex) }

        let trimmed = body.drop { $0.isWhitespace }
        let word = trimmed.prefix { !$0.isWhitespace }
        guard word == directive else {
            let suggestion = word.lowercased() == directive ? directive : Suggestion.closest(to: String(word), in: [directive])
            return .failure(Problem(offset: offset(of: word),
                                    message: "unknown directive '\(word)': the only one is '\(directive)'",
                                    fix: suggestion.map { "did you mean '\($0)'? \(example)" } ?? "write \(example)"))
        }
        let rest = trimmed.dropFirst(word.count)
        let (codePart, reasonPart) = split(rest)
        var codes: [DiagnosticCode] = []
        var cursor = codePart
        while true {
            cursor = cursor.drop { $0.isWhitespace || $0 == "," }
            guard !cursor.isEmpty else { break }
            let name = cursor.prefix { !$0.isWhitespace && $0 != "," }
            cursor = cursor.dropFirst(name.count)
            guard let code = DiagnosticCode(rawValue: String(name)) else {
                let suggestion = Suggestion.closest(to: String(name), in: overridable.map(\.rawValue))
                    ?? Suggestion.closest(to: String(name), in: DiagnosticCode.allCases.map(\.rawValue))
                return .failure(Problem(offset: offset(of: name), message: "unknown diagnostic code '\(name)'",
                                        fix: suggestion.map { "did you mean '\($0)'?" }
                                            ?? "name one of \(overridable.map(\.rawValue).joined(separator: ", "))"))
            }
            guard overridable.contains(code) else {
                return .failure(Problem(offset: offset(of: name),
                    message: "'\(name)' cannot be overridden: only a figure the check suspects can (\(overridable.map(\.rawValue).joined(separator: ", ")))",
                    fix: "correct what the finding points at instead"))
            }
            if !codes.contains(code) { codes.append(code) }
        }
        guard !codes.isEmpty else {
            return .failure(Problem(offset: offset(of: word), message: "the override names no diagnostic code",
                                    fix: "write \(example)"))
        }
        // One line, however the comment was wrapped: reports print it after the finding's place.
        let reason = (reasonPart ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !reason.isEmpty else {
            return .failure(Problem(offset: offset(of: word), message: "the override gives no reason",
                                    fix: "say why after ' -- ', so that a reviewer can judge it: \(example)"))
        }
        return .success(OverrideComment(codes: codes, reason: reason))
    }

    /// The codes before the first ` -- ` (or `--` at the start of a word), and the reason after it.
    private static func split(_ text: Substring) -> (codes: Substring, reason: Substring?) {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("--"), index == text.startIndex || text[text.index(before: index)].isWhitespace {
                return (text[..<index], text[text.index(index, offsetBy: 2)...])
            }
            index = text.index(after: index)
        }
        return (text, nil)
    }
}
