/// One kind of page, declared in one file: where it is written, what `page.kind` says in templates, whether
/// the sitemap lists it and whether it has a Markdown twin, its French title and description, and how the value
/// its template receives is made from what every page shares (`PageRenderer`). The site-wide step, the
/// sitemap, the names no alias may take and the pages with a twin are all read from these declarations
/// (`SitePages`), so that a new kind of page is one new file and one line in `SitePages.all`.
package protocol SitePage: Sendable {
    /// `home`, `category`, `rules`…: `page.kind` in templates.
    static var kind: String { get }
    /// Listed in sitemap.xml.
    static var inSitemap: Bool { get }
    /// Written with a Markdown twin beside it (`MarkdownTwin`), linked from the page.
    static var hasTwin: Bool { get }
    /// Where it is written, under the output (`livraison/index.html`, `regles.html`).
    func path(in renderer: PageRenderer) -> String
    /// Its HTML, or nil when the theme has no template for it.
    func render(with renderer: PageRenderer) -> String?
    /// Its Markdown twin, for a kind that has one.
    func twin(with renderer: PageRenderer) -> String?
}

extension SitePage {
    package static var hasTwin: Bool { false }
    package func twin(with renderer: PageRenderer) -> String? { nil }
}

/// A page of which the site has exactly one, at a path of its own: its name is the build's, never an alias's.
package protocol SingletonPage: SitePage {
    static var path: String { get }
}

extension SingletonPage {
    package func path(in renderer: PageRenderer) -> String { Self.path }
}
