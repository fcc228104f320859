import GuichetContent

/// One `{{ … }}` tag of a template, as the theme check reads it: its sigil, the name inside, and where it is.
/// swift-mustache parses templates for rendering but does not expose its tree, so this reads the tags again:
/// the theme check reads the tags alone, and `MustacheTree` builds the compiled templates' tree from the same
/// tags and the text between them (one reading of a template's tags, not two).
package struct MustacheTag: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// `{{ name }}`, `{{{ name }}}`, `{{& name }}`
        case variable
        /// `{{# name }}`
        case section
        /// `{{^ name }}`
        case inverted
        /// `{{/ name }}`
        case close
        /// `{{> name }}`
        case partial
        /// `{{< name }}`: a parent template (layout inheritance).
        case parent
        /// `{{$ name }}`: a block a parent defines and a child may replace.
        case block
        /// `{{= <% %> =}}`: a change of delimiters, after which this reading (and the theme check) would no
        /// longer see the tags; refused in themes.
        case delimiters
        /// Comments and pragmas: nothing to check.
        case other
    }

    package let kind: Kind
    package let name: String
    package let position: SourcePoint
    /// `{{{ name }}}` or `{{& name }}`: printed without escaping.
    package let unescaped: Bool
    /// Where the tag is in the text's unicode scalars, from its `{{` to after its closing `}}` (or `}}}`).
    package let scalars: Range<Int>

    package init(kind: Kind, name: String, position: SourcePoint, unescaped: Bool = false, scalars: Range<Int> = 0..<0) {
        self.kind = kind
        self.name = name
        self.position = position
        self.unescaped = unescaped
        self.scalars = scalars
    }

    /// Two tags are the same tag when they say the same at the same place: the scalar range follows from the
    /// position in a given text, and tests write tags without it.
    package static func == (lhs: MustacheTag, rhs: MustacheTag) -> Bool {
        (lhs.kind, lhs.name, lhs.position, lhs.unescaped) == (rhs.kind, rhs.name, rhs.position, rhs.unescaped)
    }

    /// The tags of `text`, in order. Delimiters are the standard ones: guichet's templates do not change them.
    package static func scan(_ text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        let scalars = Array(text.unicodeScalars)
        var (i, line, lineStart) = (0, 1, 0)
        func advance(to end: Int) {
            while i < end {
                if scalars[i] == "\n" { line += 1; lineStart = i + 1 }
                i += 1
            }
        }
        while i + 1 < scalars.count {
            guard scalars[i] == "{", scalars[i + 1] == "{" else { advance(to: i + 1); continue }
            let position = SourcePoint(line: line, column: i - lineStart + 1)
            let triple = i + 2 < scalars.count && scalars[i + 2] == "{"
            let start = i + (triple ? 3 : 2)
            guard let close = find(["}", "}"], in: scalars, from: start) else { break }
            var inside = String(String.UnicodeScalarView(scalars[start..<close])).trimmingCharacters(in: .whitespacesAndNewlines)
            var kind = Kind.variable
            var sigilWasAmpersand = false
            if !triple, let sigil = inside.first {
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "&": kind = .variable; sigilWasAmpersand = true
                case "=": kind = .delimiters
                case "!", "%": kind = .other
                default: break
                }
                if kind != .variable || sigilWasAmpersand { inside = String(inside.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            let unescaped = triple || sigilWasAmpersand
            let end = close + (triple && close + 2 < scalars.count && scalars[close + 2] == "}" ? 3 : 2)
            tags.append(MustacheTag(kind: kind, name: inside, position: position, unescaped: unescaped, scalars: i..<end))
            advance(to: end)
        }
        return tags
    }

    /// Where `needle` starts at or after `start`. Compared in place: an array made at each position to compare
    /// was most of reading a theme's tags, which a build does three times per template.
    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        var j = start
        while j + needle.count <= scalars.count {
            if scalars[j] == first, needle.indices.allSatisfy({ scalars[j + $0] == needle[$0] }) { return j }
            j += 1
        }
        return nil
    }

    /// The name a tag reads, without its transforms: `empty(breadcrumbs)` reads `breadcrumbs`; `first()` reads
    /// the position in the current list, which is always there.
    package var readName: String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else { return name }
        return String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
