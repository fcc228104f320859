import GuichetMarkdown

/// Compiles parsed templates into closures over the typed page values: every name resolved to its key's
/// accessor once, here, where swift-mustache looks it up by string and casts what it finds at every tag of
/// every page. It renders what swift-mustache renders (Template+Render.swift), byte for byte; wherever it
/// cannot be sure of that (a construct or a value it does not model), it returns nil and the template is
/// rendered by swift-mustache.
package struct TemplateCompiler {
    /// The theme's templates by name; nil for one `MustacheTree` does not model.
    package let trees: [String: [MustacheNode]?]
    /// Partials are compiled where they are included: templates that include each other several times over
    /// would make that exponential, and are left to swift-mustache past this many nodes (the default theme
    /// compiles in a few thousand). Each page template has its own: one heavy template must not send the pages
    /// compiled after it to swift-mustache.
    private static let nodeBudget = 1_000_000
    private let budget = Budget(nodes: nodeBudget)

    private final class Budget {
        var nodes: Int
        init(nodes: Int) { self.nodes = nodes }
    }

    /// Partials within partials beyond this are taken for a template that includes itself.
    private static let maximumDepth = 32

    package init(trees: [String: [MustacheNode]?]) { self.trees = trees }

    /// The page template `name` compiled for `Page`, or nil when swift-mustache must render it.
    package func compile<Page: ThemeValue>(page name: String, for type: Page.Type) -> TemplateRender<Page>? {
        guard case let nodes?? = trees[name] else { return nil }
        budget.nodes = Self.nodeBudget
        return compile(nodes, in: TemplateScope(frames: [.page(Page.self)]), unit: .page)
    }

    /// One render of a template by swift-mustache (`render(context:)`): its nodes in turn, and, when the
    /// context is indented, the indentation before any non-empty piece that starts after a line break.
    package func compile<Context>(_ nodes: [MustacheNode], in scope: TemplateScope<Context>, unit: TemplateUnit) -> TemplateRender<Context>? {
        let indented = unit.indentation.map { !$0.isEmpty } ?? false
        var compiled: [TemplateRender<Context>] = []
        // Without indentation, text nodes next to each other are one append (the parser splits text at every
        // line); with it, each is a piece of its own, as swift-mustache judges indentation piece by piece.
        var text = ""
        for node in nodes {
            if !indented, case .text(let more) = node {
                text += more
                continue
            }
            guard let piece = compile(node, in: scope, unit: unit) else { return nil }
            guard let render = piece.render else { continue }
            if !text.isEmpty { compiled.append(Self.append(text)); text = "" }
            compiled.append(render)
        }
        if !text.isEmpty { compiled.append(Self.append(text)) }
        let pieces = compiled
        if let indentation = unit.indentation, indented {
            return { context, out in
                var rendered = ""
                for piece in pieces {
                    var text = ""
                    piece(context, &text)
                    if !text.isEmpty, rendered.last == "\n" { rendered += indentation }
                    rendered += text
                }
                out += rendered
            }
        }
        return Self.sequence(pieces[...])
    }

    private static func append<Context>(_ text: String) -> TemplateRender<Context> { { _, out in out += text } }

    /// The pieces in turn, as a tree of closures that call the two they hold: calling each element of an
    /// array of closures would retain and release it every time.
    private static func sequence<Context>(_ pieces: ArraySlice<TemplateRender<Context>>) -> TemplateRender<Context> {
        switch pieces.count {
        case 0: return { _, _ in }
        case 1: return pieces[pieces.startIndex]
        default:
            let middle = pieces.startIndex + pieces.count / 2
            let first = sequence(pieces[..<middle]), second = sequence(pieces[middle...])
            return { context, out in
                first(context, &out)
                second(context, &out)
            }
        }
    }

    /// A compiled node; `render` nil when it renders nothing whatever the page.
    private struct Piece<Context> { let render: TemplateRender<Context>? }

    private func compile<Context>(_ node: MustacheNode, in scope: TemplateScope<Context>, unit: TemplateUnit) -> Piece<Context>? {
        budget.nodes -= 1
        guard budget.nodes > 0 else { return nil }
        switch node {
        case .text(let text):
            return Piece(render: Self.append(text))
        case .variable(let name, let escaped):
            guard let read = scope.resolve(name) else { return Piece(render: nil) }
            return Self.variable(read, escaped: escaped).map { Piece(render: $0) }
        case .section(let name, let content):
            guard let read = scope.resolve(name) else { return Piece(render: nil) }
            return section(read, content, in: scope, unit: unit).map { Piece(render: $0) }
        case .inverted(let name, let content):
            // A name that reads nothing: the content, in the same context.
            guard let read = scope.resolve(name) else { return compile(content, in: scope, unit: unit).map { Piece(render: $0) } }
            return inverted(read, content, in: scope, unit: unit).map { Piece(render: $0) }
        case .partial(let name, let indentation, let blocks):
            guard unit.depth < Self.maximumDepth else { return nil }
            // swift-mustache renders a partial it does not have as nothing (the theme check refuses one).
            guard let template = trees[name] else { return Piece(render: nil) }
            guard let nodes = template else { return nil }
            var inner = unit
            if let indentation { inner.indentation = (unit.indentation ?? "") + indentation }
            // The outer template's blocks win over those of a parent it includes.
            if let blocks { inner.blocks = unit.blocks.map { $0.merging(blocks) { outer, _ in outer } } ?? blocks }
            inner.depth += 1
            return compile(nodes, in: scope, unit: inner).map { Piece(render: $0) }
        case .block(let name, let content, let indentation):
            var inner = unit
            inner.indentation = (unit.indentation ?? "") + indentation
            return compile(unit.blocks?[name] ?? content, in: scope, unit: inner).map { Piece(render: $0) }
        }
    }

    /// `{{ name }}` and `{{{ name }}}`: a text as it is, `SafeHTML` by its `html`, a number or a flag as Swift
    /// describes it; the escaping is guichet's (`HTMLEscapingContentType`, selected by the pragma Theme puts
    /// before every template).
    private static func variable<Context>(_ read: ThemeRead<Context>, escaped: Bool) -> TemplateRender<Context>? {
        switch read {
        case .text(let text):
            if escaped { return { $1 += HTMLEscaping.escaped(text($0)) } }
            return { $1 += text($0) }
        case .html(let html):
            if escaped { return { $1 += HTMLEscaping.escaped(html($0).html) } }
            return { $1 += html($0).html }
        case .number(let number):
            return { $1 += String(describing: number($0)) }
        case .flag(let flag):
            return { $1 += flag($0) ? "true" : "false" }
        case .texts, .object, .list, .unmodelled:
            return nil
        }
    }

    private func section<Context>(_ read: ThemeRead<Context>, _ content: [MustacheNode], in scope: TemplateScope<Context>,
                                  unit: TemplateUnit) -> TemplateRender<Context>? {
        switch read {
        case .flag(let flag):
            // A flag opens nothing: the content is rendered in the same context, when true.
            guard let body = compile(content, in: scope, unit: unit) else { return nil }
            return { context, out in if flag(context) { body(context, &out) } }
        case .text(let text):
            // Any text, even empty, is a value: swift-mustache renders the content with it on top.
            guard let body = compile(content, in: scope.pushing(TemplateFrame<TemplateChain<String, Context>>.opaque(.text { $0.value })),
                                     unit: unit) else { return nil }
            return { context, out in body(TemplateChain(text(context), context), &out) }
        case .number(let number):
            guard let body = compile(content, in: scope.pushing(TemplateFrame<TemplateChain<Int, Context>>.opaque(.number { $0.value })),
                                     unit: unit) else { return nil }
            return { context, out in body(TemplateChain(number(context), context), &out) }
        case .texts(let texts):
            guard let body = compile(content, in: scope.pushing(TemplateFrame<TemplateChain<String, Context>>.opaque(.text { $0.value })),
                                     unit: unit) else { return nil }
            return { context, out in
                for text in texts(context) { body(TemplateChain(text, context), &out) }
            }
        case .object(let nested), .list(let nested):
            return nested.section(content, in: scope, unit: unit, compiler: self)
        case .html, .unmodelled:
            return nil
        }
    }

    private func inverted<Context>(_ read: ThemeRead<Context>, _ content: [MustacheNode], in scope: TemplateScope<Context>,
                                   unit: TemplateUnit) -> TemplateRender<Context>? {
        switch read {
        case .flag(let flag):
            guard let body = compile(content, in: scope, unit: unit) else { return nil }
            return { context, out in if !flag(context) { body(context, &out) } }
        case .text, .number, .html:
            // A value is there: nothing.
            return { _, _ in }
        case .texts(let texts):
            guard let body = compile(content, in: scope.pushing(TemplateFrame<TemplateChain<[String], Context>>.opaque()),
                                     unit: unit) else { return nil }
            return { context, out in
                let items = texts(context)
                if items.isEmpty { body(TemplateChain(items, context), &out) }
            }
        case .object(let nested), .list(let nested):
            return nested.inverted(content, in: scope, unit: unit, compiler: self)
        case .unmodelled:
            return nil
        }
    }
}
