import Mustache

/// How templates escape `{{ value }}`: the five characters swift-mustache's HTML content type escapes, with
/// the same entities, found on UTF-8 bytes.
///
/// Two reasons to replace the dependency's own: it compares `Character`s, so a `"` followed by a
/// combining mark is one `Character` that is not `"` and goes out unescaped, inside an attribute value
/// (`title="…"`); and it was a tenth of a large build's time. `Theme` starts every template with the
/// pragma that selects this one.
struct HTMLEscapingContentType: MustacheContentType {
    static let name = "GUICHET_HTML"
    /// Put before every template's text: selects this content type for it. On a line of its own, which a
    /// standalone tag removes whole, so that the template's own first line stays standalone or not as written.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registered once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscapingContentType(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
