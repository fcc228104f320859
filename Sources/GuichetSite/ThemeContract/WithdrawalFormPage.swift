import HelpCentreRules

/// `formulaire-retractation.mustache`: the model withdrawal form (annexe à l'article R221-1), to print on one
/// A4 page. Its text comes from the rules module (`WithdrawalForm`), the deadline from `withdrawal.period`.
struct WithdrawalFormPage: ThemePage {
    static let template = "formulaire-retractation"
    let layout: Layout
    let form: Form

    static let contract = ThemeContract<WithdrawalFormPage>("WithdrawalFormPage", "What `formulaire-retractation` receives.", [
        ThemeKey("form", .object(Form.schema), "the form") { $0.form },
    ], inheriting: Layout.self, through: \.layout)

    struct Form: ThemeValue {
        /// `withdrawal.period`'s wording on the build date; empty if the rule has no version then.
        let periodText: String
        /// `withdrawal.function`'s wording on the build date when it is the online function; empty before.
        var functionText = ""

        static let contract = ThemeContract<Form>("WithdrawalForm", "The model form, as the law writes it.", [
            ThemeKey("title", .text, "« Modèle de formulaire de rétractation »") { _ in WithdrawalForm.title },
            ThemeKey("instruction", .text, "the model's opening instruction, in brackets") { _ in WithdrawalForm.instruction },
            ThemeKey("addressee_lead", .text, "« À l’attention de »") { _ in WithdrawalForm.addresseeLead },
            ThemeKey("addressee", .text, "the model's bracket, the law's instruction to the trader, as the annex writes it") { _ in WithdrawalForm.addressee },
            ThemeKey("marketplace_note", .text, "beside the form, not in it: the trader is the seller, whose details the order shows") { _ in
                WithdrawalForm.marketplaceNote
            },
            ThemeKey("notification", .text, "the sentence that notifies the withdrawal") { _ in WithdrawalForm.notification },
            ThemeKey("fields", .texts, "the fields to fill in, in the model's order") { _ in WithdrawalForm.fields },
            ThemeKey("footnote", .text, "« (*) Rayez la mention inutile. »") { _ in WithdrawalForm.footnote },
            ThemeKey("period_text", .text, "the withdrawal period: « 14\u{00A0}jours à compter de la réception »") { $0.periodText },
            ThemeKey("function_text", .text, "how to withdraw online (`withdrawal.function`), or empty before 19 June 2026") { $0.functionText },
            ThemeKey("has_function", .flag, "true from 19 June 2026, when `function_text` is not empty") { !$0.functionText.isEmpty },
            ThemeKey("source", .text, "the article the model comes from") { _ in WithdrawalForm.source.french },
            ThemeKey("source_url", .text, "where to read it") { _ in WithdrawalForm.source.url ?? "" },
        ])
    }
}
