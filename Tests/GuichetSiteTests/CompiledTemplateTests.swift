import Foundation
@testable import GuichetRender
@testable import GuichetSite
import Mustache
import Testing

/// The compiled templates against swift-mustache, their reference: the fixture sites built with each give the
/// same bytes, every page of every kind; the tricky parts of Mustache (standalone lines, partial indentation,
/// inherited blocks, inverted sections, names found up the context, escaping) and generated templates render
/// the same with both.
struct CompiledTemplateTests {
    // MARK: - The fixture sites, whole

    @Test func theDefaultThemeIsCompiledWhole() throws {
        let (theme, diagnostics) = Theme.load(themesDirectory: Paths.themes, name: "default")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        let loaded = try #require(theme)
        // Nothing falls back: the differential test below compares the compiled form of every page template.
        #expect(loaded.compiled.fallbacks == [])
    }

    @Test(arguments: GoldenSiteTests.fixtures)
    func buildsWithEitherEngineAreIdentical(fixture: String) throws {
        let temporary = try TemporaryFolder("compiled-\(fixture)")
        defer { temporary.remove() }
        let content = Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("Content").path
        for (engine, folder) in [(TemplateEngine.reference, "reference"), (.compiled, "compiled")] {
            var options = buildOptions(content: content, output: temporary.sub(folder))
            options.templateEngine = engine
            let report = try SiteBuilder(options: options).build()
            #expect(report.published)
        }
        let pages = relativeFiles(in: temporary.sub("reference")).filter { $0.hasSuffix(".html") }
        // Every page template: home, categories, articles, rules, news, accessibility, the form, the legal
        // notices, 404 and the alias pages.
        let kinds = Set(pages.compactMap { page -> String? in
            let html = readText(temporary.sub("reference") + "/" + page)
            if html.contains("http-equiv=\"refresh\"") { return "alias" }
            guard let range = html.range(of: "<body class=\"page-") else { return nil }
            return String(html[range.upperBound...].prefix { $0 != "\"" })
        })
        #expect(kinds.count >= ThemePages.types.count, "page kinds rendered: \(kinds.sorted())")
        if let difference = firstDifference(expected: temporary.sub("reference"), actual: temporary.sub("compiled")) {
            Issue.record("fixture '\(fixture)', compiled against swift-mustache: \(difference)")
        }
    }

    // MARK: - Cases

    /// What both render for `page` with `templates` (the page's template is `page`); the compiled form is nil
    /// when it leaves the template to swift-mustache.
    static func render(_ templates: [String: String], _ page: TestPage = .sample) throws -> (reference: String, compiled: String?) {
        HTMLEscapingContentType.registered
        var library = MustacheLibrary()
        for (name, text) in templates {
            library.register(try MustacheTemplate(string: HTMLEscapingContentType.pragma + text), named: name)
        }
        let reference = try #require(library.render(page, withTemplate: TestPage.template))
        let compiler = TemplateCompiler(trees: templates.mapValues { MustacheTree.parse($0) })
        let compiled = compiler.compile(page: TestPage.template, for: TestPage.self).map { body in
            var html = ""
            body(page, &html)
            return html
        }
        return (reference, compiled)
    }

    static func expectSame(_ templates: [String: String], _ page: TestPage = .sample,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (reference, compiled) = try render(templates, page)
        #expect(compiled != nil, "not compiled: \(templates)", sourceLocation: sourceLocation)
        #expect(compiled == reference, "\(templates)", sourceLocation: sourceLocation)
    }

    static func page(_ text: String, partials: [String: String] = [:]) -> [String: String] {
        partials.merging([TestPage.template: text]) { $1 }
    }

    @Test(arguments: [
        "a\n  {{#flag}}  \nb\n  {{/flag}}\nc\n",
        "{{! a comment }}\nx\n  {{! another }}  \ny\n\t{{!c}}",
        "x {{#flag}}\ny{{/flag}} z\n",
        // The closing line is judged with the state the opening left: swift-mustache's, kept.
        "{{#flag}}\nx{{/flag}}{{#flag}}\ny\n{{/flag}}\n",
        "  {{#items}}\n  - {{name}}\n  {{/items}}\n  end  ",
        "{{#flag}}   {{/flag}}\n  \n\t\n",
        "line\n   {{^flag}}\n   no\n   {{/flag}}   \nlast",
        "{{#items}}{{name}}{{/items}}\n{{#items}}\n{{name}}\n{{/items}}",
        "   {{title}}   \n  {{{body}}}\n{{&title}}  \n",
    ])
    func standaloneLines(template: String) throws { try Self.expectSame(Self.page(template)) }

    @Test(arguments: [
        "a\n  {{> p }}\nb\n",
        "a\n\t{{> p }}  \nb",
        "x {{> p }} y\n",
        "  {{> q }}\n",
        "{{#items}}\n    {{> p }}\n{{/items}}\n",
    ])
    func partialIndentation(template: String) throws {
        try Self.expectSame(Self.page(template, partials: [
            "p": "l1\nl2 {{title}}\n{{#items}}\n- {{name}}\n  {{#tags}}{{.}}\n{{/tags}}\n{{/items}}\nlast",
            "q": "q1\n  {{> p }}\nq2\n",
        ]))
    }

