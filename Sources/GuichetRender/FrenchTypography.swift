import GuichetMarkdown

/// The no-break spaces French typography wants around `: ; ! ? « »`, applied to prose so that editors can
/// type ordinary spaces and a line never starts with a lone colon or closing guillemet. Only text nodes
/// go through it: code is left exactly as written.
public enum FrenchTypography {
    package static let nbsp: Character = "\u{00A0}"

    public static func apply(_ text: String) -> String {
        // A byte scan first: « and » are C2 AB and C2 BB in UTF-8, the others are ASCII.
        guard text.utf8Contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F || $0 == 0xAB || $0 == 0xBB }) else {
            return text
        }
        if text.unicodeScalars.allSatisfy(\.isOwnCharacter) { return applyOnBytes(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " ", i + 1 < chars.count, [":", ";", "!", "?", "»"].contains(chars[i + 1]) {
                out.append(nbsp)
            } else if c == "«", i + 1 < chars.count, chars[i + 1] == " " {
                out.append(c)
                out.append(nbsp)
                i += 1
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// `apply` on the UTF-8 bytes, for a text whose scalars are characters of their own and equal to no
    /// other (`isOwnCharacter`: French prose), where comparing characters is comparing scalars. Every page
    /// text goes through `apply`, and building an array of characters for each was most of its time.
    private static func applyOnBytes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x20, i + 1 < bytes.count, isTightAfter(bytes, i + 1) {
                out += [0xC2, 0xA0] // no-break space instead of the space
                i += 1
            } else if bytes[i] == 0xC2, i + 2 < bytes.count, bytes[i + 1] == 0xAB, bytes[i + 2] == 0x20 {
                out += [0xC2, 0xAB, 0xC2, 0xA0] // « and a no-break space instead of the space
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the character at `i` is `:`, `;`, `!`, `?` or `»` (C2 BB).
    private static func isTightAfter(_ bytes: [UInt8], _ i: Int) -> Bool {
        switch bytes[i] {
        case 0x3A, 0x3B, 0x21, 0x3F: return true
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xBB
        default: return false
        }
    }
}
