import HelpCentreRules

/// `regles.json`: every rule in force on the build date, as `guichet rules --json` prints it, plus the
/// articles that explain each one. Schema: docs/regles-json.md; `schema_version` changes when a key's
/// meaning changes.
package struct PublishedRules: Encodable, Sendable {
    package let schemaVersion = 1
    package let asOf: String
    package let rules: [Rule]

    package struct Rule: Encodable, Sendable {
        package let snapshot: RuleSnapshot
        package let articles: [ArticleLink]

        package enum CodingKeys: String, CodingKey { case articles }

        package func encode(to encoder: any Encoder) throws {
            try snapshot.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(articles, forKey: .articles)
        }
    }

    package struct ArticleLink: Encodable, Sendable {
        package let title: String
        package let url: String
    }

    package enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", asOf = "as_of", rules }

    /// `articles`: the build's published articles (drafts, shown by a preview, are left out here).
    package init(_ articles: [PreparedArticle], asOf: LocalDate, book: RuleBook, root: String) {
        self.asOf = asOf.iso
        let published = Self.published(articles)
        rules = book.rules(on: asOf).map { rule in
            Rule(snapshot: rule, articles: Self.links(to: rule.id, in: published, root: root))
        }
    }

    /// Drafts are shown by a preview, never listed as explaining a rule.
    package static func published(_ articles: [PreparedArticle]) -> [PreparedArticle] {
        articles.filter { !$0.article.matter.draft }
    }

    /// The articles that use `rule`, in site order, with their titles as written (data, not typography).
    package static func links(to rule: String, in published: [PreparedArticle], root: String) -> [ArticleLink] {
        published.filter { $0.usedRules[rule] != nil }.map { ArticleLink(title: $0.article.matter.title, url: root + $0.article.path) }
    }
}