    @Test(arguments: [
        "{{^none}}no items{{/none}}|{{^items}}items{{/items}}",
        "{{^no_words}}\nnone\n{{/no_words}}{{^words}}words{{/words}}",
        "{{^missing}}shown{{/missing}}{{#missing}}hidden{{/missing}}",
        "{{^empty(items)}}some{{/empty(items)}}{{#empty(none)}}empty{{/empty(none)}}",
        "{{^item}}never{{/item}}{{^title}}never{{/title}}{{^count}}never{{/count}}",
        "{{#none}}never{{/none}}{{#no_words}}never{{/no_words}}",
    ])
    func invertedSections(template: String) throws { try Self.expectSame(Self.page(template)) }

    @Test(arguments: [
        // `title` of the item hides the page's; `count` is found on the page, further out.
        "{{#items}}{{name}} {{title}} {{count}} {{item.name}}{{#on}}+{{/on}}{{^on}}-{{/on}}\n{{/items}}",
        "{{#items}}{{#tags}}[{{.}}|{{name}}|{{title}}]{{/tags}}{{/items}}",
        "{{#item}}{{#items}}{{name}}/{{item.name}}{{/items}}{{/item}}",
        "{{item.name}} {{item.missing}} {{missing.name}} {{#item.tags}}<{{.}}>{{/item.tags}}",
        "{{#title}}[{{.}}]{{/title}}{{#count}}[{{.}}]{{/count}}{{#flag}}{{title}}{{/flag}}",
        "{{count}} {{flag}} {{{count}}} {{{flag}}}",
    ])
    func namesFoundUpTheContext(template: String) throws { try Self.expectSame(Self.page(template)) }

    @Test func escapingIsGuichets() throws {
        var page = TestPage.sample
        // `=` and the backtick are not escaped (nor by swift-mustache's own content type); a quote followed by
        // a combining accent is, on the bytes.
        page.title = "& < > \" ' = ` e\u{301} \"\u{301} '\u{301}"
        try Self.expectSame(Self.page("{{title}}|{{{title}}}|{{&title}}|{{body}}|{{{body}}}|{{#words}}{{.}}{{/words}}"), page)
        let (reference, _) = try Self.render(Self.page("{{title}}"), page)
        #expect(reference == "&amp; &lt; &gt; &quot; &#39; = ` e\u{301} &quot;\u{301} &#39;\u{301}")
    }

    @Test func inheritedBlocks() throws {
        let layout = "<title>{{$ title }}{{title}} — site{{/ title }}</title>\n{{> header }}\n<main>\n{{$ main }}{{/ main }}\n</main>\n"
        let header = "<header>\n{{$ search }}\n{{< form }}{{$ variant }}top{{/ variant }}{{/ form }}\n{{/ search }}\n</header>\n"
        let form = "<form class=\"{{$ variant }}default{{/ variant }}\">{{count}}</form>\n"
        try Self.expectSame(Self.page("{{< layout }}\n{{$ main }}\n<p>{{title}}</p>\n{{< form }}{{$ variant }}main{{/ variant }}{{/ form }}\n{{/ main }}\n{{/ layout }}\n",
                                      partials: ["layout": layout, "header": header, "form": form]))
        try Self.expectSame(Self.page("{{< layout }}\n{{$ title }}Home{{/ title }}\n{{$ search }}{{/ search }}\n{{$ main }}\n{{#items}}\n<li>{{name}}</li>\n{{/items}}\n{{/ main }}\n{{/ layout }}",
                                      partials: ["layout": layout, "header": header, "form": form]))
        try Self.expectSame(Self.page("before\n  {{< layout }}\n  {{/ layout }}\nafter {{$ main }}own{{/ main }}",
                                      partials: ["layout": layout, "header": header, "form": form]))
    }

    @Test func whatIsNotModelledFallsBack() throws {
        for template in ["{{=<% %>=}}<% title %>", "{{.}}", "{{#items}}{{.}}{{/items}}", "{{words}}", "{{first(items)}}",
                         "{{#items}}{{first()}}{{/items}}", "{{.title}}", "{{body.html}}", "{{> *title }}", "a\rb"] {
            let (_, compiled) = try Self.render(Self.page(template))
            #expect(compiled == nil, "\(template)")
        }
        // A template that includes itself (here where the data stops it) is not inlined for ever.
        let (reference, compiled) = try Self.render(Self.page("a{{#none}}{{> page }}{{/none}}b"))
        #expect(reference == "ab")
        #expect(compiled == nil)
    }

    // MARK: - Generated templates

