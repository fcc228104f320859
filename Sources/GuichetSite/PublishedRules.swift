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
        let published = articles.filter { !$0.article.matter.draft }
        rules = book.rules(on: asOf).map { rule in
            Rule(snapshot: rule, articles: published.filter { $0.usedRules[rule.id] != nil }.map {
                ArticleLink(title: $0.article.matter.title, url: root + $0.article.path)
            })
        }
    }
}
