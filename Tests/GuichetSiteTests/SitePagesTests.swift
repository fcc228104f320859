import Foundation
@testable import GuichetRender
@testable import GuichetSite
import Testing

/// Each kind of page is declared once (Pages/): the sitemap, the names kept from aliases, the pages with a
/// Markdown twin and the documented `page.kind` values are read from those declarations.
@Suite struct SitePagesTests {
    @Test func theKindsAreDeclaredOnceEach() {
        let kinds = SitePages.kinds.map { $0.kind }
        #expect(kinds == ["home", "category", "article", "rules", "news", "accessibility", "withdrawal-form", "legal-notice", "404", "alias"])
        #expect(Set(kinds).count == kinds.count)
        #expect(SitePages.kindsWithTwin == ["home", "category", "article", "rules", "news"])
        #expect(SitePages.kinds.filter { !$0.inSitemap }.map { $0.kind } == ["404", "alias"])
    }

    /// An alias may not take a page's fixed name, nor its twin's.
    @Test func theFixedPathsAreTheSingletonsAndTheirTwins() {
        #expect(SitePages.fixedPaths == ["404.html", "regles.html", "regles.md", "nouveautes.html", "nouveautes.md",
                                         "accessibilite.html", "formulaire-de-retractation.html", "mentions-legales.html"])
        for path in SitePages.fixedPaths { #expect(GeneratedFiles.rootFiles.contains(path), "\(path)") }
    }

    @Test func anAddressIsThePageWithoutIndexHTML() {
        #expect(SitePages.address(ofFile: "index.html") == "")
        #expect(SitePages.address(ofFile: "livraison/index.html") == "livraison/")
        #expect(SitePages.address(ofFile: "regles.html") == "regles.html")
    }
}
