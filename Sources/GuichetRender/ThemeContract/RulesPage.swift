/// `regles.mustache`: every rule the articles rely on, with its source.
package struct RulesPage: ThemePage {
    package static let template = "regles"
    package let layout: Layout
    package let rulesPage: Content

    package static let contract = ThemeContract<RulesPage>("RulesPage", "What `regles` receives.", [
        .object("rules_page", "the rules") { $0.rulesPage },
    ], inheriting: Layout.self, through: \.layout)

    package struct Content: ThemeValue {
        package let asOfText: String
        package let jsonURL: String
        package let rules: [Rule]

        package static let contract = ThemeContract<Content>("RulesPageContent", "The rules page.", [
            .text("as_of_text", "the date the rules are shown for: « samedi 28 novembre 2026 »") { $0.asOfText },
            .text("json_url", "URL of `regles.json`, the same rules as data") { $0.jsonURL },
            .list("rules", "every rule an article relies on, by identifier") { $0.rules },
        ])
    }

    package struct Rule: ThemeValue {
        package let id: String
        package let title: String
        package let wording: String
        package let items: [String]
        package let source: String
        package let sourceURL: String?
        package let validFromText: String
        package let articles: [Layout.Link]

        package static let contract = ThemeContract<Rule>("PublishedRule", "A rule as in force on `as_of_text`.", [
            .text("id", "`order.withdrawal_period`…") { $0.id },
            .text("anchor", "its anchor on the page: the identifier with `-` for `.`") {
                $0.id.replacingOccurrences(of: ".", with: "-")
            },
            .text("title", "the rule's French title") { $0.title },
            .text("wording", "its value in words") { $0.wording },
            .texts("items", "the details of its value, when it has several (the public holidays…)") { $0.items },
            .flag("has_items", "true when `items` is not empty") { !$0.items.isEmpty },
            .text("source", "the policy or legal article it comes from") { $0.source },
            .text("source_url", "the source's address, or empty") { $0.sourceURL ?? "" },
            .flag("has_source_url", "true when the source has an address") { $0.sourceURL != nil },
            .text("valid_from_text", "the date this version came into force: « 1er janvier 2026 »") { $0.validFromText },
            .list("articles", "the articles that explain it") { $0.articles },
            .flag("has_articles", "true when `articles` is not empty") { !$0.articles.isEmpty },
        ])
    }
}
