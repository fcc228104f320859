internal import Foundation

/// Turns heading text into an `id`; see ``HTMLRenderer/slug(_:)``.
enum HeadingSlug {
    static func make(from text: String) -> String {
        var slug = ""
        var pendingSeparator = false
        // Letters are spelled as `LetterFolding` decides; a letter with no ASCII spelling (Greek, Cyrillic)
        // is kept as it is, lower case: an id may hold it, and a heading of such letters needs an id too.
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let kept = LetterFolding.ascii(scalar)
                ?? (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal ? String(scalar) : nil)
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
