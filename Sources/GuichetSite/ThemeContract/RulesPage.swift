/// `regles.mustache`: every rule the articles rely on, with its source.
struct RulesPage: ThemePage {
    static let template = "regles"
    let layout: Layout
    let rulesPage: Content

    static let contract = ThemeContract<RulesPage>("RulesPage", "What `regles` receives.", [
        ThemeKey("rules_page", .object(Content.schema), "the rules") { $0.rulesPage },
    ], inheriting: Layout.self, through: \.layout)

    struct Content: ThemeValue {
        let asOfText: String
        let jsonURL: String
        let rules: [Rule]

        static let contract = ThemeContract<Content>("RulesPageContent", "The rules page.", [
            ThemeKey("as_of_text", .text, "the date the rules are shown for: « samedi 28 novembre 2026 »") { $0.asOfText },
            ThemeKey("json_url", .text, "URL of `regles.json`, the same rules as data") { $0.jsonURL },
            ThemeKey("rules", .list(Rule.schema), "every rule an article relies on, by identifier") { $0.rules },
        ])
    }

    struct Rule: ThemeValue {
        let id: String
        let title: String
        let wording: String
        let items: [String]
        let source: String
        let sourceURL: String?
        let validFromText: String
        let articles: [Layout.Link]

        static let contract = ThemeContract<Rule>("PublishedRule", "A rule as in force on `as_of_text`.", [
            ThemeKey("id", .text, "`order.withdrawal_period`…") { $0.id },
            ThemeKey("anchor", .text, "its anchor on the page: the identifier with `-` for `.`") {
                $0.id.replacingOccurrences(of: ".", with: "-")
            },
            ThemeKey("title", .text, "the rule's French title") { $0.title },
            ThemeKey("wording", .text, "its value in words") { $0.wording },
            ThemeKey("items", .texts, "the details of its value, when it has several (the public holidays…)") { $0.items },
            ThemeKey("has_items", .flag, "true when `items` is not empty") { !$0.items.isEmpty },
            ThemeKey("source", .text, "the policy or legal article it comes from") { $0.source },
            ThemeKey("source_url", .text, "the source's address, or empty") { $0.sourceURL ?? "" },
            ThemeKey("has_source_url", .flag, "true when the source has an address") { $0.sourceURL != nil },
            ThemeKey("valid_from_text", .text, "the date this version came into force: « 1er janvier 2026 »") { $0.validFromText },
            ThemeKey("articles", .list(Layout.Link.schema), "the articles that explain it") { $0.articles },
            ThemeKey("has_articles", .flag, "true when `articles` is not empty") { !$0.articles.isEmpty },
        ])
    }
}
