import Foundation

/// JSON for the site: sorted keys for byte-identical output, and `<`, `>`, `&` written as `\u003c`…, so
/// that a title containing `</script>` cannot end the script element that holds JSON-LD.
package enum SafeJSON {
    package static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escapeForHTML(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    package static func escapeForHTML(_ json: String) -> String {
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

    /// Appends `text` as a JSON string, escaped as `encode` escapes it (JSONEncoder's escapes, then those of
    /// `escapeForHTML`), without going through JSONEncoder: for files written by hand that must be the
    /// bytes `encode` would give (the search's fragments; `SearchIndexTests` compares them).
    package static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape (nearly all of them) are copied at once.
            var copied = 0
            var index = 0
            func escape(_ replacement: String, length: Int) {
                out.append(contentsOf: bytes[copied..<index])
                out.append(contentsOf: replacement.utf8)
                index += length
                copied = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape(#"\""#, length: 1)
                case UInt8(ascii: "\\"): escape(#"\\"#, length: 1)
                case 0x08: escape(#"\b"#, length: 1)
                case 0x09: escape(#"\t"#, length: 1)
                case 0x0A: escape(#"\n"#, length: 1)
                case 0x0C: escape(#"\f"#, length: 1)
                case 0x0D: escape(#"\r"#, length: 1)
                case 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape("\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self), length: 1)
                case UInt8(ascii: "<"): escape(#"\u003c"#, length: 1)
                case UInt8(ascii: ">"): escape(#"\u003e"#, length: 1)
                case UInt8(ascii: "&"): escape(#"\u0026"#, length: 1)
                // U+2028 and U+2029 (E2 80 A8/A9) end a line in JavaScript; « ’ » (E2 80 99) is common.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape(#"\u2028"#, length: 3)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape(#"\u2029"#, length: 3)
                default: index += 1
                }
            }
            out.append(contentsOf: bytes[copied..<bytes.count])
        }
        out.append(UInt8(ascii: "\""))
    }
}
