import HelpCentreRules

/// `formulaire-retractation.mustache`: the model withdrawal form (annexe à l'article R221-1), to print on one
/// A4 page. Its text comes from the rules module (`WithdrawalForm`), the deadline from `withdrawal.period`.
package struct WithdrawalFormPage: ThemePage {
    package static let template = "formulaire-retractation"
    package let layout: Layout
    package let form: Form

    package static let contract = ThemeContract<WithdrawalFormPage>("WithdrawalFormPage", "What `formulaire-retractation` receives.", [
        .object("form", "the form") { $0.form },
    ], inheriting: Layout.self, through: \.layout)

    package struct Form: ThemeValue {
        /// `withdrawal.period`'s wording on the build date; empty if the rule has no version then.
        package let periodText: String
        /// `withdrawal.function`'s wording on the build date when it is the online function; empty before.
        package var functionText = ""

        package static let contract = ThemeContract<Form>("WithdrawalForm", "The model form, as the law writes it.", [
            .text("title", "« Modèle de formulaire de rétractation »") { _ in WithdrawalForm.title },
            .text("instruction", "the model's opening instruction, in brackets") { _ in WithdrawalForm.instruction },
            .text("addressee_lead", "« À l’attention de »") { _ in WithdrawalForm.addresseeLead },
            .text("addressee", "the model's bracket, the law's instruction to the trader, as the annex writes it") { _ in WithdrawalForm.addressee },
            .text("marketplace_note", "beside the form, not in it: the trader is the seller, whose details the order shows") { _ in
                WithdrawalForm.marketplaceNote
            },
            .text("notification", "the sentence that notifies the withdrawal") { _ in WithdrawalForm.notification },
            .texts("fields", "the fields to fill in, in the model's order") { _ in WithdrawalForm.fields },
            .text("footnote", "« (*) Rayez la mention inutile. »") { _ in WithdrawalForm.footnote },
            .text("period_text", "the withdrawal period: « 14\u{00A0}jours à compter de la réception »") { $0.periodText },
            .text("function_text", "how to withdraw online (`withdrawal.function`), or empty before 19 June 2026") { $0.functionText },
            .flag("has_function", "true from 19 June 2026, when `function_text` is not empty") { !$0.functionText.isEmpty },
            .text("source", "the article the model comes from") { _ in WithdrawalForm.source.french },
            .text("source_url", "where to read it") { _ in WithdrawalForm.source.url ?? "" },
        ])
    }
}
