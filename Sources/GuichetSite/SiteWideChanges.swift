/// What the articles checked again by a build changed, among what the site-wide files show of them. In a
/// build whose outline is unchanged (the cache's context), a site-wide file that depends on none of these
/// is kept as the last build wrote it: after an edit to one article's prose, the rules page, regles.json and
/// the sitemap are not made again.
struct SiteWideChanges: Sendable {
    /// The set of rules an article uses (the rules page and regles.json list the articles of each rule).
    var rulesUsed = false
    /// A `reviewed:` date (the sitemap's `lastmod`).
    var reviewDates = false
    /// An article's search terms or weights, or the excerpt its snippets come from (the search's files).
    var searchTerms = false

    /// What a site-wide file shows besides the outline.
    enum Dependency: Sendable {
        /// The outline only (settings, categories, heads): kept whenever the outline is unchanged.
        case outline
        case rulesUsed, reviewDates, searchTerms
        /// Something the outline does not cover (aliases): always made again.
        case more
    }

    /// Records one article checked again: `before` is its check in the cache, nil if it had none.
    mutating func record(_ after: PreparedArticle, before: PreparedArticle?) {
        guard let before else {
            (rulesUsed, reviewDates, searchTerms) = (true, true, true)
            return
        }
        rulesUsed = rulesUsed || Set(before.usedRules.keys) != Set(after.usedRules.keys)
        reviewDates = reviewDates || before.article.matter.reviewed?.value != after.article.matter.reviewed?.value
        searchTerms = searchTerms || before.searchTerms != after.searchTerms || before.searchExcerpt != after.searchExcerpt
    }

    func touches(_ dependency: Dependency) -> Bool {
        switch dependency {
        case .outline: false
        case .rulesUsed: rulesUsed
        case .reviewDates: reviewDates
        case .searchTerms: searchTerms
        case .more: true
        }
    }
}
