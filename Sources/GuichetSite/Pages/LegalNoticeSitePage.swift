/// « Mentions légales »: who publishes the help centre, who hosts it, and the consumer mediators.
struct LegalNoticeSitePage: SingletonPage {
    static let kind = "legal-notice"
    static let inSitemap = true
    static let path = "mentions-legales.html"
    static let title = "Mentions légales"
    static let description = "Qui publie ce centre d’aide, qui l’héberge, et le médiateur de la consommation que vous pouvez saisir."

    func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: FrenchTypography.apply(Self.description), path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        let notice = LegalNoticePage.Notice(renderer.site.config.legal, mediator: renderer.sitewide.contact.mediator)
        return renderer.theme.render(LegalNoticePage(layout: layout, notice: notice))
    }
}
