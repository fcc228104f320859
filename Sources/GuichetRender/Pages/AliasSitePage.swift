/// The page left at an article's former address (`aliases:`), which sends the reader on to the article.
package struct AliasSitePage: SitePage {
    package static let kind = "alias"
    package static let inSitemap = false

    /// The former address (`ancien-delai/`) and the article's (`retractation/delai/`).
    package let from: String
    package let to: String

    package func path(in renderer: PageRenderer) -> String { from + "index.html" }

    package func render(with renderer: PageRenderer) -> String? {
        // Where an alias leads comes from an article's head (its `aliases:`), read before this page was
        // asked for: said here, so that a build keeps this page only while the heads are unchanged.
        ArticleReads.note(.head)
        // The page is the target's, so that `page.canonical_url` names where the reader is sent.
        let layout = renderer.layout(title: renderer.sitewide.title, description: renderer.sitewide.description, path: to, kind: Self.kind)
        return renderer.theme.render(AliasPage(layout: layout, target: renderer.root + to, canonicalTarget: renderer.baseURL + to))
    }
}
