import Yams

/// The scalar values of a YAML file by their dotted key (`legal.host.name`), each with the position of its
/// value: what the readiness check compares with the starter's example values. Only mappings are walked; a
/// text that does not parse gives nothing (the settings' own reading reports it).
public enum YAMLScalars {
    public static func read(_ yaml: String) -> [String: Located<String>] {
        // Composed as `YAMLFields` composes the same file (basic resolver: keys and values as their text), so
        // that both agree on which keys a file repeats.
        guard let node = try? Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return [:] }
        var found: [String: Located<String>] = [:]
        walk(node, prefix: "", into: &found)
        return found
    }

    private static func walk(_ node: Node, prefix: String, into found: inout [String: Located<String>]) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                walk(value, prefix: prefix.isEmpty ? name : prefix + "." + name, into: &found)
            }
        case .scalar(let scalar):
            let position = node.mark.map { SourcePoint(line: $0.line, column: $0.column) } ?? SourcePoint(line: 1, column: 1)
            found[prefix] = Located(scalar.string, at: position)
        default:
            break
        }
    }
}
