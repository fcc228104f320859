/// An article as its page shows it.
package struct ArticleData: ThemeValue {
    package let title: String
    package let description: String
    package let bodyHTML: SafeHTML
    package let toc: [Heading]
    package let related: [Related]
    package let reviewed: (text: String, iso: String)?
    package let rules: [AppliedRule]
    package let audienceLabel: String
    package let category: Layout.Link
    package let feedbackURL: String
    package let calculators: [Calculator]
    package let notices: [RuleNotice]
    /// The model withdrawal form's page, for the articles that explain withdrawing; nil elsewhere.
    package let withdrawalFormURL: String?

    package static let contract = ThemeContract<ArticleData>("ArticleData", "An article.", [
        .text("title", "from the front-matter") { $0.title },
        .text("description", "from the front-matter") { $0.description },
        .html("body_html", "the rendered Markdown, figures from the rules already in it") { $0.bodyHTML },
        .list("toc", "its h2 and h3 headings") { $0.toc },
        // A table of contents helps once a page has several sections; short answers read without one.
        .flag("has_toc", "true when it has three h2 headings or more") { $0.toc.filter { $0.level == 2 }.count >= 3 },
        .list("related", "the articles its front-matter names in `related`") { $0.related },
        .flag("has_related", "true when `related` is not empty") { !$0.related.isEmpty },
        .text("reviewed_text", "« lundi 22 juin 2026 », or empty") { $0.reviewed?.text ?? "" },
        .text("reviewed_iso", "`2026-06-22`, or empty") { $0.reviewed?.iso ?? "" },
        .flag("has_reviewed", "true when the front-matter gives `reviewed`") { $0.reviewed != nil },
        .list("rules", "the rules it relies on") { $0.rules },
        .flag("has_rules", "true when `rules` is not empty") { !$0.rules.isEmpty },
        .text("audience_label", "« Acheteurs » or « Vendeurs »") { $0.audienceLabel },
        .object("category", "its category") { $0.category },
        .text("feedback_url",
                 "where « Cet article vous a-t-il été utile ? » leads without JavaScript (the contact form)") { $0.feedbackURL },
        .list("calculators", "deadline calculators for the periods it explains") { $0.calculators },
        .flag("has_calculators", "true when `calculators` is not empty") { !$0.calculators.isEmpty },
        .list("notices",
                 "changes to its rules due within `announce_days` of the build date, soonest first") { $0.notices },
        .flag("has_notices", "true when `notices` is not empty") { !$0.notices.isEmpty },
        .text("withdrawal_form_url", "the printable withdrawal form, on articles that use `withdrawal.period` or `withdrawal.function`; else empty") {
            $0.withdrawalFormURL ?? ""
        },
        .flag("has_withdrawal_form", "true when `withdrawal_form_url` is not empty") { $0.withdrawalFormURL != nil },
    ])

    package struct Heading: ThemeValue {
        package let id: String
        package let text: String
        package let level: Int

        package static let contract = ThemeContract<Heading>("Heading", "A heading of the article.", [
            .text("id", "its anchor") { $0.id },
            .text("text", "its text") { $0.text },
            .number("level", "2 or 3") { $0.level },
        ])
    }

    package struct Related: ThemeValue {
        package let title: String
        package let url: String
        package let description: String

        package static let contract = ThemeContract<Related>("Related", "A related article.", [
            .text("title", "from its front-matter") { $0.title },
            .text("url", "its page, root-relative") { $0.url },
            .text("description", "from its front-matter") { $0.description },
        ])
    }

    package struct AppliedRule: ThemeValue {
        package let id: String
        package let title: String
        package let wording: String
        package let source: String
        package let sourceURL: String?
        package let upcoming: [RuleNotice]

        package static let contract = ThemeContract<AppliedRule>("AppliedRule", "A rule the article relies on, as in force today.", [
            .text("id", "`order.withdrawal_period`…") { $0.id },
            .text("title", "the rule's French title") { $0.title },
            .text("wording", "its value in words: « 14 jours »") { $0.wording },
            .text("source", "the policy or legal article it comes from") { $0.source },
            .text("source_url", "the source's address, or empty") { $0.sourceURL ?? "" },
            .flag("has_source_url", "true when the source has an address") { $0.sourceURL != nil },
            .list("upcoming", "its changes due within `announce_days`") { $0.upcoming },
            .flag("has_upcoming", "true when `upcoming` is not empty") { !$0.upcoming.isEmpty },
        ])
    }

    package struct Calculator: ThemeValue {
        package let id: String
        package let title: String
        package let label: String
        package let dataURL: String

        package static let contract = ThemeContract<Calculator>("Calculator", "A deadline calculator the script runs.", [
            .text("id", "`calcul-retractation` or `calcul-reclamation`") { $0.id },
            .text("title", "its heading") { $0.title },
            .text("label", "the label of its date field") { $0.label },
            .text("data_url", "the JSON file it computes from") { $0.dataURL },
        ])
    }
}
