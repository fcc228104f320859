import Foundation
@testable import GuichetContent
@testable import GuichetRender
@testable import GuichetSite
import Testing

/// The theme contract: every key a page's type declares is the one its template reads, docs/themes.md
/// lists them all, and a template that reads a key no page gives is reported where it is.
struct ThemeContractTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func text(_ diagnostic: Diagnostic) -> String { DiagnosticFormat.text(diagnostic, sources: [:]) }

    @Test func docsThemesListsEveryKeyOfTheContract() throws {
        let path = Self.repository + "/docs/themes.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let begin = try #require(text.range(of: ThemeContractDocument.begin) ?? text.range(of: "GENERATED\n"))
        let endMarker = text.range(of: ThemeContractDocument.end) ?? text.range(of: "GENERATED\n")!
        let current = String(text[begin.lowerBound..<endMarker.upperBound])
        let generated = ThemeContractDocument.markdown()
        if ProcessInfo.processInfo.environment["GUICHET_RECORD"] == "1", current != generated {
            try text.replacingCharacters(in: begin.lowerBound..<endMarker.upperBound, with: generated)
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(current == generated, "docs/themes.md differs from the contract: GUICHET_RECORD=1 rewrites it")
    }

    @Test func theDefaultThemeReadsOnlyKeysItsPagesGive() {
        let (theme, diagnostics) = Theme.load(themesDirectory: Self.repository + "/Themes", name: "default")
        #expect(theme != nil)
        #expect(diagnostics.map(Self.text) == [])
    }

    @Test func everyDeclaredKeyAnswersAndNoOtherDoes() {
        let link = Layout.Link(title: "T", url: "/t/")
        let layout = Layout(site: .init(title: "S", description: "D", root: "/", baseURL: "https://a.fr/"),
                            assets: .init(css: "c", js: "j"), searchIndexURL: "i", live: .init(hoursURL: "h"),
                            page: .init(title: "P", description: "D", url: "/", canonicalURL: "https://a.fr/", kind: "article",
                                          markdownURL: "/index.md"),
                            jsonld: SafeHTML(writtenByGuichet: "{}"), breadcrumbs: [link], contact: .init(phoneDisplay: "p", phoneTel: "t", hoursText: "h",
                            formResponseText: "f", formURL: "u", socials: [], mediator: .init(nil)), footerLinks: [link],
                            news: .init(pageURL: "/nouveautes.html", feedURL: "https://a.fr/nouveautes.xml"),
                            accessibility: .init(pageURL: "/accessibilite.html", statusText: "non conforme"),
                            legalNoticeURL: "/mentions-legales.html")
        let article = ArticleData(title: "A", description: "D", bodyHTML: SafeHTML(writtenByGuichet: "<p>x</p>"), toc: [.init(id: "a", text: "A", level: 2)],
                                  related: [], reviewed: ("lundi", "2026-06-22"), rules: [], audienceLabel: "Acheteurs",
                                  category: link, feedbackURL: "f", calculators: [], notices: [], withdrawalFormURL: nil)
        let page = ArticlePage(layout: layout, article: article)
        for key in ArticlePage.schema.allKeys { #expect(page.child(named: key.name) != nil, "\(key.name)") }
        for key in ArticleData.schema.allKeys { #expect(article.child(named: key.name) != nil, "\(key.name)") }
        #expect(page.child(named: "artcle") == nil)
        #expect((page.child(named: "page") as? Layout.Page)?.title == "P")
        #expect(article.child(named: "has_toc") as? Bool == false)
        #expect(article.child(named: "reviewed_iso") as? String == "2026-06-22")
        // Names are unique within a type and its layout, or the index would hide one.
        for (template, schema) in ThemePages.all {
            let names = schema.allKeys.map(\.name)
            #expect(Set(names).count == names.count, "\(template)")
        }
    }

    @Test func aKeyNoPageGivesIsReportedWithItsPositionAndTheClosestKey() {
        let sources: [String: (file: String, text: String)] = [
            "article": ("t/article.mustache", "{{< layout }}{{$ main }}\n{{#article}}<h1>{{titel}}</h1>\n{{> avis }}{{/article}}{{/ main }}{{/ layout }}"),
            "layout": ("t/layout.mustache", "<title>{{page.titre}}</title>{{#breadcrumbs}}{{title}}{{#is_current}}!{{/is_current}}{{/breadcrumbs}}{{$ main }}{{/ main }}"),
            "avis": ("t/avis.mustache", "<a href=\"{{feedback_url}}\">{{article.category.url}}</a> {{^empty(breadcrumbs)}}{{/empty(breadcrumbs)}}"),
            "home": ("t/home.mustache", "{{< layout }}{{$ main }}{{#categories}}{{#articles}}{{audience_label}}{{category.title}}{{/articles}}{{/categories}}{{/ main }}{{/ layout }}"),
        ]
        let found = TemplateKeyCheck(sources: sources).check().map(Self.text)
        #expect(found == [
            "t/article.mustache:2:17: warning: 'titel' names a key that no page gives; it renders as nothing [invalid-template]\n  fix: did you mean 'title'? the built-in templates ('guichet theme eject') use the keys each page gives\n",
            "t/home.mustache:1:71: warning: 'category.title' names a key that no page gives; it renders as nothing [invalid-template]\n  fix: the built-in templates ('guichet theme eject') use the keys each page gives\n",
            "t/layout.mustache:1:8: warning: 'page.titre' names a key that no page gives; it renders as nothing [invalid-template]\n  fix: did you mean 'page.title'? the built-in templates ('guichet theme eject') use the keys each page gives\n",
        ])
    }

    @Test func aKeyOnlySomePagesGiveNamesThePagesThatLackIt() {
        let sources: [String: (file: String, text: String)] = [
            "article": ("t/article.mustache", "{{< layout }}{{/ layout }}"),
            "home": ("t/home.mustache", "{{< layout }}{{/ layout }}"),
            "layout": ("t/layout.mustache", "{{#article}}{{title}}{{/article}}"),
        ]
        #expect(TemplateKeyCheck(sources: sources).check().map(\.message) == [
            "'article' names a key that the page 'home' does not give; it renders as nothing",
        ])
    }

    @Test func tagsAreReadWithTheirSigilNameAndPosition() {
        let tags = MustacheTag.scan("a {{ x }}\n  {{{ y.z }}} {{# s }}{{/ s }}{{! note }}{{> p }}{{& r}}{{^empty(l)}}")
        #expect(tags == [
            MustacheTag(kind: .variable, name: "x", position: SourcePoint(line: 1, column: 3)),
            MustacheTag(kind: .variable, name: "y.z", position: SourcePoint(line: 2, column: 3), unescaped: true),
            MustacheTag(kind: .section, name: "s", position: SourcePoint(line: 2, column: 15)),
            MustacheTag(kind: .close, name: "s", position: SourcePoint(line: 2, column: 23)),
            MustacheTag(kind: .other, name: "note", position: SourcePoint(line: 2, column: 31)),
            MustacheTag(kind: .partial, name: "p", position: SourcePoint(line: 2, column: 42)),
            MustacheTag(kind: .variable, name: "r", position: SourcePoint(line: 2, column: 50), unescaped: true),
            MustacheTag(kind: .inverted, name: "empty(l)", position: SourcePoint(line: 2, column: 57)),
        ])
        #expect(tags.last?.readName == "l")
    }

    /// Escaping is a type: `{{{ }}}` and `{{& }}` print only keys whose accessor returns `SafeHTML`. On text, a
    /// number, a list or `.` they are errors where the tag is, and the theme is refused.
    @Test func printingTextUnescapedIsAnErrorWhereTheTagIs() {
        let sources: [String: (file: String, text: String)] = [
            "article": ("t/article.mustache", "{{< layout }}{{$ main }}\n{{#article}}<h1>{{{title}}}</h1>{{{body_html}}}\n  {{& description }}{{#toc}}{{{.}}}{{/toc}}{{/article}}{{/ main }}{{/ layout }}"),
            "layout": ("t/layout.mustache", "{{{jsonld}}}{{{ page.title }}}{{#breadcrumbs}}{{{ first() }}}{{/breadcrumbs}}{{$ main }}{{/ main }}"),
            "category": ("t/category.mustache", "{{< layout }}{{$ main }}{{#category}}{{{intro_html}}}{{{ titel }}}{{/category}}{{/ main }}{{/ layout }}"),
        ]
        let found = TemplateKeyCheck(sources: sources).check().filter { $0.severity == .error }.map(Self.text)
        let fix = "only HTML that guichet wrote (body_html, intro_html, jsonld) may be printed unescaped"
        let why = "which '{{{ }}}' and '{{& }}' print without escaping: an editor's '<script>' would run in the page"
        #expect(found == [
            "t/article.mustache:2:17: error: 'title' is text, \(why) [invalid-template]\n  fix: write '{{ title }}'; \(fix)\n",
            "t/article.mustache:3:3: error: 'description' is text, \(why) [invalid-template]\n  fix: write '{{ description }}'; \(fix)\n",
            "t/article.mustache:3:29: error: '.' is the value the section opened, not HTML that guichet wrote, \(why) [invalid-template]\n  fix: print one of its text keys with '{{ … }}'; \(fix)\n",
            "t/category.mustache:1:54: error: 'titel' cannot be shown to be HTML that guichet wrote, \(why) [invalid-template]\n  fix: write '{{ titel }}', or name an HTML key directly, outside transforms; \(fix)\n",
            "t/layout.mustache:1:13: error: 'page.title' is text, \(why) [invalid-template]\n  fix: write '{{ page.title }}'; \(fix)\n",
            "t/layout.mustache:1:47: error: 'first()' cannot be shown to be HTML that guichet wrote, \(why) [invalid-template]\n  fix: write '{{ first() }}', or name an HTML key directly, outside transforms; \(fix)\n",
        ])
        // HTML keys pass; a missing key and a transform are refused too (fail closed), and the missing key is
        // also the warning of its own that any tag on it gets.
        let all = TemplateKeyCheck(sources: sources).check()
        #expect(all.filter { $0.severity == .warning }.map(\.message) == ["'titel' names a key that no page gives; it renders as nothing"])
    }

    @Test func theHTMLKeysAreExactlyThoseWhoseAccessorReturnsSafeHTML() {
        #expect(TemplateKeyCheck.htmlKeys == ["body_html", "intro_html", "jsonld"])
        let html = ArticleData.schema.allKeys.filter { if case .html = $0.kind { true } else { false } }.map(\.name)
        #expect(html == ["body_html"])
    }

    /// Fails closed: wherever the walk cannot follow what swift-mustache will do (a name split over lines,
    /// empty segments, a block's close, a section on a transform or on a name it does not know, a block
    /// override rendered in the parent's context), an unescaped tag is refused rather than trusted. Each of
    /// these printed a hostile title raw before (a review's reproductions).
    @Test(arguments: [
        "{{{\ntitle}}}", "{{&\ntitle}}", "{{#\npage}}{{{title}}}{{/page}}", "{{{.title}}}", "{{{page.title.}}}", "{{{page..title}}}",
        "{{$x}}{{/x}}{{{title}}}", "{{#last(breadcrumbs)}}{{{title}}}{{/last(breadcrumbs)}}", "{{#inconnu}}{{{title}}}{{/inconnu}}",
        "{{{ uppercased(title) }}}", "{{#title}}{{{.}}}{{/title}}",
    ])
    func anUnescapedTagTheWalkCannotFollowIsRefused(_ tag: String) {
        let sources: [String: (file: String, text: String)] = [
            "article": ("t/article.mustache", "{{< layout }}{{$ main }}{{#article}}<h1>\(tag)</h1>{{{body_html}}}{{/article}}{{/ main }}{{/ layout }}"),
            "layout": ("t/layout.mustache", "{{{jsonld}}}{{$ main }}{{/ main }}"),
        ]
        let errors = TemplateKeyCheck(sources: sources).check().filter { $0.severity == .error }
        #expect(errors.count == 1, "\(tag): \(errors.map(\.message))")
        #expect(errors.first?.message.contains("print without escaping") == true)
    }
}
