/// « Nouveautés »: the rule changes to come and those of the last twelve months.
package struct NewsSitePage: SingletonPage {
    package static let kind = "news"
    package static let inSitemap = true
    package static let hasTwin = true
    package static let path = "nouveautes.html"
    package static let title = "Nouveautés"
    package static let description = "Les changements de nos délais, horaires et conditions : ceux à venir et ceux des douze derniers mois."

    /// Shared with the Atom feed, made once.
    package let news: Computed<RuleNews>

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        return renderer.theme.render(NewsPage(layout: layout, newsPage: renderer.newsPageData(news.get)))
    }

    package func twin(with renderer: PageRenderer) -> String? { MarkdownTwin.news(news.get, baseURL: renderer.baseURL) }
}
