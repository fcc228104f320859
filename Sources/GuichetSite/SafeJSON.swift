import Foundation

/// JSON for the site: sorted keys for byte-identical output, and `<`, `>`, `&` written as `\u003c`…, so
/// that a title containing `</script>` cannot end the script element that holds JSON-LD.
enum SafeJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escapeForHTML(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func escapeForHTML(_ json: String) -> String {
        // Most documents (the search index) hold none of these: a byte scan avoids rebuilding megabytes.
        guard json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
