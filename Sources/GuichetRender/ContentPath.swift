/// Paths between Markdown files under Content/, as editors write them in links (`../livraison/delais.md`).
package enum ContentPath {
    /// `https:`, `mailto:`, `tel:`: anything with a scheme is not a file path.
    package static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return link.hasPrefix("//") }
        let scheme = link[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    package static func splitFragment(_ link: String) -> (path: String, fragment: String?) {
        guard let hash = link.firstIndex(of: "#") else { return (link, nil) }
        return (String(link[..<hash]), String(link[link.index(after: hash)...]))
    }

    /// The content path that `link` names from the page at `from`; nil when it climbs out of Content/.
    package static func resolve(_ link: String, from: String) -> String? {
        // Split on bytes when every scalar is a character of its own (then the same cuts and comparisons as
        // by characters): splitting every link by characters was 2 % of a full build's samples (perf).
        guard link.ownCharacterCount != nil, from.ownCharacterCount != nil else { return resolveByCharacters(link, from: from) }
        let slash = UInt8(ascii: "/")
        var parts = from.utf8.split(separator: slash).dropLast().map(Substring.init)
        for component in link.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                continue
            }
            parts.append(Substring(component))
        }
        return parts.joined(separator: "/")
    }

    /// `resolve` by characters: the definition, and the way for a text with scalars that join into one character.
    package static func resolveByCharacters(_ link: String, from: String) -> String? {
        var parts = from.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// How to write a link from the page at `from` to the content path `to`.
    package static func relative(from: String, to: String) -> String {
        let fromDir = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromDir.count, common < toParts.count - 1, fromDir[fromDir.startIndex + common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromDir.count - common)
        return (ups + toParts[common...].map(String.init)).joined(separator: "/")
    }
}
