import GuichetContent
import HelpCentreRules

/// The rule changes the help centre announces, computed from the rule book alone, so that no editor writes
/// them by hand: on the Nouveautés page and its feed, every change of the last 12 months (newest first) and
/// every one to come (soonest first); on an article, the changes to its rules due within `announce_days`.
///
/// A rule's first version is where its recorded history starts, not a change: it is not listed.
package struct RuleNews: Sendable {
    package struct Item: Sendable {
        package let change: RuleChange
        /// The published articles that use the rule, title (as written) and root-relative URL.
        package let articles: [PublishedRules.ArticleLink]

        /// Stable across builds: the rule and the day.
        package var anchor: String { change.id.replacingOccurrences(of: ".", with: "-") + "-" + change.date.iso }
    }

    package let asOf: LocalDate
    package let past: [Item]
    package let upcoming: [Item]

    package init(_ articles: [PreparedArticle], asOf: LocalDate, book: RuleBook, root: String) {
        self.asOf = asOf
        let published = PublishedRules.published(articles)
        func item(_ change: RuleChange) -> Item {
            Item(change: change, articles: PublishedRules.links(to: change.id, in: published, root: root))
        }
        // 29 February has no anniversary: the 28th then.
        let yearAgo = LocalDate(year: asOf.year - 1, month: asOf.month, day: asOf.day)
            ?? LocalDate(year: asOf.year - 1, month: asOf.month, day: 28)!
        // A change on `asOf` is in force: it is news of the past, not of the future.
        past = book.changes(from: yearAgo.adding(days: -1), to: asOf).filter { $0.before != nil }.reversed().map(item)
        upcoming = book.changes(from: asOf, to: Self.lastDay).filter { $0.before != nil }.map(item)
    }

    /// Every version the book holds is before it.
    private static let lastDay = LocalDate(year: 9999, month: 12, day: 31)!

    /// The changes due after `asOf` and no later than `days` after it, by rule: what the articles announce.
    package static func announced(in book: RuleBook, asOf: LocalDate, days: Int) -> [String: [RuleChange]] {
        guard days > 0 else { return [:] }
        return Dictionary(grouping: book.changes(from: asOf, to: asOf.adding(days: days)).filter { $0.before != nil }, by: \.id)
    }
}
