/// A theme's page templates compiled, each for its page's type (`ThemePages.types`); those the compiler does
/// not model are left to swift-mustache.
package struct CompiledTheme: Sendable {
    /// Template name → `CompiledTemplate<Page>` of the page that renders it.
    private let templates: [String: any Sendable]
    /// The page templates swift-mustache renders, since the compiled form does not model all they use.
    package let fallbacks: [String]

    /// `sources`: template name → its text, as the theme defines it (without the pragma Theme adds).
    package init(sources: [String: String]) {
        let compiler = TemplateCompiler(trees: sources.mapValues { MustacheTree.parse($0) })
        var templates: [String: any Sendable] = [:]
        var fallbacks: [String] = []
        func add<Page: ThemePage>(_ type: Page.Type) {
            guard sources[Page.template] != nil else { return }
            if let body = compiler.compile(page: Page.template, for: Page.self) {
                templates[Page.template] = CompiledTemplate<Page>(body: body)
            } else {
                fallbacks.append(Page.template)
            }
        }
        for type in ThemePages.types { add(type) }
        self.templates = templates
        self.fallbacks = fallbacks.sorted()
    }

    /// `page` rendered by its compiled template; nil when swift-mustache must render it.
    package func render<Page: ThemePage>(_ page: Page) -> String? {
        (templates[Page.template] as? CompiledTemplate<Page>)?.render(page)
    }
}
