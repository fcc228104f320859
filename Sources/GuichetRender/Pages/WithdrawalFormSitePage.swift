/// The model withdrawal form of the Code de la consommation (annex to R221-1), to print and send.
package struct WithdrawalFormSitePage: SingletonPage {
    package static let kind = "withdrawal-form"
    package static let inSitemap = true
    package static let path = "formulaire-de-retractation.html"
    package static let title = "Formulaire de rétractation"
    package static let description = "Le modèle de formulaire de rétractation du Code de la consommation, à imprimer et à envoyer au vendeur."

    package func render(with renderer: PageRenderer) -> String? {
        let layout = renderer.layout(title: Self.title, description: Self.description, path: Self.path,
                                     kind: Self.kind, breadcrumbs: [(Self.title, Self.path)])
        let function = renderer.book.withdrawalFunction.inForce(on: renderer.asOf)
        let form = WithdrawalFormPage.Form(periodText: renderer.book.withdrawalPeriod.inForce(on: renderer.asOf)?.wording.text ?? "",
                                           functionText: function?.onlineFunctionRequired == true ? function?.wording.text ?? "" : "")
        return renderer.theme.render(WithdrawalFormPage(layout: layout, form: form))
    }
}
