/// The home page: the search box, the categories with their articles, the contact block.
package struct HomeSitePage: SitePage {
    package static let kind = "home"
    package static let inSitemap = true
    package static let hasTwin = true

    package func path(in renderer: PageRenderer) -> String { "index.html" }

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: renderer.sitewide.title, description: renderer.sitewide.description, path: "", kind: Self.kind)
        return renderer.theme.render(HomePage(layout: layout, categories: renderer.site.categories.map(renderer.categoryData)))
    }

    package func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.home(site: renderer.site, baseURL: renderer.baseURL, root: renderer.root)
    }
}
