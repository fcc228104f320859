/// A category's page: its introduction (its `_index.md`) and its articles.
struct CategorySitePage: SitePage {
    static let kind = "category"
    static let inSitemap = true
    static let hasTwin = true

    /// Its place among the outline's categories.
    let index: Int

    func path(in renderer: PageRenderer) -> String { renderer.site.categories[index].category.path + "index.html" }

    func render(with renderer: PageRenderer) -> String? {
        let category = renderer.site.categories[index]
        let title = category.category.matter.title.frenchTypography
        let layout = renderer.layout(title: title, description: category.category.matter.description.frenchTypography,
                                     path: category.category.path, kind: Self.kind, breadcrumbs: [(title, category.category.path)])
        return renderer.theme.render(CategoryPage(layout: layout, category: renderer.categoryData(category)))
    }

    func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.category(renderer.site.categories[index], site: renderer.site, baseURL: renderer.baseURL, root: renderer.root)
    }
}
