import GuichetContent
import HelpCentreRules

/// Finds the names a theme's templates read that no page gives them: swift-mustache renders those as
/// nothing, so a typo (`{{ artcle.title }}`) would silently empty part of every page. Each page template is
/// followed with the value its page receives (see ThemePages), through its layout, partials and sections.
///
/// The same walk refuses `{{{ key }}}` and `{{& key }}` on anything but HTML that guichet wrote (`SafeHTML`):
/// printed unescaped, an editor's title « <img src=x onerror=…> » would run in every reader's browser. That
/// is an error, so the theme is refused and nothing is built with it. It fails closed: an unescaped tag passes
/// only when its name resolves, with certainty, to a `SafeHTML` key; a name this walk cannot follow (missing,
/// transformed, inside a section it could not follow) is refused, since where the walk's model and
/// swift-mustache's differ, the difference must not print text raw.
package struct TemplateKeyCheck {
    /// Template name → its file and text.
    package let sources: [String: (file: String, text: String)]

    /// What a section puts on top of the context: a value with keys, or a value without (a text, a list item
    /// that is a text), on which no name resolves.
    private enum Frame {
        case keys(ThemeSchema)
        case opaque
        /// Inside a section on a name already reported: it never renders, so nothing in it is reported again.
        case unknown
        /// Inside a section on a transform (`{{# last(breadcrumbs) }}`): what it opened is not followed; names
        /// inside are not reported, but nothing there counts as HTML.
        case uncertain

        package var isUnknown: Bool { if case .unknown = self { true } else { false } }
        package var isUnfollowed: Bool {
            switch self {
            case .unknown, .uncertain: true
            default: false
            }
        }
    }

    private struct Finding: Hashable {
        package let file: String
        package let position: SourcePoint
        package let name: String
    }

    package func check() -> [Diagnostic] {
        var findings: [Finding: (pages: Set<String>, suggestion: String?)] = [:]
        var unescaped: [Finding: Holding] = [:]
        // The pages that render each file: a key all of them lack is one no page gives.
        var reachedBy: [String: Set<String>] = [:]
        for (template, schema) in ThemePages.all where sources[template] != nil {
            var visited = Set<String>()
            walk(template, stack: [.keys(schema)], visited: &visited) { file in
                reachedBy[file, default: []].insert(template)
            } report: { finding, suggestion in
                findings[finding, default: ([], suggestion)].pages.insert(template)
            } reportUnescaped: { finding, kind in
                unescaped[finding] = kind
            }
        }
        let order: (Finding, Finding) -> Bool = {
            ($0.file, $0.position.line, $0.position.column, $0.name) < ($1.file, $1.position.line, $1.position.column, $1.name)
        }
        let errors = unescaped.keys.sorted(by: order).map { finding in
            Self.unescapedText(finding.name, holding: unescaped[finding]!, file: finding.file, at: finding.position)
        }
        return errors + findings.keys.sorted(by: order)
            .map { finding in
                let (pages, suggestion) = findings[finding]!
                let names = pages.sorted().map { "'\($0)'" }
                let missingFrom = pages == reachedBy[finding.file] ? "no page gives"
                    : names.count == 1 ? "the page \(names[0]) does not give"
                    : "the pages \(names.joined(separator: ", ")) do not give"
                return .warning(.invalidTemplate, finding.file, finding.position,
                    "'\(finding.name)' names a key that \(missingFrom); it renders as nothing",
                    fix: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "the built-in templates ('guichet theme eject') use the keys each page gives")
            }
    }

    /// What an unescaped tag was found to print.
    package enum Holding: Hashable {
        /// A key of that kind.
        case key(ThemeKeyKindName)
        /// `.`: the value the innermost section opened.
        case section
        /// A name the walk cannot show to be a `SafeHTML` key: missing, transformed, or inside a section it
        /// could not follow.
        case unknown
    }

    /// `ThemeKeyKind` without its schemas, to compare findings.
    package enum ThemeKeyKindName: Hashable { case text, html, flag, number, texts, object, list }

    /// The finding for `{{{ name }}}` on a value that is not HTML guichet wrote.
    package static func unescapedText(_ name: String, holding: Holding, file: String, at position: SourcePoint) -> Diagnostic {
        let holds = switch holding {
        case .key(.text): "is text"
        case .key(.number): "is a number"
        case .key(.flag): "is true or false"
        case .key(.texts): "is a list of texts"
        case .key(.object): "is a value with keys"
        case .key(.list): "is a list"
        case .key(.html): "is HTML"
        case .section: "is the value the section opened, not HTML that guichet wrote"
        case .unknown: "cannot be shown to be HTML that guichet wrote"
        }
        let what = holding == .section ? "'.'" : "'\(name)'"
        let fix = switch holding {
        case .key(.text), .key(.number): "write '{{ \(name) }}'"
        case .unknown: "write '{{ \(name) }}', or name an HTML key directly, outside transforms"
        default: "print one of its text keys with '{{ … }}'"
        }
        return .error(.invalidTemplate, file, position,
            "\(what) \(holds), which '{{{ }}}' and '{{& }}' print without escaping: an editor's '<script>' would run in the page",
            fix: fix + "; only HTML that guichet wrote (\(htmlKeys.joined(separator: ", "))) may be printed unescaped")
    }

    package static func name(of kind: ThemeKeyKind) -> ThemeKeyKindName {
        switch kind {
        case .text: .text
        case .html: .html
        case .flag: .flag
        case .number: .number
        case .texts: .texts
        case .object: .object
        case .list: .list
        }
    }

    /// The keys that hold `SafeHTML`, on any page: what a theme may print with `{{{ }}}`.
    package static let htmlKeys: [String] = {
        var names = Set<String>()
        var seen = Set<String>()
        func visit(_ schema: ThemeSchema) {
            guard seen.insert(schema.name).inserted else { return }
            for key in schema.allKeys {
                switch key.kind {
                case .html: names.insert(key.name)
                case .object(let inner), .list(let inner): visit(inner)
                default: break
                }
            }
        }
        for (_, schema) in ThemePages.all { visit(schema) }
        return names.sorted()
    }()

    private func walk(_ template: String, stack initial: [Frame], visited: inout Set<String>,
                      reached: (String) -> Void, report: (Finding, String?) -> Void,
                      reportUnescaped: (Finding, Holding) -> Void) {
        guard let (file, text) = sources[template] else { return }
        reached(file)
        // A template reached again with the same context has nothing new to say (and partials may recurse).
        let key = template + "|" + initial.map { frame in
            switch frame {
            case .keys(let schema): schema.name
            case .opaque: "·"
            case .unknown: "?"
            case .uncertain: "~"
            }
        }.joined(separator: ",")
        guard visited.insert(key).inserted else { return }
        var stack = initial
        var pushed: [Bool] = []
        for tag in MustacheTag.scan(text) {
            switch tag.kind {
            case .variable, .section, .inverted:
                let resolved = resolve(tag.readName, in: stack)
                if case .missing(let suggestion) = resolved {
                    report(Finding(file: file, position: tag.position, name: tag.name), suggestion)
                }
                if tag.unescaped {
                    let finding = Finding(file: file, position: tag.position, name: tag.name)
                    let followed = tag.readName == tag.name && !stack.contains(where: \.isUnfollowed)
                    switch resolved {
                    case .found(.html) where followed: break
                    case .found(let kind) where followed: reportUnescaped(finding, .key(Self.name(of: kind)))
                    // `.` is whatever the innermost section opened: never HTML (no key holds a list of it).
                    case .implicit where tag.readName == "." && followed: reportUnescaped(finding, .section)
                    default: reportUnescaped(finding, .unknown)
                    }
                }
                guard tag.kind != .variable else { break }
                if tag.kind == .section, case .missing = resolved {
                    stack.append(.unknown); pushed.append(true)
                } else if tag.kind == .section, tag.readName != tag.name {
                    stack.append(.uncertain); pushed.append(true)
                } else if tag.kind == .section, case .found(let kind) = resolved {
                    switch kind {
                    case .object(let schema), .list(let schema): stack.append(.keys(schema)); pushed.append(true)
                    case .flag: pushed.append(false)
                    default: stack.append(.opaque); pushed.append(true)
                    }
                } else {
                    pushed.append(false)
                }
            case .close:
                if let didPush = pushed.popLast(), didPush { stack.removeLast() }
            case .partial:
                walk(tag.name, stack: stack, visited: &visited, reached: reached, report: report, reportUnescaped: reportUnescaped)
            case .parent:
                walk(tag.name, stack: stack, visited: &visited, reached: reached, report: report, reportUnescaped: reportUnescaped)
                // Closed by `{{/ name }}` like a section, which must not close the section around it.
                pushed.append(false)
            case .block:
                pushed.append(false)
            case .other, .delimiters:
                break
            }
        }
    }

    private enum Resolution {
        case found(ThemeKeyKind)
        /// Always there: `.`, a list's position.
        case implicit
        case missing(suggestion: String?)
    }

    /// How swift-mustache finds `name`: its first part in the innermost value that has it, the rest inside.
    private func resolve(_ name: String, in stack: [Frame]) -> Resolution {
        if name == "." || name.isEmpty { return .implicit }
        if stack.contains(where: \.isUnfollowed) { return .implicit }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var kind: ThemeKeyKind?
        for frame in stack.reversed() {
            if case .keys(let schema) = frame, let key = schema.key(named: parts[0]) { kind = key.kind; break }
        }
        guard var current = kind else {
            // The closest key of the innermost value that has one: `titel` in an article is its `title`.
            for frame in stack.reversed() {
                if case .keys(let schema) = frame, let close = Suggestion.closest(to: parts[0], in: schema.allKeys.map(\.name)) {
                    return .missing(suggestion: close)
                }
            }
            return .missing(suggestion: nil)
        }
        for (index, part) in parts.enumerated().dropFirst() {
            guard case .object(let schema) = current, let key = schema.key(named: part) else {
                let prefix = parts[..<index].joined(separator: ".")
                guard case .object(let schema) = current,
                      let close = Suggestion.closest(to: part, in: schema.allKeys.map(\.name)) else { return .missing(suggestion: nil) }
                return .missing(suggestion: prefix + "." + close)
            }
            current = key.kind
        }
        return .found(current)
    }
}
