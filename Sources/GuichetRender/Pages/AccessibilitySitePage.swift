/// The accessibility statement, from `accessibilite.yml` in the RGAA model's form.
package struct AccessibilitySitePage: SingletonPage {
    package static let kind = "accessibility"
    package static let inSitemap = true
    package static let path = "accessibilite.html"
    package static let title = "Déclaration d’accessibilité"
    package static let description = "L’état de conformité de ce centre d’aide au RGAA : ce qui est accessible, ce qui ne l’est pas, et comment nous le signaler."

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        let statement = AccessibilityPage.Statement(
            siteTitle: renderer.sitewide.title, publisher: renderer.site.config.legal?.company ?? renderer.sitewide.title,
            audit: renderer.audit, contactURL: renderer.audit?.contact ?? renderer.site.contactFormURL)
        return renderer.theme.render(AccessibilityPage(layout: layout, statement: statement))
    }
}
