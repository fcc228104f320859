import GuichetMarkdown

/// An article's page, made by the step that checks each article (not the site-wide step); the sitemap lists
/// the published articles with their review dates itself.
package struct ArticleSitePage: SitePage {
    package static let kind = "article"
    package static let inSitemap = true
    package static let hasTwin = true

    package let prepared: PreparedArticle
    package let bodyHTML: SafeHTML
    /// The tree the body's HTML was rendered from, for the twin; nil when no twin is wanted (render-ahead).
    package var body: MarkdownDocument?

    package init(prepared: PreparedArticle, bodyHTML: SafeHTML, body: MarkdownDocument?) {
        self.prepared = prepared
        self.bodyHTML = bodyHTML
        self.body = body
    }

    package func path(in renderer: PageRenderer) -> String { prepared.article.path + "index.html" }

    package func render(with renderer: PageRenderer) -> String? {
        let article = prepared.article
        let category = renderer.site.categories.first { $0.category.slug == article.category }?.category
        let (title, description) = (article.matter.title.frenchTypography, article.matter.description.frenchTypography)
        let trail = [(category?.matter.title.frenchTypography ?? article.category, article.category + "/"), (title, article.path)]
        let graph = [JSONLD.article(title: title, description: description, url: renderer.baseURL + article.path,
                                    reviewed: article.matter.reviewed?.value, organization: renderer.baseURL)]
        let layout = renderer.layout(title: title, description: description, path: article.path,
                                     kind: Self.kind, breadcrumbs: trail, extraGraph: graph)
        let data = renderer.articleData(prepared, title: title, description: description, bodyHTML: bodyHTML, category: category)
        return renderer.theme.render(ArticlePage(layout: layout, article: data))
    }

    package func twin(with renderer: PageRenderer) -> String? {
        body.map { MarkdownTwin.article(prepared, body: $0, related: renderer.relatedHeads(of: prepared), site: renderer.site, baseURL: renderer.baseURL, root: renderer.root, asOf: renderer.asOf) }
    }
}
