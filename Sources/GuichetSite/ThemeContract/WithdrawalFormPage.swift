import HelpCentreRules

/// `formulaire-retractation.mustache`: the model withdrawal form (annexe à l'article R221-1), to print on one
/// A4 page. Its text comes from the rules module (`WithdrawalForm`), the deadline from `withdrawal.period`.
struct WithdrawalFormPage: ThemePage {
    static let template = "formulaire-retractation"
    let layout: Layout
    let form: Form

    static let contract = ThemeContract<WithdrawalFormPage>("WithdrawalFormPage", "What `formulaire-retractation` receives.", [
        .object("form", "the form") { $0.form },
    ], inheriting: Layout.self, through: \.layout)

    struct Form: ThemeValue {
        /// `withdrawal.period`'s wording on the build date; empty if the rule has no version then.
        let periodText: String

        static let contract = ThemeContract<Form>("WithdrawalForm", "The model form, as the law writes it.", [
            .text("title", "« Modèle de formulaire de rétractation »") { _ in WithdrawalForm.title },
            .text("instruction", "the model's opening instruction, in brackets") { _ in WithdrawalForm.instruction },
            .text("addressee_lead", "« À l’attention de »") { _ in WithdrawalForm.addresseeLead },
            .text("addressee", "where the seller's name and addresses are (the order)") { _ in WithdrawalForm.marketplaceAddressee },
            .text("notification", "the sentence that notifies the withdrawal") { _ in WithdrawalForm.notification },
            .texts("fields", "the fields to fill in, in the model's order") { _ in WithdrawalForm.fields },
            .text("footnote", "« (*) Rayez la mention inutile. »") { _ in WithdrawalForm.footnote },
            .text("period_text", "the withdrawal period: « 14\u{00A0}jours à compter de la réception »") { $0.periodText },
            .text("source", "the article the model comes from") { _ in WithdrawalForm.source.french },
            .text("source_url", "where to read it") { _ in WithdrawalForm.source.url ?? "" },
        ])
    }
}