    @Test func generatedTemplatesRenderTheSame() throws {
        var generator = TemplateGenerator(seed: 20261207)
        var compiledCount = 0
        for _ in 0..<1000 {
            let templates = [TestPage.template: generator.page(), "p": generator.template(depth: 2, partials: false, blocks: true)]
            // Generated templates are well formed; one swift-mustache would not parse is a generator's bug.
            let (reference, compiled) = try Self.render(templates)
            if let compiled {
                compiledCount += 1
                #expect(compiled == reference, "\(templates)")
            }
        }
        // The generator uses only what the compiler models.
        #expect(compiledCount == 1000)
    }
}

/// A page with a key of every kind, for the cases above.
struct TestPage: ThemePage {
    static let template = "page"
    var title: String
    var body: SafeHTML
    var flag: Bool
    var count: Int
    var words: [String]
    var item: Item
    var items: [Item]

    struct Item: ThemeValue {
        let name: String
        let title: String
        let on: Bool
        let tags: [String]

        static let contract = ThemeContract<Item>("Item", "An item.", [
            .text("name", "") { $0.name },
            .text("title", "") { $0.title },
            .flag("on", "") { $0.on },
            .texts("tags", "") { $0.tags },
        ])
    }

    static let contract = ThemeContract<TestPage>("TestPage", "A page.", [
        .text("title", "") { $0.title },
        .html("body", "") { $0.body },
        .flag("flag", "") { $0.flag },
        .number("count", "") { $0.count },
        .texts("words", "") { $0.words },
        .texts("no_words", "") { _ in [] },
        .object("item", "") { $0.item },
        .list("items", "") { $0.items },
        .list("none", "") { _ in [Item]() },
    ])

    static let sample = TestPage(
        title: "Titre <b>&</b>", body: SafeHTML(writtenByGuichet: "<p>corps & \"âme\"</p>"), flag: true, count: 3,
        words: ["un", "deux <2>"], item: Item(name: "objet", title: "Objet", on: false, tags: ["x"]),
        items: [Item(name: "a", title: "A's", on: true, tags: ["t1", "t2"]), Item(name: "b", title: "B", on: false, tags: [])])
}

/// Random well-formed templates from the constructs the compiler models, with the whitespace and line breaks
/// that make tags standalone or not.
struct TemplateGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(next() % UInt64(choices.count))] }

    /// A page template: plain, or a child of `p` that gives some of its blocks, with indented lines (which
    /// swift-mustache reads in its own way inside a parent's blocks).
    mutating func page() -> String {
        guard next() % 3 == 0 else { return template(depth: 3, partials: true) }
        var text = pick(["", "x\n", "  "]) + "{{< p }}" + pick(["", "\n"])
        for block in ["b1", "b2"] where next() % 3 != 0 {
            text += pick(["", "  ", "\n", "\t"]) + "{{$ \(block) }}" + pick(["", "\n", "  \n"])
            // Not `{{> p }}`: a block that includes its parent again recurses for ever, in swift-mustache too.
            text += template(depth: 2, partials: false) + pick(["", "\n", "\n  "]) + "{{/ \(block) }}" + pick(["", "\n"])
        }
        return text + "{{/ p }}" + pick(["", "\n", " y"])
    }

    /// `inWords`: inside a section over a list of texts, where `{{ . }}` is a text; `blocks`: with blocks
    /// (`{{$ b1 }}`) a child may replace.
    mutating func template(depth: Int, partials: Bool, blocks: Bool = false, inWords: Bool = false) -> String {
        var text = ""
        for _ in 0..<Int(next() % 10) {
            text += pick(["", " ", "  ", "\t", "\n", "\n", "\n  ", "\n\t", "x", "é", " y ", "<&>"])
            switch next() % 12 {
            case 0, 1: text += pick(["{{title}}", "{{ count }}", "{{{body}}}", "{{& title }}", "{{flag}}", "{{item.name}}", "{{name}}", "{{missing}}"])
            case 2: text += inWords ? "{{.}}" : "{{title}}"
            case 3: text += pick(["{{! note }}", "{{!\nmulti\n}}"])
            case 4 where partials: text += "{{> p }}"
            case 8...9 where blocks:
                let block = pick(["b1", "b2"])
                text += "{{$ \(block) }}" + pick(["", "\n", "  \n"]) + template(depth: depth - 1, partials: false) + pick(["", "\n"]) + "{{/ \(block) }}"
            case 5...7 where depth > 0:
                let (open, name, words) = pick([("#", "flag", false), ("^", "flag", false), ("#", "items", false), ("^", "none", false),
                                                 ("#", "words", true), ("^", "no_words", false), ("#", "item", false), ("^", "missing", false),
                                                 ("#", "empty(none)", false), ("^", "empty(items)", false), ("#", "on", false)])
                let inner = template(depth: depth - 1, partials: partials, blocks: blocks, inWords: words)
                text += "{{\(open)\(name)}}" + pick(["", "\n", "  \n"]) + inner + pick(["", "\n", " "]) + "{{/\(name)}}"
            default: break
            }
        }
        return text
    }
}
