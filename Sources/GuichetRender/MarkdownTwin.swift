import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// The Markdown twin of a page, for assistants and chatbots (issue 31): the same text as the HTML page,
/// every reference already in its French wording, with a link back to the page.
///
/// Where: beside the page, its name ending in `.md` instead of `.html` (`livraison/delais/index.md` for
/// `livraison/delais/index.html`, `regles.md` for `regles.html`). The llms.txt proposal appends `.md` to a
/// page's URL (`index.html.md`); the name chosen here is the page's own with one extension swapped, which a
/// static host serves as it is, with no rewrite rule, and which `guichet serve` finds like any other file.
/// Pages without one: the 404 page and the aliases (an old address is not content).
package enum MarkdownTwin {
    /// The twin of the page written at `pagePath` (`…/index.html` or `….html`).
    package static func path(of pagePath: String) -> String {
        pagePath.hasSuffix(".html") ? String(pagePath.dropLast(5)) + ".md" : pagePath + ".md"
    }

    /// An article: its title, description, where it sits, the body from the tree its page is rendered from,
    /// the rules it applies with their sources, and the related articles.
    package static func article(_ prepared: PreparedArticle, body: MarkdownDocument, related: [ArticleHead], site: SiteOutline,
                        baseURL: String, root: String, asOf: LocalDate) -> String {
        let article = prepared.article
        let writer = MarkdownWriter(allowRawHTML: site.config.allowRawHTML)
        let category = site.categories.first { $0.category.slug == article.category }?.category
        var text = "# " + inline(article.matter.title) + "\n\n"
        text += quote(article.matter.description)
        var facts = ["Page\u{00A0}: <" + baseURL + article.path + ">"]
        if let category {
            facts.append("Rubrique\u{00A0}: [" + inline(category.matter.title) + "](" + root + category.path + ")")
        }
        facts.append("Public\u{00A0}: " + article.matter.audience.label)
        if let reviewed = article.matter.reviewed?.value {
            facts.append("Dernière vérification\u{00A0}: " + FrenchFormat.date(reviewed))
        }
        facts.append("Règles en vigueur au " + FrenchFormat.date(asOf))
        text += facts.map { "- " + $0 + "\n" }.joined() + "\n"
        let bodyText = writer.write(body)
        if !bodyText.isEmpty { text += bodyText + "\n" }
        let rules = article.matter.rules.compactMap { site.rules[$0.value] }
        if !rules.isEmpty {
            text += "## Règles appliquées\n\n"
            for rule in rules { text += "- " + ruleLine(rule) + "\n" }
            text += "\n"
        }
        if !related.isEmpty {
            text += "## Voir aussi\n\n"
            for head in related { text += "- " + link(head.matter.title, root + head.path) + describe(head.matter.description) + "\n" }
            text += "\n"
        }
        return finish(text)
    }

    /// A category: its introduction and its articles.
    package static func category(_ prepared: PreparedCategory, site: SiteOutline, baseURL: String, root: String) -> String {
        let category = prepared.category
        var text = "# " + inline(category.matter.title) + "\n\n" + quote(category.matter.description)
        text += "- Page\u{00A0}: <" + baseURL + category.path + ">\n\n"
        if !prepared.introMarkdown.isEmpty { text += prepared.introMarkdown + "\n" }
        let articles = site.articles.filter { $0.category == category.slug }
        if !articles.isEmpty {
            text += "## Articles\n\n"
            for head in articles {
                text += "- " + link(head.matter.title, root + head.path) + describe(head.matter.description) + "\n"
            }
            text += "\n"
        }
        return finish(text)
    }

    /// The home page: the site and its categories.
    package static func home(site: SiteOutline, baseURL: String, root: String) -> String {
        var text = "# " + inline(site.config.title) + "\n\n" + quote(site.config.description)
        text += "- Page\u{00A0}: <" + baseURL + ">\n\n## Rubriques\n\n"
        for prepared in site.categories {
            let category = prepared.category
            text += "- " + link(category.matter.title, root + category.path) + describe(category.matter.description) + "\n"
        }
        return finish(text + "\n")
    }

    /// The rules page: every rule in force, its wording, source, version and the articles that explain it.
    package static func rules(_ published: PublishedRules, asOf: LocalDate, baseURL: String, root: String) -> String {
        var text = "# Nos engagements et délais\n\n"
        text += quote("Les délais, horaires et conditions du centre d’aide, avec leur source, en vigueur au "
                      + FrenchFormat.date(asOf) + ".")
        text += "- Page\u{00A0}: <" + baseURL + GeneratedFiles.rulesPage + ">\n"
        text += "- Données\u{00A0}: <" + baseURL + GeneratedFiles.rulesData + ">\n\n"
        for entry in published.rules {
            let rule = entry.snapshot
            text += "## " + inline(rule.title) + "\n\n"
            text += inline(rule.wording.text) + "\n\n"
            for item in rule.wording.items { text += "- " + inline(item) + "\n" }
            if !rule.wording.items.isEmpty { text += "\n" }
            text += "- Identifiant\u{00A0}: `" + rule.id + "`\n"
            text += "- Source\u{00A0}: " + source(rule.source) + "\n"
            text += "- En vigueur depuis le " + FrenchFormat.date(rule.validFrom) + "\n"
            if !entry.articles.isEmpty {
                text += "- Expliquée dans\u{00A0}: " + entry.articles.map { link($0.title, $0.url) }.joined(separator: ", ") + "\n"
            }
            text += "\n"
        }
        return finish(text)
    }

    /// The news page: the changes to come and those of the last twelve months.
    package static func news(_ news: RuleNews, baseURL: String) -> String {
        var text = "# Nouveautés\n\n"
        text += quote("Les changements de nos délais, horaires et conditions : ceux à venir et ceux des douze derniers mois.")
        text += "- Page\u{00A0}: <" + baseURL + GeneratedFiles.newsPage + ">\n"
        text += "- Flux Atom\u{00A0}: <" + baseURL + GeneratedFiles.newsFeed + ">\n\n"
        for (title, items) in [("À venir", news.upcoming), ("Depuis un an", news.past)] {
            text += "## " + title + "\n\n"
            if items.isEmpty { text += "Aucun changement.\n\n" }
            for item in items {
                let change = item.change
                text += "### " + inline(change.title) + ", le " + FrenchFormat.date(change.date) + "\n\n"
                if let before = change.before { text += "- Avant\u{00A0}: " + inline(before.wording.text) + "\n" }
                text += "- Désormais\u{00A0}: " + inline(change.after.wording.text) + "\n"
                text += "- Source\u{00A0}: " + source(change.after.source) + "\n"
                if !item.articles.isEmpty {
                    text += "- Articles\u{00A0}: " + item.articles.map { link($0.title, $0.url) }.joined(separator: ", ") + "\n"
                }
                text += "\n"
            }
        }
        return finish(text)
    }

    // MARK: - Pieces

    /// A rule as « Règles appliquées » lists it: title, wording, source.
    package static func ruleLine(_ rule: RuleSnapshot) -> String {
        "**" + inline(rule.title) + "**\u{00A0}: " + inline(rule.wording.text) + " — Source\u{00A0}: " + source(rule.source)
    }

    package static func source(_ source: RuleSource) -> String {
        source.url.map { link(source.french, $0) } ?? inline(source.french)
    }

    /// Text from the front-matter, settings or rules, as the HTML pages show it: French typography, escaped.
    package static func inline(_ text: String) -> String {
        MarkdownWriter.escaped(FrenchTypography.apply(text))
    }

    package static func link(_ title: String, _ url: String) -> String {
        "[" + inline(title) + "](" + url + ")"
    }

    private static func describe(_ description: String) -> String {
        description.isEmpty ? "" : "\u{00A0}: " + inline(description)
    }

    private static func quote(_ description: String) -> String {
        description.isEmpty ? "" : "> " + inline(description) + "\n\n"
    }

    /// One newline at the end, never a blank line.
    private static func finish(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }
}
