/// The accessibility statement, from `accessibilite.yml` in the RGAA model's form.
struct AccessibilitySitePage: SingletonPage {
    static let kind = "accessibility"
    static let inSitemap = true
    static let path = "accessibilite.html"
    static let title = "Déclaration d’accessibilité"
    static let description = "L’état de conformité de ce centre d’aide au RGAA : ce qui est accessible, ce qui ne l’est pas, et comment nous le signaler."

    func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        let statement = AccessibilityPage.Statement(
            siteTitle: renderer.sitewide.title, publisher: renderer.site.config.legal?.company ?? renderer.sitewide.title,
            audit: renderer.audit, contactURL: renderer.audit?.contact ?? renderer.site.contactFormURL)
        return renderer.theme.render(AccessibilityPage(layout: layout, statement: statement))
    }
}
