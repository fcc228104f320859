import Foundation

/// The parts of an article's check (`PreparedArticle`) that a site-wide file may show: a file records which
/// of them it read while it was made (`ArticleReads`), and a later build whose outline is unchanged keeps it
/// unless an article checked again changed one of those. Every stored part of `PreparedArticle` is a case
/// (`ArticleFieldTests` compares them with the class's stored properties), so there is no list to keep in
/// step with what pages show: a page that starts reading a part is invalidated by it at once.
package enum ArticleField: Int, CaseIterable, Sendable {
    /// The head: path and front-matter (title, order, rules listed, aliases, review date…).
    case head
    case headings
    case related
    case usedRules
    case diagnostics
    case anchors
    case searchTerms
    case searchExcerpt
}

/// A set of `ArticleField`s, small enough to keep one per site-wide file in the build cache.
package struct ArticleFields: OptionSet, Sendable, Hashable {
    package let rawValue: Int

    package init(rawValue: Int) { self.rawValue = rawValue }
    package init(_ field: ArticleField) { rawValue = 1 << field.rawValue }

    package static let all = ArticleFields(rawValue: (1 << ArticleField.allCases.count) - 1)

    package var names: [String] { ArticleField.allCases.filter { contains(ArticleFields($0)) }.map { "\($0)" } }
}

/// Records what the site-wide file being made reads of the articles (the way Hugo tracks the identities a
/// page uses): `PreparedArticle`'s accessors note each part they hand out to the recorder of the current
/// thread, set by `recording(_:)` around the making of one file. Outside it, noting costs one lookup.
package final class ArticleReads: @unchecked Sendable {
    // @unchecked: `fields` is only touched under `lock`.
    private let lock = NSLock()
    private var fields = ArticleFields()

    @TaskLocal package static var current: ArticleReads?

    package static func note(_ field: ArticleField) { current?.insert(ArticleFields(field)) }

    /// Notes every field of `fields` (what a shared computation read, replayed to each file that uses it).
    package static func note(_ fields: ArticleFields) { if !fields.isEmpty { current?.insert(fields) } }

    private func insert(_ more: ArticleFields) {
        lock.lock()
        fields.formUnion(more)
        lock.unlock()
    }

    /// Runs `body` and returns what it read of the articles.
    package static func recording<T>(_ body: () throws -> T) rethrows -> (T, ArticleFields) {
        let reads = ArticleReads()
        let value = try $current.withValue(reads) { try body() }
        reads.lock.lock()
        defer { reads.lock.unlock() }
        return (value, reads.fields)
    }
}
