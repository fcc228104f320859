/// « Nouveautés »: the rule changes to come and those of the last twelve months.
struct NewsSitePage: SingletonPage {
    static let kind = "news"
    static let inSitemap = true
    static let hasTwin = true
    static let path = "nouveautes.html"
    static let title = "Nouveautés"
    static let description = "Les changements de nos délais, horaires et conditions : ceux à venir et ceux des douze derniers mois."

    /// Shared with the Atom feed, made once.
    let news: Computed<RuleNews>

    func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        return renderer.theme.render(NewsPage(layout: layout, newsPage: renderer.newsPageData(news.get)))
    }

    func twin(with renderer: PageRenderer) -> String? { MarkdownTwin.news(news.get, baseURL: renderer.baseURL) }
}
