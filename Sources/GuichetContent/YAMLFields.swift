import HelpCentreRules
import Yams

/// Reads a YAML mapping of known keys with the types a contract expects, collecting a diagnostic with the
/// file position for every problem instead of stopping at the first.
struct YAMLFields {
    let file: String
    /// The file line of the YAML's line 1.
    let firstLine: Int
    let known: [String]
    private(set) var values: [String: Node] = [:]
    private(set) var positions: [String: SourcePoint] = [:]
    var diagnostics: [Diagnostic] = []
    /// False when the text is not YAML or not a mapping: then a missing key says nothing more.
    private(set) var isReadable = true

    /// Where a missing required key is reported: the line above the YAML (front-matter's `---`), or the key
    /// that opens a block.
    private var anchor: SourcePoint
    /// The block these fields belong to (`legal`), named in a missing key's message; nil at the top.
    private var blockName: String?

    /// Parses `yaml`; `describing` names the thing in messages ("front-matter", "guichet.yml").
    init(yaml: String, file: String, firstLine: Int, known: [String], describing what: String) {
        self.file = file
        self.firstLine = firstLine
        self.known = known
        anchor = SourcePoint(line: max(1, firstLine - 1), column: 1)
        let node: Node?
        do {
            // The encoding named: Yams's default reads the whole process environment on every call (1.4 % of a
            // 10,000-article build) to learn what is always UTF-8 for a Swift string here. The basic resolver:
            // these fields read every scalar as its text and parse it themselves, never by its YAML type, and
            // the default one matched each mapping key against seven regular expressions when Yams checked
            // for duplicate keys (1.8 % of a build). A key is then a duplicate of another of the same text,
            // quoted or not, which is how the fields read keys.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            diagnostics.append(YAMLFields.diagnostic(for: error, file: file, firstLine: firstLine, what: what))
            isReadable = false
            return
        }
        guard let node else { return } // empty: every key takes its default, required ones are reported later
        load(node, describing: what)
    }

    /// The fields of a block inside a mapping (`legal:` in guichet.yml); `anchor` is the block's key.
    private init(node: Node, file: String, firstLine: Int, known: [String], describing what: String, anchor: SourcePoint) {
        self.file = file
        self.firstLine = firstLine
        self.known = known
        self.anchor = anchor
        blockName = what
        load(node, describing: what)
    }

