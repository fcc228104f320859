/// « Nos engagements et délais »: every rule in force, its wording and source, and the articles that use it.
package struct RulesSitePage: SingletonPage {
    package static let kind = "rules"
    package static let inSitemap = true
    package static let hasTwin = true
    package static let path = "regles.html"
    package static let title = "Nos engagements et délais"
    package static let description = "Les délais, horaires et conditions du centre d’aide, avec leur source."

    /// Shared with regles.json, made once.
    package let published: Computed<PublishedRules>

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: Self.description, path: Self.path, kind: Self.kind,
                                     breadcrumbs: [(Self.title, Self.path)])
        return renderer.theme.render(RulesPage(layout: layout, rulesPage: renderer.rulesPageData(published.get)))
    }

    package func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.rules(published.get, asOf: renderer.asOf, baseURL: renderer.baseURL, root: renderer.root)
    }
}
