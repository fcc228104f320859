/// The home page: the search box, the categories with their articles, the contact block.
struct HomeSitePage: SitePage {
    static let kind = "home"
    static let inSitemap = true
    static let hasTwin = true

    func path(in renderer: PageRenderer) -> String { "index.html" }

    func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: renderer.sitewide.title, description: renderer.sitewide.description, path: "", kind: Self.kind)
        return renderer.theme.render(HomePage(layout: layout, categories: renderer.site.categories.map(renderer.categoryData)))
    }

    func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.home(site: renderer.site, baseURL: renderer.baseURL, root: renderer.root)
    }
}
