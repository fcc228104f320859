/// « Nos engagements et délais »: every rule in force, its wording and source, and the articles that use it.
struct RulesSitePage: SingletonPage {
    static let kind = "rules"
    static let inSitemap = true
    static let hasTwin = true
    static let path = "regles.html"
    static let title = "Nos engagements et délais"
    static let description = "Les délais, horaires et conditions du centre d’aide, avec leur source."

    /// Shared with regles.json, made once.
    let published: Computed<PublishedRules>

    func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: Self.description, path: Self.path, kind: Self.kind,
                                     breadcrumbs: [(Self.title, Self.path)])
        return renderer.theme.render(RulesPage(layout: layout, rulesPage: renderer.rulesPageData(published.get)))
    }

    func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.rules(published.get, asOf: renderer.asOf, baseURL: renderer.baseURL, root: renderer.root)
    }
}
