import MCP

/// A tool call's arguments, read with errors that name the argument at fault: a client that sends
/// `{"quey": …}` or a number for `query` learns which one, and why.
struct ArgumentReader {
    let arguments: [String: Value]

    init(_ arguments: [String: Value]) { self.arguments = arguments }

    /// Refuses any argument the tool does not take (the schemas say `additionalProperties: false`).
    func only(_ names: [String]) throws(ToolFailure) {
        for name in arguments.keys.sorted() where !names.contains(name) {
            throw ToolFailure(name, names.isEmpty ? "cet outil ne prend pas d’argument"
                              : "argument inconnu ; cet outil prend : " + names.joined(separator: ", "))
        }
    }

    func string(_ name: String) throws(ToolFailure) -> String {
        guard let value = arguments[name], value != .null else { throw ToolFailure(name, "argument obligatoire manquant") }
        guard let text = value.stringValue else { throw ToolFailure(name, "une chaîne de caractères est attendue") }
        return text
    }

    /// nil when absent.
    func integer(_ name: String) throws(ToolFailure) -> Int? {
        guard let value = arguments[name], value != .null else { return nil }
        if let int = value.intValue { return int }
        if let double = value.doubleValue, double == double.rounded(), abs(double) < 1e9 { return Int(double) }
        throw ToolFailure(name, "un nombre entier est attendu")
    }

    /// An object whose values are strings (the arguments of a rule function).
    func strings(_ name: String) throws(ToolFailure) -> [String: String] {
        guard let value = arguments[name], value != .null else { throw ToolFailure(name, "argument obligatoire manquant") }
        guard let object = value.objectValue else { throw ToolFailure(name, "un objet {nom: valeur} est attendu") }
        var result: [String: String] = [:]
        for (key, item) in object {
            if let text = item.stringValue {
                result[key] = text
            } else if let flag = item.boolValue {
                result[key] = flag ? "true" : "false"
            } else if let int = item.intValue {
                result[key] = String(int)
            } else {
                throw ToolFailure("\(name).\(key)", "une chaîne est attendue (une date 2026-06-01, un instant 2026-06-01T10:00…)")
            }
        }
        return result
    }
}
