internal import Foundation

/// Turns heading text into an `id`; see ``HTMLRenderer/slug(_:)``.
enum HeadingSlug {
    static func make(from text: String) -> String {
        var slug = ""
        var pendingSeparator = false
        // Canonical decomposition splits "é" into "e" and a combining accent, which is dropped.
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            let kept: String?
            switch scalar {
            // Letters that do not decompose but have a usual ASCII spelling.
            case "œ": kept = "oe"
            case "æ": kept = "ae"
            case "ß": kept = "ss"
            case "ø": kept = "o"
            case "đ": kept = "d"
            case "ł": kept = "l"
            default:
                let isWordCharacter = scalar.isASCII
                    ? (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
                    : (properties.isAlphabetic || properties.numericType == .decimal)
                kept = isWordCharacter ? String(scalar) : nil
            }
            guard let kept else {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !slug.isEmpty { slug += "-" }
            pendingSeparator = false
            slug += kept
        }
        return slug.isEmpty ? "section" : slug
    }
}
