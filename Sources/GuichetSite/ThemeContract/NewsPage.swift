/// `nouveautes.mustache`: the rule changes of the last 12 months and those to come; its feed is
/// `nouveautes.xml` (Atom), written by the build, not by the theme.
struct NewsPage: ThemePage {
    static let template = "nouveautes"
    let layout: Layout
    let newsPage: Content

    static let contract = ThemeContract<NewsPage>("NewsPage", "What `nouveautes` receives.", [
        ThemeKey("news_page", .object(Content.schema), "the changes") { $0.newsPage },
    ], inheriting: Layout.self, through: \.layout)

    struct Content: ThemeValue {
        let asOfText: String
        let feedURL: String
        let upcoming: [Change]
        let past: [Change]

        static let contract = ThemeContract<Content>("NewsPageContent", "The Nouveautés page.", [
            ThemeKey("as_of_text", .text, "the date the page is built for: « samedi 28 novembre 2026 »") { $0.asOfText },
            ThemeKey("feed_url", .text, "URL of the Atom feed `nouveautes.xml`") { $0.feedURL },
            ThemeKey("upcoming", .list(Change.schema), "every change to come, soonest first") { $0.upcoming },
            ThemeKey("has_upcoming", .flag, "true when `upcoming` is not empty") { !$0.upcoming.isEmpty },
            ThemeKey("past", .list(Change.schema), "the changes of the last 12 months, newest first") { $0.past },
            ThemeKey("has_past", .flag, "true when `past` is not empty") { !$0.past.isEmpty },
        ])
    }

    struct Change: ThemeValue {
        let anchor: String
        let ruleID: String
        let ruleTitle: String
        let dateText: String
        let dateISO: String
        let oldWording: String
        let newWording: String
        let source: String
        let sourceURL: String?
        let articles: [Layout.Link]

        static let contract = ThemeContract<Change>("RuleChangeEntry", "One version of a rule coming into force.", [
            ThemeKey("anchor", .text, "its anchor on the page, stable across builds: `withdrawal-function-2026-06-19`") { $0.anchor },
            ThemeKey("rule_id", .text, "`withdrawal.function`…") { $0.ruleID },
            ThemeKey("rule_title", .text, "the rule's French title") { $0.ruleTitle },
            ThemeKey("date_text", .text, "the first day of the new version: « 19 juin 2026 »") { $0.dateText },
            ThemeKey("date_iso", .text, "the same day, `2026-06-19`") { $0.dateISO },
            ThemeKey("old_wording", .text, "what the rule said before") { $0.oldWording },
            ThemeKey("new_wording", .text, "what it says from that day") { $0.newWording },
            ThemeKey("source", .text, "the source of the new version") { $0.source },
            ThemeKey("source_url", .text, "its address, or empty") { $0.sourceURL ?? "" },
            ThemeKey("has_source_url", .flag, "true when the source has an address") { $0.sourceURL != nil },
            ThemeKey("articles", .list(Layout.Link.schema), "the articles that use the rule") { $0.articles },
            ThemeKey("has_articles", .flag, "true when `articles` is not empty") { !$0.articles.isEmpty },
        ])
    }
}
