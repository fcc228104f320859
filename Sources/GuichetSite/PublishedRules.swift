import HelpCentreRules

/// `regles.json`: every rule in force on the build date, as `guichet rules --json` prints it, plus the
/// articles that explain each one. Schema: docs/regles-json.md; `schema_version` changes when a key's
/// meaning changes.
struct PublishedRules: Encodable, Sendable {
    let schemaVersion = 1
    let asOf: String
    let rules: [Rule]

    struct Rule: Encodable, Sendable {
        let snapshot: RuleSnapshot
        let articles: [ArticleLink]

        enum CodingKeys: String, CodingKey { case articles }

        func encode(to encoder: any Encoder) throws {
            try snapshot.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(articles, forKey: .articles)
        }
    }

    struct ArticleLink: Encodable, Sendable {
        let title: String
        let url: String
    }

    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", asOf = "as_of", rules }

    /// `articles`: the build's published articles (drafts, shown by a preview, are left out here).
    init(_ articles: [PreparedArticle], asOf: LocalDate, book: RuleBook, root: String) {
        self.asOf = asOf.iso
        let published = Self.published(articles)
        rules = book.rules(on: asOf).map { rule in
            Rule(snapshot: rule, articles: Self.links(to: rule.id, in: published, root: root))
        }
    }

    /// Drafts are shown by a preview, never listed as explaining a rule.
    static func published(_ articles: [PreparedArticle]) -> [PreparedArticle] {
        articles.filter { !$0.article.matter.draft }
    }

    /// The articles that use `rule`, in site order, with their titles as written (data, not typography).
    static func links(to rule: String, in published: [PreparedArticle], root: String) -> [ArticleLink] {
        published.filter { $0.usedRules[rule] != nil }.map { ArticleLink(title: $0.article.matter.title, url: root + $0.article.path) }
    }
}
