/// A category's page: its introduction (its `_index.md`) and its articles.
package struct CategorySitePage: SitePage {
    package static let kind = "category"
    package static let inSitemap = true
    package static let hasTwin = true

    /// Its place among the outline's categories.
    package let index: Int

    package func path(in renderer: PageRenderer) -> String { renderer.site.categories[index].category.path + "index.html" }

    package func render(with renderer: PageRenderer) -> String? {
        let category = renderer.site.categories[index]
        let title = category.category.matter.title.frenchTypography
        let layout = renderer.layout(title: title, description: category.category.matter.description.frenchTypography,
                                     path: category.category.path, kind: Self.kind, breadcrumbs: [(title, category.category.path)])
        return renderer.theme.render(CategoryPage(layout: layout, category: renderer.categoryData(category)))
    }

    package func twin(with renderer: PageRenderer) -> String? {
        MarkdownTwin.category(renderer.site.categories[index], site: renderer.site, baseURL: renderer.baseURL, root: renderer.root)
    }
}
