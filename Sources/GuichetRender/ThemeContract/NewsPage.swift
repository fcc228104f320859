/// `nouveautes.mustache`: the rule changes of the last 12 months and those to come; its feed is
/// `nouveautes.xml` (Atom), written by the build, not by the theme.
package struct NewsPage: ThemePage {
    package static let template = "nouveautes"
    package let layout: Layout
    package let newsPage: Content

    package static let contract = ThemeContract<NewsPage>("NewsPage", "What `nouveautes` receives.", [
        .object("news_page", "the changes") { $0.newsPage },
    ], inheriting: Layout.self, through: \.layout)

    package struct Content: ThemeValue {
        package let asOfText: String
        package let feedURL: String
        package let upcoming: [Change]
        package let past: [Change]

        package static let contract = ThemeContract<Content>("NewsPageContent", "The Nouveautés page.", [
            .text("as_of_text", "the date the page is built for: « samedi 28 novembre 2026 »") { $0.asOfText },
            .text("feed_url", "URL of the Atom feed `nouveautes.xml`") { $0.feedURL },
            .list("upcoming", "every change to come, soonest first") { $0.upcoming },
            .flag("has_upcoming", "true when `upcoming` is not empty") { !$0.upcoming.isEmpty },
            .list("past", "the changes of the last 12 months, newest first") { $0.past },
            .flag("has_past", "true when `past` is not empty") { !$0.past.isEmpty },
        ])
    }

    package struct Change: ThemeValue {
        package let anchor: String
        package let ruleID: String
        package let ruleTitle: String
        package let dateText: String
        package let dateISO: String
        package let oldWording: String
        package let newWording: String
        package let source: String
        package let sourceURL: String?
        package let articles: [Layout.Link]

        package static let contract = ThemeContract<Change>("RuleChangeEntry", "One version of a rule coming into force.", [
            .text("anchor", "its anchor on the page, stable across builds: `withdrawal-function-2026-06-19`") { $0.anchor },
            .text("rule_id", "`withdrawal.function`…") { $0.ruleID },
            .text("rule_title", "the rule's French title") { $0.ruleTitle },
            .text("date_text", "the first day of the new version: « 19 juin 2026 »") { $0.dateText },
            .text("date_iso", "the same day, `2026-06-19`") { $0.dateISO },
            .text("old_wording", "what the rule said before") { $0.oldWording },
            .text("new_wording", "what it says from that day") { $0.newWording },
            .text("source", "the source of the new version") { $0.source },
            .text("source_url", "its address, or empty") { $0.sourceURL ?? "" },
            .flag("has_source_url", "true when the source has an address") { $0.sourceURL != nil },
            .list("articles", "the articles that use the rule") { $0.articles },
            .flag("has_articles", "true when `articles` is not empty") { !$0.articles.isEmpty },
        ])
    }
}
