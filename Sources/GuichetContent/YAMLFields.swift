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

    /// Parses `yaml`; `describing` names the thing in messages ("front-matter", "guichet.yml").
    init(yaml: String, file: String, firstLine: Int, known: [String], describing what: String) {
        self.file = file
        self.firstLine = firstLine
        self.known = known
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            diagnostics.append(YAMLFields.diagnostic(for: error, file: file, firstLine: firstLine, what: what))
            return
        }
        guard let node else { return } // empty: every key takes its default, required ones are reported later
        guard case .mapping(let mapping) = node else {
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

    func point(_ mark: Mark?) -> SourcePoint {
        guard let mark else { return SourcePoint(line: firstLine, column: 1) }
        return SourcePoint(line: mark.line + firstLine - 1, column: mark.column)
    }

    func position(of key: String) -> SourcePoint { positions[key] ?? SourcePoint(line: max(1, firstLine - 1), column: 1) }

    func valuePosition(_ key: String) -> SourcePoint { values[key].map { point($0.mark) } ?? position(of: key) }

    mutating func required(_ key: String, fix: String) {
        if values[key] == nil {
            diagnostics.append(.error(.missingKey, file, SourcePoint(line: max(1, firstLine - 1), column: 1),
                                      "missing required key '\(key)'", fix: fix))
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

    mutating func integer(_ key: String) -> Int? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            wrongType(key, node, expected: "a whole number"); return nil
        }
        return value
    }

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string) else {
            wrongType(key, node, expected: "true or false"); return nil
        }
        return scalar.string == "true"
    }

    mutating func date(_ key: String) -> LocalDate? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, let date = LocalDate(iso: scalar.string) else {
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
            return .error(.invalidYAML, file, at(mark), "\(what) is not valid YAML: \(problem)",
                          fix: "check quotes and indentation; text containing ': ' must be quoted")
        case YamlError.parser(_, let problem, let mark, _), YamlError.composer(_, let problem, let mark, _):
            return .error(.invalidYAML, file, at(mark), "\(what) is not valid YAML: \(problem)",
                          fix: "check quotes and indentation; text containing ': ' must be quoted")
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
