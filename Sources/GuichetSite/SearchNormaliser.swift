import Foundation

/// Turns French text into search terms: accents folded, lower case, light stemming of plurals and of the
/// final « e », so that « rétractation », « retractation » and « Rétractations » meet. The site's script
/// applies exactly the same steps to what the reader types (Themes/default/assets/site.js); change both.
enum SearchNormaliser {
    static func terms(_ text: String) -> [String] {
        tokens(text).map(stem)
    }

    /// NFD, combining marks dropped, lower case, œ/æ spelled out, split on anything but [a-z0-9], tokens of
    /// at least two characters.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() {
            if current.count >= 2 { tokens.append(current) }
            current = ""
        }
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x61...0x7A, 0x30...0x39: current.unicodeScalars.append(scalar)
            case 0x153: current += "oe"
            case 0xE6: current += "ae"
            default: flush()
            }
        }
        flush()
        return tokens
    }

    /// `aux` → `al` (« journaux »), a final `s` or `x` dropped, then a final `e` dropped.
    static func stem(_ token: String) -> String {
        var word = token
        if word.count > 4, word.hasSuffix("aux") {
            word = String(word.dropLast(3)) + "al"
        } else if word.count > 3, word.hasSuffix("s") || word.hasSuffix("x") {
            word.removeLast()
        }
        if word.count > 4, word.hasSuffix("e") { word.removeLast() }
        return word
    }
}
