/// « Mentions légales »: who publishes the help centre, who hosts it, and the consumer mediators.
package struct LegalNoticeSitePage: SingletonPage {
    package static let kind = "legal-notice"
    package static let inSitemap = true
    package static let path = "mentions-legales.html"
    package static let title = "Mentions légales"
    package static let description = "Qui publie ce centre d’aide, qui l’héberge, et le médiateur de la consommation que vous pouvez saisir."

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        let notice = LegalNoticePage.Notice(renderer.site.config.legal, mediator: renderer.sitewide.contact.mediator)
        return renderer.theme.render(LegalNoticePage(layout: layout, notice: notice))
    }
}
