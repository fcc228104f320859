import GuichetMarkdown
import HelpCentreRules

/// `llms.txt` at the site's root, in the format of the llms.txt proposal (https://llmstxt.org/): a title,
/// a summary in a quote, a paragraph, then sections of links `- [name](url): notes`. Each link leads to a
/// page's Markdown twin (`MarkdownTwin`), absolute, so that an assistant given only this file finds the rest.
///
/// The `: ` after a link is the proposal's syntax, read by programs: it keeps its ordinary space, where
/// French typography would put a no-break one.
package enum LlmsText {
    package static func text(_ site: SiteOutline, asOf: LocalDate, baseURL: String) -> String {
        var text = "# " + MarkdownTwin.inline(site.config.title) + "\n\n"
        if !site.config.description.isEmpty { text += "> " + MarkdownTwin.inline(site.config.description) + "\n\n" }
        text += MarkdownTwin.inline("Chaque article, chaque rubrique, la page des règles et les nouveautés existent aussi en "
            + "Markdown, à la même adresse avec « .md » au lieu de « .html » (« index.md » pour une adresse qui finit par « / »), "
            + "et chaque page HTML le signale par un lien « alternate ». Les délais, horaires et conditions "
            + "y sont ceux en vigueur au " + FrenchFormat.date(asOf) + ", écrits par le module de règles qui les applique : "
            + "ils ne se recopient pas, ils se calculent.") + "\n\n"
        // Drafts are shown by a preview, never offered to an assistant.
        let published = site.articles.filter { !$0.matter.draft }
        for prepared in site.categories {
            let category = prepared.category
            text += "## " + MarkdownTwin.inline(category.matter.title) + "\n\n"
            text += entry(category.matter.title, baseURL + category.path + "index.md", category.matter.description)
            for head in published where head.category == category.slug {
                text += entry(head.matter.title, baseURL + head.path + "index.md", head.matter.description)
            }
            text += "\n"
        }
        text += "## Règles\n\n"
        text += entry("Nos engagements et délais", baseURL + MarkdownTwin.path(of: GeneratedFiles.rulesPage),
                      "chaque règle en vigueur : sa formulation, sa source, sa version et les articles qui l’expliquent")
        text += entry("regles.json", baseURL + GeneratedFiles.rulesData, "les mêmes règles en données (docs/regles-json.md)")
        text += entry("Nouveautés", baseURL + MarkdownTwin.path(of: GeneratedFiles.newsPage),
                      "les changements de règles à venir et ceux des douze derniers mois")
        text += "\n## Pages légales\n\n"
        text += entry("Mentions légales", baseURL + GeneratedFiles.legalNotice, "l’éditeur, l’hébergeur et le médiateur de la consommation")
        text += entry("Déclaration d’accessibilité", baseURL + GeneratedFiles.accessibilityPage, "l’état de conformité au RGAA")
        text += entry("Formulaire de rétractation", baseURL + GeneratedFiles.withdrawalForm,
                      "le modèle de formulaire du Code de la consommation")
        return text
    }

    private static func entry(_ name: String, _ url: String, _ notes: String) -> String {
        "- [" + MarkdownTwin.inline(name) + "](" + url + ")" + (notes.isEmpty ? "" : ": " + MarkdownTwin.inline(notes)) + "\n"
    }
}
