import HelpCentreRules

/// The files `guichet new` writes: an article with every front-matter field and a short skeleton, and the
/// category's `_index.md` when the category is new. Pure: the command does the writing.
public enum ArticleScaffold {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Parses `category/slug` and checks both are valid URL segments.
    public static func parse(_ path: String) -> Result<(category: String, slug: String), Failure> {
        var trimmed = path
        if trimmed.hasSuffix(".md") { trimmed.removeLast(3) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            return .failure(Failure(description: "'\(path)' is not <category>/<slug>, such as livraison/colis-en-retard"))
        }
        for part in parts where !isValidSlug(part) {
            return .failure(Failure(description: "'\(part)' is not a valid URL segment; try '\(suggestSlug(part))'"))
        }
        return .success((parts[0], parts[1]))
    }

    public static func article(title: String, today: LocalDate) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        description: "Une phrase qui dit ce que l’article explique : elle sert de résumé dans la recherche."
        order: 10
        rules: []
        related: []
        reviewed: \(today.iso)
        audience: acheteur
        draft: true
        ---
        Commencez par la réponse, en une ou deux phrases.

        ## Ce qu’il faut savoir

        Les délais et horaires viennent des règles : écrivez `{{ withdrawal.period }}` plutôt que le chiffre,
        et ajoutez l’identifiant à `rules:` ci-dessus (`guichet rules` les liste).

        ## Étapes

        1. Première étape.
        2. Deuxième étape.

        """
    }

    public static func category(slug: String) -> String {
        let title = slug.split(separator: "-").joined(separator: " ")
        return """
        ---
        title: \(yamlQuoted(title.prefix(1).uppercased() + title.dropFirst()))
        description: "Ce que l’on trouve dans cette rubrique, en une phrase."
        order: 100
        ---
        Une courte introduction à la rubrique.

        """
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
