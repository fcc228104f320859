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

    /// The skeleton's sentences, each an instruction to the editor rather than an answer to a reader: the
    /// readiness check finds them, word for word, in a published page (`not-ready`). The skeletons below are
    /// written from them, so that the two cannot drift apart.
    public static let articleDescription = "Une phrase qui dit ce que l’article explique : elle sert de résumé dans la recherche."
    public static let articleOpening = "Commencez par la réponse, en une ou deux phrases."
    public static let articleRules = "Les délais et horaires viennent des règles : écrivez `{{ withdrawal.period }}` plutôt que le chiffre,"
    public static let articleSteps = ["1. Première étape.", "2. Deuxième étape."]
    public static let categoryDescription = "Ce que l’on trouve dans cette rubrique, en une phrase."
    public static let categoryIntroduction = "Une courte introduction à la rubrique."
    public static let placeholders = [articleDescription, articleOpening, articleRules] + articleSteps
        + [categoryDescription, categoryIntroduction]

    /// The longest run of ASCII bytes in each skeleton sentence.
    private static let placeholderRuns: [[UInt8]] = placeholders.map { sentence in
        sentence.utf8.split(whereSeparator: { $0 >= 0x80 }).max(by: { $0.count < $1.count }).map(Array.init) ?? []
    }

    /// A `not-ready` warning for each skeleton sentence left in `text` (a published article or a category),
    /// at its line and column; the build makes them errors.
    public static func leftovers(in text: String, file: String) -> [Diagnostic] {
        // Almost no published text holds a skeleton sentence, and Foundation's `range(of:)` on every line was
        // a tenth of a 10,000-article build: look for each sentence's longest ASCII run in the bytes first.
        // Canonical equivalence cannot hide such a run (ASCII letters have no other form), so a text without
        // any of them holds none of the sentences.
        let bytes = Array(text.utf8)
        guard placeholderRuns.contains(where: { ByteSearch.occurs($0, in: bytes) }) else { return [] }
        var found: [Diagnostic] = []
        for (index, line) in SourceText.lines(of: text).enumerated() {
            for sentence in placeholders {
                guard let range = line.range(of: sentence) else { continue }
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                found.append(.warning(.notReady, file, SourcePoint(line: index + 1, column: column),
                    "'\(sentence.prefix(60))\(sentence.count > 60 ? "…" : "")' is a sentence of the skeleton 'guichet new' wrote, not yet replaced",
                    fix: "replace it with the article's own text, or keep the article a draft (draft: true) until it is written"))
            }
        }
        return found
    }

    public static func article(title: String, today: LocalDate) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        description: "\(articleDescription)"
        order: 10
        rules: []
        related: []
        reviewed: \(today.iso)
        audience: acheteur
        draft: true
        ---
        \(articleOpening)

        ## Ce qu’il faut savoir

        \(articleRules)
        et ajoutez l’identifiant à `rules:` ci-dessus (`guichet rules` les liste).

        ## Étapes

        \(articleSteps.joined(separator: "\n"))

        """
    }

    public static func category(slug: String) -> String {
        let title = slug.split(separator: "-").joined(separator: " ")
        return """
        ---
        title: \(yamlQuoted(title.prefix(1).uppercased() + title.dropFirst()))
        description: "\(categoryDescription)"
        order: 100
        ---
        \(categoryIntroduction)

        """
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
