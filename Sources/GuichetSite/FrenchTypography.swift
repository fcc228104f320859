/// The no-break spaces French typography wants around `: ; ! ? « »`, applied to prose so that editors can
/// type ordinary spaces and a line never starts with a lone colon or closing guillemet. Only text nodes
/// go through it: code is left exactly as written.
enum FrenchTypography {
    static let nbsp: Character = "\u{00A0}"

    static func apply(_ text: String) -> String {
        // A byte scan first: « and » are C2 AB and C2 BB in UTF-8, the others are ASCII.
        guard text.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F || $0 == 0xAB || $0 == 0xBB }) else {
            return text
        }
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
}
