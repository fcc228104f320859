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
        // Most documents hold none of these: a byte scan avoids rebuilding megabytes. The search index
        // holds many « ’ » (E2 80 99), which share their first byte with U+2028 and U+2029 (E2 80 A8/A9).
        let bytes = Array(json.utf8)
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let replacement: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "<"): replacement = "\\u003c"
            case UInt8(ascii: ">"): replacement = "\\u003e"
            case UInt8(ascii: "&"): replacement = "\\u0026"
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                replacement = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default: replacement = nil
            }
            if let replacement {
                if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                out.append(contentsOf: bytes[copied..<index])
                out.append(contentsOf: replacement.utf8)
                copied = index + length
            }
            index += length
        }
        guard copied > 0 else { return json }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
