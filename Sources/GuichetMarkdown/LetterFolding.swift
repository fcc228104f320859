internal import Foundation

/// How Guichet spells a letter in plain ASCII, decided once for heading anchors, search terms and the words
/// the figure check reads: lower case, accents dropped (« é » → `e`), and the letters that do not decompose
/// spelled as French and German write them without their ligature or stroke: « œ » → `oe`, « æ » → `ae`,
/// « ß » → `ss`, « ø » → `o`, « đ » → `d`, « ł » → `l`.
public enum LetterFolding {
    static let spelled: [Unicode.Scalar: String] = ["œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"]

    /// The ASCII spelling of one scalar: lower-case letters and digits; "" for a combining mark (it adds
    /// nothing); nil for anything else: a separator, or a letter with no ASCII spelling (Greek, Cyrillic…).
    public static func ascii(_ scalar: Unicode.Scalar) -> String? {
        // Latin letters from a table made by the general way below: lowering and decomposing one letter
        // through Foundation at a time was half a percent of a full build (the prose words, the search).
        if scalar.value < Table.limit { return Table.spellings[Int(scalar.value)] }
        return spell(scalar)
    }

    /// `ascii` without the table: the definition, which the table is made from.
    static func spell(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let value = scalar.value | (scalar.value >= 0x41 && scalar.value <= 0x5A ? 0x20 : 0)
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) ? String(UnicodeScalar(UInt8(value))) : nil
        }
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        var out = ""
        for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if part.properties.generalCategory == .nonspacingMark { continue }
            if let spelled = spelled[part] {
                out += spelled
            } else if part.isASCII, (0x61...0x7A).contains(part.value) || (0x30...0x39).contains(part.value) {
                out.unicodeScalars.append(part)
            } else {
                return nil
            }
        }
        return out
    }

    enum Table {
        static let limit: UInt32 = 0x180
        static let spellings: [String?] = (0..<limit).map { Unicode.Scalar($0).flatMap(spell) }
    }
}
