/// Appends text to HTML output with the characters that HTML would interpret replaced. The one escaper of
/// Guichet: the Markdown renderer, the templates' `{{ value }}`, the preview's error panel and the sitemap
/// use it, on UTF-8 bytes (a `"` followed by a combining mark is still escaped).
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` replaced: safe in element content and in any attribute value, and in XML.
    public static func escaped(_ text: String) -> String {
        guard text.utf8Contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var html = ""
        html.reserveCapacity(text.utf8.count + 16)
        append(text, to: &html, escapingApostrophe: true)
        return html
    }

    /// For element content: `&`, `<`, `>` and `"` (as cmark does).
    static func appendText(_ text: String, to html: inout String) {
        append(text, to: &html, escapingApostrophe: false)
    }

    /// For double-quoted attribute values: also `'`, so the value is safe whatever the quoting.
    static func appendAttribute(_ text: String, to html: inout String) {
        append(text, to: &html, escapingApostrophe: true)
    }

    /// For `href` and `src`: percent-encodes what is not allowed unencoded in a URL (non-ASCII,
    /// spaces, `"`, `<`, `[`, …) and keeps existing `%XX` escapes, like cmark's `houdini_escape_href`.
    static func appendURL(_ url: String, to html: inout String) {
        let utf8 = url.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 && urlSafeASCII[Int(byte)] {
                utf8.formIndex(after: &index)
                continue
            }
            html += url[runStart..<index]
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;"
            case UInt8(ascii: "'"): html += "&#39;"
            default:
                html.unicodeScalars.append("%")
                html.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                html.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
            utf8.formIndex(after: &index)
            runStart = index
        }
        html += url[runStart..<utf8.endIndex]
    }

    private static func append(_ text: String, to html: inout String, escapingApostrophe: Bool) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let replacement: String
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'") where escapingApostrophe: replacement = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            // The escaped characters are ASCII, so these UTF-8 indices are character boundaries.
            html += text[runStart..<index]
            html += replacement
            utf8.formIndex(after: &index)
            runStart = index
        }
        html += text[runStart..<utf8.endIndex]
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)

    /// ASCII bytes written as is in a URL. `&` and `'` are kept too, but as entities, so they are not listed.
    private static let urlSafeASCII: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for scalar in "-_.+!*(),%#@?=;:/$~".unicodeScalars { table[Int(scalar.value)] = true }
        for range in [UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                      UInt8(ascii: "0")...UInt8(ascii: "9")] {
            for byte in range { table[Int(byte)] = true }
        }
        return table
    }()
}
