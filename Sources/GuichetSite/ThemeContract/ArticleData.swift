/// An article as its page shows it.
struct ArticleData: ThemeValue {
    let title: String
    let description: String
    let bodyHTML: String
    let toc: [Heading]
    let related: [Related]
    let reviewed: (text: String, iso: String)?
    let rules: [AppliedRule]
    let audienceLabel: String
    let category: Layout.Link
    let feedbackURL: String
    let calculators: [Calculator]
    let notices: [RuleNotice]
    /// The model withdrawal form's page, for the articles that explain withdrawing; nil elsewhere.
    let withdrawalFormURL: String?

    static let contract = ThemeContract<ArticleData>("ArticleData", "An article.", [
        ThemeKey("title", .text, "from the front-matter") { $0.title },
        ThemeKey("description", .text, "from the front-matter") { $0.description },
        ThemeKey("body_html", .raw, "the rendered Markdown, figures from the rules already in it") { $0.bodyHTML },
        ThemeKey("toc", .list(Heading.schema), "its h2 and h3 headings") { $0.toc },
        // A table of contents helps once a page has several sections; short answers read without one.
        ThemeKey("has_toc", .flag, "true when it has three h2 headings or more") { $0.toc.filter { $0.level == 2 }.count >= 3 },
        ThemeKey("related", .list(Related.schema), "the articles its front-matter names in `related`") { $0.related },
        ThemeKey("has_related", .flag, "true when `related` is not empty") { !$0.related.isEmpty },
        ThemeKey("reviewed_text", .text, "« lundi 22 juin 2026 », or empty") { $0.reviewed?.text ?? "" },
        ThemeKey("reviewed_iso", .text, "`2026-06-22`, or empty") { $0.reviewed?.iso ?? "" },
        ThemeKey("has_reviewed", .flag, "true when the front-matter gives `reviewed`") { $0.reviewed != nil },
        ThemeKey("rules", .list(AppliedRule.schema), "the rules it relies on") { $0.rules },
        ThemeKey("has_rules", .flag, "true when `rules` is not empty") { !$0.rules.isEmpty },
        ThemeKey("audience_label", .text, "« Acheteurs » or « Vendeurs »") { $0.audienceLabel },
        ThemeKey("category", .object(Layout.Link.schema), "its category") { $0.category },
        ThemeKey("feedback_url", .text,
                 "where « Cet article vous a-t-il été utile ? » leads without JavaScript (the contact form)") { $0.feedbackURL },
        ThemeKey("calculators", .list(Calculator.schema), "deadline calculators for the periods it explains") { $0.calculators },
        ThemeKey("has_calculators", .flag, "true when `calculators` is not empty") { !$0.calculators.isEmpty },
        ThemeKey("notices", .list(RuleNotice.schema),
                 "changes to its rules due within `announce_days` of the build date, soonest first") { $0.notices },
        ThemeKey("has_notices", .flag, "true when `notices` is not empty") { !$0.notices.isEmpty },
        ThemeKey("withdrawal_form_url", .text, "the printable withdrawal form, on articles that use `withdrawal.period` or `withdrawal.function`; else empty") {
            $0.withdrawalFormURL ?? ""
        },
        ThemeKey("has_withdrawal_form", .flag, "true when `withdrawal_form_url` is not empty") { $0.withdrawalFormURL != nil },
    ])

    struct Heading: ThemeValue {
        let id: String
        let text: String
        let level: Int

        static let contract = ThemeContract<Heading>("Heading", "A heading of the article.", [
            ThemeKey("id", .text, "its anchor") { $0.id },
            ThemeKey("text", .text, "its text") { $0.text },
            ThemeKey("level", .number, "2 or 3") { $0.level },
        ])
    }

    struct Related: ThemeValue {
        let title: String
        let url: String
        let description: String

        static let contract = ThemeContract<Related>("Related", "A related article.", [
            ThemeKey("title", .text, "from its front-matter") { $0.title },
            ThemeKey("url", .text, "its page, root-relative") { $0.url },
            ThemeKey("description", .text, "from its front-matter") { $0.description },
        ])
    }

    struct AppliedRule: ThemeValue {
        let id: String
        let title: String
        let wording: String
        let source: String
        let sourceURL: String?
        let upcoming: [RuleNotice]

        static let contract = ThemeContract<AppliedRule>("AppliedRule", "A rule the article relies on, as in force today.", [
            ThemeKey("id", .text, "`order.withdrawal_period`…") { $0.id },
            ThemeKey("title", .text, "the rule's French title") { $0.title },
            ThemeKey("wording", .text, "its value in words: « 14 jours »") { $0.wording },
            ThemeKey("source", .text, "the policy or legal article it comes from") { $0.source },
            ThemeKey("source_url", .text, "the source's address, or empty") { $0.sourceURL ?? "" },
            ThemeKey("has_source_url", .flag, "true when the source has an address") { $0.sourceURL != nil },
            ThemeKey("upcoming", .list(RuleNotice.schema), "its changes due within `announce_days`") { $0.upcoming },
            ThemeKey("has_upcoming", .flag, "true when `upcoming` is not empty") { !$0.upcoming.isEmpty },
        ])
    }

    struct Calculator: ThemeValue {
        let id: String
        let title: String
        let label: String
        let dataURL: String

        static let contract = ThemeContract<Calculator>("Calculator", "A deadline calculator the script runs.", [
            ThemeKey("id", .text, "`calcul-retractation` or `calcul-reclamation`") { $0.id },
            ThemeKey("title", .text, "its heading") { $0.title },
            ThemeKey("label", .text, "the label of its date field") { $0.label },
            ThemeKey("data_url", .text, "the JSON file it computes from") { $0.dataURL },
        ])
    }
}
