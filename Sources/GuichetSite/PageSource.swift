import GuichetContent
import GuichetMarkdown

/// What the transformer needs to know about the page whose Markdown it rewrites.
struct PageSource: Sendable {
    let file: String
    /// Path under Content/ (`livraison/delais.md`, or `livraison/_index.md`), to resolve relative links.
    let contentPath: String
    let bodyLines: [Substring]
    let bodyLine: Int
    /// The rules the front-matter declares; nil for a category introduction, which declares none.
    let declaredRules: Set<String>?
    let isDraft: Bool

    init(article: Article) {
        file = article.file
        contentPath = article.contentPath
        bodyLines = article.bodyLines
        bodyLine = article.bodyLine
        declaredRules = Set(article.matter.rules.map(\.value))
        isDraft = article.matter.draft
    }

    init(category: Category) {
        file = category.file
        contentPath = "\(category.slug)/_index.md"
        bodyLines = category.bodyLines
        bodyLine = category.bodyLine
        declaredRules = nil
        isDraft = false
    }

    /// The file position of a node's start: the line and the character column.
    func point(_ position: SourcePosition?) -> SourcePoint {
        guard let position else { return SourcePoint(line: bodyLine, column: 1) }
        let index = position.line - 1
        let column = bodyLines.indices.contains(index)
            ? position.characterColumn(in: bodyLines[index])
            : position.column
        return SourcePoint(line: bodyLine + index, column: column)
    }

    /// The position of `snippet` on the line of `position`, searched from its column: cmark's inline
    /// columns are approximate after escapes and autolinks, the text itself is not.
    func point(of snippet: String, near position: SourcePosition?, offset: Int) -> SourcePoint {
        let start = point(position)
        let index = start.line - bodyLine
        guard bodyLines.indices.contains(index) else { return start }
        let line = Array(bodyLines[index])
        let needle = Array(snippet)
        let from = max(0, start.column - 1)
        if !needle.isEmpty, line.count >= needle.count {
            for i in from...(line.count - needle.count) where Array(line[i..<(i + needle.count)]) == needle {
                return SourcePoint(line: start.line, column: i + 1)
            }
        }
        return SourcePoint(line: start.line, column: start.column + offset)
    }
}
