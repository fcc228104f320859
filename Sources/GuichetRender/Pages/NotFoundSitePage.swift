/// The page a server shows for an address the site does not have.
package struct NotFoundSitePage: SingletonPage {
    package static let kind = "404"
    package static let inSitemap = false
    package static let path = "404.html"

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: "Page introuvable", description: "Cette page n’existe pas ou a été déplacée.",
                                     path: Self.path, kind: Self.kind)
        return renderer.theme.render(NotFoundPage(layout: layout))
    }
}
