import GuichetContent

/// One `{{ … }}` tag of a template, as the theme check reads it: its sigil, the name inside, and where it is.
/// swift-mustache parses templates for rendering but does not expose its tree, so this reads the tags again;
/// it does not need to understand more than names and sections.
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

    package init(kind: Kind, name: String, position: SourcePoint, unescaped: Bool = false) {
        self.kind = kind
        self.name = name
        self.position = position
        self.unescaped = unescaped
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
            tags.append(MustacheTag(kind: kind, name: inside, position: position, unescaped: unescaped))
            advance(to: close + (triple && close + 2 < scalars.count && scalars[close + 2] == "}" ? 3 : 2))
        }
        return tags
    }

    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j + needle.count <= scalars.count {
            if Array(scalars[j..<j + needle.count]) == needle { return j }
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