    private mutating func load(_ node: Node, describing what: String) {
        guard case .mapping(let mapping) = node else {
            isReadable = false
            diagnostics.append(.error(.frontMatterNotMapping, file, point(node.mark),
                                      "\(what) must be a mapping of keys to values, found \(YAMLFields.kind(of: node))",
                                      fix: "write one 'key: value' per line, such as 'title: Délai de rétractation'"))
            return
        }
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let at = point(keyNode.mark)
            if !known.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: known)
                diagnostics.append(.error(.unknownKey, file, at, "unknown key '\(key)' in \(what)",
                                          fix: suggestion.map { "did you mean '\($0)'?" }
                                              ?? "known keys are: \(known.joined(separator: ", "))"))
                continue
            }
            values[key] = valueNode
            positions[key] = at
        }
    }

    /// The fields of the block under `key` (a mapping, indented under it), or nil when the key is absent or not
    /// a mapping (a diagnostic says so). The caller reads the block's fields, then hands its diagnostics back
    /// with `absorb`.
    mutating func block(_ key: String, known: [String], describing what: String) -> YAMLFields? {
        guard let node = values[key] else { return nil }
        guard case .mapping = node else { wrongType(key, node, expected: "a block of settings, indented under '\(key):'"); return nil }
        return YAMLFields(node: node, file: file, firstLine: firstLine, known: known, describing: what, anchor: position(of: key))
    }

    mutating func absorb(_ block: YAMLFields) { diagnostics += block.diagnostics }

    func point(_ mark: Mark?) -> SourcePoint {
        guard let mark else { return SourcePoint(line: firstLine, column: 1) }
        return SourcePoint(line: mark.line + firstLine - 1, column: mark.column)
    }

    func position(of key: String) -> SourcePoint { positions[key] ?? SourcePoint(line: max(1, firstLine - 1), column: 1) }

    func valuePosition(_ key: String) -> SourcePoint { values[key].map { point($0.mark) } ?? position(of: key) }

    mutating func required(_ key: String, fix: String) {
        if values[key] == nil {
            diagnostics.append(.error(.missingKey, file, anchor, "missing required key '\(key)'" + (blockName.map { " in \($0)" } ?? ""), fix: fix))
        }
    }

    private mutating func wrongType(_ key: String, _ node: Node, expected: String) {
        diagnostics.append(.error(.wrongType, file, point(node.mark),
                                  "'\(key)' must be \(expected), found \(YAMLFields.kind(of: node))",
                                  fix: YAMLFields.example[key].map { "write it as '\(key): \($0)'" }
                                      ?? "write '\(key):' followed by \(expected)"))
    }

    /// What a well-formed value looks like, for the fix of a mistyped one.
    static let example: [String: String] = [
        "title": "Délai de rétractation", "description": "Une phrase qui résume l’article.", "order": "3",
        "rules": "[withdrawal.period, withdrawal.scope]", "related": "[../livraison/delais.md]",
        "aliases": "[/ancienne-adresse/]", "draft": "false", "reviewed": "2026-11-02", "audience": "acheteur",
        "icon": "colis", "base_url": "https://aide.example.fr/", "allow_raw_html": "false", "review_max_age_months": "12",
    ]

    mutating func string(_ key: String) -> String? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node else { wrongType(key, node, expected: "text"); return nil }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            diagnostics.append(.error(.invalidValue, file, point(node.mark), "'\(key)' is empty"))
            return nil
        }
        return text
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Reports a value that has the right type but cannot be what it says, at the value; always nil, so that a
    /// reader writes `parse(text) ?? fields.invalid(…)`.
    mutating func invalid<T>(_ key: String, _ message: String, fix: String) -> T? {
        report(key, message, fix: fix)
        return nil
    }

    mutating func report(_ key: String, _ message: String, fix: String) {
        diagnostics.append(.error(.invalidValue, file, valuePosition(key), message, fix: fix))
    }

    mutating func phone(_ key: String) -> PhoneNumber? {
        guard let text = string(key) else { return nil }
        return PhoneNumber(text) ?? invalid(key, "'\(key)' '\(text)' is not a phone number",
                                            fix: "write ten digits such as 01 23 45 67 89, or +32 2 123 45 67 for another country")
    }

    mutating func integer(_ key: String) -> Int? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            wrongType(key, node, expected: "a whole number"); return nil
        }
        return value
    }

    /// Words an editor writes for yes or no (in French or English), and the boolean each means: the fix of
    /// `draft: oui` is `draft: true`, not the example.
    static let yesNo: [String: Bool] = [
        "oui": true, "vrai": true, "yes": true, "y": true, "on": true, "1": true,
        "non": false, "faux": false, "no": false, "n": false, "off": false, "0": false,
    ]

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string) else {
            if case .scalar(let scalar) = node, let meant = Self.yesNo[scalar.string.trimmingWhitespace().lowercased()] {
                diagnostics.append(.error(.wrongType, file, point(node.mark),
                                          "'\(key)' must be true or false, found '\(scalar.string)'",
                                          fix: "write it as '\(key): \(meant)'"))
                return nil
            }
            wrongType(key, node, expected: "true or false"); return nil
        }
        return scalar.string == "true"
    }

    /// A date; `suggesting` is the date the fix of an impossible one offers (else the key's example).
    mutating func date(_ key: String, suggesting: LocalDate? = nil) -> LocalDate? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, let date = LocalDate(iso: scalar.string) else {
            if case .scalar(let scalar) = node, scalar.string.wholeMatch(of: /\d{4}-\d{1,2}-\d{1,2}/) != nil {
                // Shaped as a date, but no day of the calendar (2026-13-45, 2026-02-30).
                diagnostics.append(.error(.invalidValue, file, point(node.mark),
                                          "'\(key)' '\(scalar.string)' is not a day of the calendar",
                                          fix: "write it as YYYY-MM-DD, such as '\(key): \(suggesting.map { "\($0.iso)' (today)" } ?? "\(YAMLFields.example[key] ?? "2026-06-01")'")"))
                return nil
            }
            wrongType(key, node, expected: "a date such as 2026-06-01"); return nil
        }
        return date
    }

    /// A list of text, each with its position (a single text is accepted as a list of one).
    mutating func strings(_ key: String) -> [Located<String>]? {
        guard let node = values[key] else { return nil }
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar(let scalar) where !scalar.string.isEmpty: items = [node]
        case .scalar: return []
        default: wrongType(key, node, expected: "a list of text"); return nil
        }
        var result: [Located<String>] = []
        for item in items {
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                wrongType(key, item, expected: "a list of text"); continue
            }
            result.append(Located(scalar.string, at: point(item.mark)))
        }
        return result
    }

    /// A mapping of text to text (social networks: name → URL).
    mutating func stringMap(_ key: String) -> [Located<(String, String)>]? {
        guard let node = values[key] else { return nil }
        guard case .mapping(let mapping) = node else { wrongType(key, node, expected: "a mapping"); return nil }
        var result: [Located<(String, String)>] = []
        for (k, v) in mapping {
            guard let name = k.string, case .scalar(let value) = v else { wrongType(key, v, expected: "text"); continue }
            result.append(Located((name, value.string), at: point(k.mark)))
        }
        return result
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The hint for a YAML error: quoting only when the error is a ': ' inside a value.
    static func hint(for problem: String) -> String {
        problem.contains("mapping values are not allowed") ? "text containing ': ' must be quoted: write it between \"…\""
            : "check quotes, brackets and indentation"
    }

    static func diagnostic(for error: any Error, file: String, firstLine: Int, what: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourcePoint { SourcePoint(line: mark.line + firstLine - 1, column: mark.column) }
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _):
            // libyaml notices an unclosed quote only at the end of the text; its context says where the
            // quoted text began, which is where the editor has to look.
            if let context, context.text.contains("quoted scalar") {
                return .error(.invalidYAML, file, at(context.mark), "\(what) is not valid YAML: the quote opened here is not closed",
                              fix: "close the quote at the end of the value, or remove it")
            }
            return .error(.invalidYAML, file, at(mark), "\(what) is not valid YAML: \(problem)", fix: hint(for: problem))
        case YamlError.parser(let context, let problem, let mark, _):
            // libyaml notices an unclosed `[` or `{` at the next key, a line later; its context says where
            // the list opened, which is the line the editor has to fix.
            if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping") {
                let (name, close) = context.text.contains("flow sequence") ? ("list", "]") : ("mapping", "}")
                return .error(.invalidYAML, file, at(context.mark),
                              "\(what) is not valid YAML: the \(name) opened here is not closed",
                              fix: "end it with '\(close)' on the same line, such as 'rules: [withdrawal.period]'")
            }
            return .error(.invalidYAML, file, at(mark), "\(what) is not valid YAML: \(problem)", fix: hint(for: problem))
        case YamlError.composer(_, let problem, let mark, _):
            return .error(.invalidYAML, file, at(mark), "\(what) is not valid YAML: \(problem)", fix: hint(for: problem))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return .error(.invalidYAML, file, at(context.mark), "\(what) repeats the key '\(duplicates.joined(separator: "', '"))'",
                          fix: "keep one of them")
        default:
            return .error(.invalidYAML, file, SourcePoint(line: firstLine, column: 1), "\(what) is not valid YAML: \(error)")
        }
    }
}

/// A value with the place it was written.
public struct Located<Value> {
    public let value: Value
    public let position: SourcePoint

    public init(_ value: Value, at position: SourcePoint) {
        self.value = value
        self.position = position
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
