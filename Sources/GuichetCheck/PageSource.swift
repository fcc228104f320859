import GuichetContent
import GuichetMarkdown

/// What the transformer needs to know about the page whose Markdown it rewrites.
package struct PageSource: Sendable {
    package let file: String
    /// Path under Content/ (`livraison/delais.md`, or `livraison/_index.md`), to resolve relative links.
    package let contentPath: String
    package let bodyLines: [Substring]
    package let bodyLine: Int
    /// The rules the front-matter declares; nil for a category introduction, which declares none.
    package let declaredRules: Set<String>?
    package let isDraft: Bool

    package init(article: Article) {
        file = article.file
        contentPath = article.contentPath
        bodyLines = article.bodyLines
        bodyLine = article.bodyLine
        declaredRules = Set(article.matter.rules.map(\.value))
        isDraft = article.matter.draft
    }

    package init(category: Category) {
        file = category.file
        contentPath = "\(category.slug)/_index.md"
        bodyLines = category.bodyLines
        bodyLine = category.bodyLine
        declaredRules = nil
        isDraft = false
    }

    /// The file position of a node's start: the line and the character column.
    package func point(_ position: SourcePosition?) -> SourcePoint {
        guard let position else { return SourcePoint(line: bodyLine, column: 1) }
        let index = position.line - 1
        let column = bodyLines.indices.contains(index)
            ? position.characterColumn(in: bodyLines[index])
            : position.column
        return SourcePoint(line: bodyLine + index, column: column)
    }

    /// The position of `snippet` on the line of `position`: its occurrence closest to where cmark's column
    /// and the offset put it. cmark's inline columns drift after escapes and autolinks; the text itself
    /// does not, and the closest occurrence keeps two identical snippets on one line apart.
    package func point(of snippet: String, near position: SourcePosition?, offset: Int) -> SourcePoint {
        let start = point(position)
        let expected = start.column - 1 + offset
        let index = start.line - bodyLine
        guard bodyLines.indices.contains(index), !snippet.isEmpty else {
            return SourcePoint(line: start.line, column: expected + 1)
        }
        let best = Self.closestOccurrence(of: snippet, in: bodyLines[index], to: expected)
        return SourcePoint(line: start.line, column: (best ?? expected) + 1)
    }

    /// The character offset in `line` of the occurrence of `snippet` closest to `expected` (the first of two
    /// equally close), comparing characters.
    package static func closestOccurrence(of snippet: String, in line: Substring, to expected: Int) -> Int? {
        // French prose is made of scalars that are characters of their own and equal to no other
        // (`isOwnCharacter`): then two runs of characters are equal exactly when their bytes are, and the
        // search needs no array of characters (it was made for every link, reference and figure).
        if snippet.unicodeScalars.allSatisfy(\.isOwnCharacter), line.unicodeScalars.allSatisfy(\.isOwnCharacter) {
            return closestOccurrenceByBytes(of: Array(snippet.utf8), in: Array(line.utf8), to: expected)
        }
        let line = Array(line)
        let needle = Array(snippet)
        var best: Int?
        if line.count >= needle.count {
            for i in 0...(line.count - needle.count) where line[i] == needle[0] && line[i..<(i + needle.count)].elementsEqual(needle) {
                if best == nil || abs(i - expected) < abs(best! - expected) { best = i }
            }
        }
        return best
    }

    /// The same search on UTF-8 bytes, counting scalars as characters.
    private static func closestOccurrenceByBytes(of needle: [UInt8], in bytes: [UInt8], to expected: Int) -> Int? {
        var best: Int?
        var character = -1
        var i = 0
        while i + needle.count <= bytes.count {
            // A scalar, here a character, starts at each byte that is not a UTF-8 continuation byte.
            if bytes[i] & 0xC0 != 0x80 {
                character += 1
                if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle),
                   best == nil || abs(character - expected) < abs(best! - expected) {
                    best = character
                }
            }
            i += 1
        }
        return best
    }
}
