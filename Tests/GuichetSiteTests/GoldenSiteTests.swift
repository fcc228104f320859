// Golden tests: each fixture site under Fixtures/<name>/ (Content/ and guichet.yml) is built with the
// repository's real Themes/, rules as of 2026-11-28, into a temporary folder, and every file written is
// compared byte for byte with Fixtures/<name>/expected/ (no file missing, none extra); the assets are
// compared with the theme's own files instead.
//
// To re-record after an intended change of output (templates, assets, rules' wording…):
//
//     GUICHET_RECORD=1 swift test --scratch-path .build-site --skip-build --filter GoldenSiteTests
//
// then READ the diff of Fixtures/*/expected/ before keeping it: the key facts are also asserted below, so a
// wrong recording still fails those tests.

import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

@Suite struct GoldenSiteTests {
    static let fixtures = ["boutique", "sous-chemin"]
    static var recording: Bool { ProcessInfo.processInfo.environment["GUICHET_RECORD"] == "1" }

    /// Builds fixture `name` into a temporary folder and hands the output folder to `body`.
    static func withBuiltFixture(_ name: String, _ body: (String, SiteBuilder.Report) throws -> Void) throws {
        let temporary = try TemporaryFolder("golden-\(name)")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        let content = Paths.fixtures.appendingPathComponent(name).appendingPathComponent("Content").path
        let report = try SiteBuilder(options: buildOptions(content: content, output: output)).build()
        try body(output, report)
    }

    @Test(arguments: fixtures)
    func outputMatchesExpected(fixture: String) throws {
        try Self.withBuiltFixture(fixture) { output, report in
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(DiagnosticFormat.text.render(errors, sources: report.sources))")
            #expect(report.published)
            // Assets are the theme's files copied as they are: compare them with the theme, not with a
            // recording that would have to follow every change of style.css or site.js.
            let themeAssets = Paths.packageRoot.appendingPathComponent("Themes/default/assets").path
            for name in try FileManager.default.contentsOfDirectory(atPath: themeAssets) {
                #expect(FileManager.default.contents(atPath: "\(output)/assets/\(name)")
                        == FileManager.default.contents(atPath: "\(themeAssets)/\(name)"), "assets/\(name) differs from the theme's")
            }
            try FileManager.default.removeItem(atPath: output + "/assets")
            let expected = Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("expected").path
            if Self.recording {
                try replaceTree(expected, with: output)
                return
            }
            #expect(FileManager.default.fileExists(atPath: expected),
                    "no recording: run with GUICHET_RECORD=1 to create \(expected)")
            if let difference = firstDifference(expected: expected, actual: output) {
                Issue.record("fixture '\(fixture)': \(difference)")
            }
        }
    }

    // MARK: - Key facts, asserted independently of the recording

    @Test func boutiqueFiguresComeFromTheRules() throws {
        try Self.withBuiltFixture("boutique") { output, _ in
            let delai = readText(output + "/retractation/delai/index.html")
            let body = try #require(articleBody(delai))
            #expect(body.contains("<p>Après la réception, vous disposez de 14\u{00A0}jours à compter de la réception pour vous rétracter.</p>"))
            #expect(body.contains("<td>lundi 22\u{00A0}juin 2026</td>"))
            #expect(body.contains("Le délai de 14\u{00A0}jours est prolongé"))
            // A table was rendered as a table.
            #expect(body.contains("<table>\n<thead>\n<tr>\n<th>Réception</th>"))
            // Inside a code span and a fenced code block, nothing is replaced.
            #expect(body.contains("<code>{{ withdrawal.period }}</code>"))
            #expect(body.contains("<pre><code class=\"language-markdown\">Vous disposez de {{ withdrawal.period.value }} pour changer d’avis.\n</code></pre>"))
            // A link to another article with an anchor becomes the page's URL with the anchor.
            #expect(body.contains("<a href=\"/retractation/exclusions/#les-articles-exclus\">les articles exclus</a>"))
            #expect(!body.contains(".md"))
            #expect(delai.contains("<time datetime=\"2026-11-02\">lundi 2\u{00A0}novembre 2026</time>"))
            #expect(delai.contains("<link rel=\"canonical\" href=\"https://aide.example.fr/retractation/delai/\">"))

            let exclusions = try #require(articleBody(readText(output + "/retractation/exclusions/index.html")))
            // A list rule alone in its paragraph is a bulleted list; the paragraph is gone.
            #expect(exclusions.contains("<ul>\n<li>les enregistrements audio ou vidéo et les logiciels (DVD, CD, jeux vidéo) descellés après la livraison</li>"))
            #expect(exclusions.contains("<li>les biens susceptibles de se détériorer ou de se périmer rapidement</li>\n</ul>"))
            #expect(!exclusions.contains("{{"))
            #expect(exclusions.contains("<a href=\"/retractation/delai/#exemples-de-calcul\">Exemples de calcul</a>"))

            let telephone = try #require(articleBody(readText(output + "/contact/telephone/index.html")))
            #expect(telephone.contains("<td><a href=\"tel:+33970756460\">09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60</a></td>"))
            #expect(telephone.contains("<td>du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h (hors jours fériés)</td>"))
            #expect(telephone.contains("<a href=\"/retractation/delai/#exemples-de-calcul\">le délai</a>"))
        }
    }

    @Test func boutiqueAliasAndDraft() throws {
        try Self.withBuiltFixture("boutique") { output, report in
            let alias = readText(output + "/ancien-delai/index.html")
            #expect(alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=/retractation/delai/\">"))
            #expect(alias.contains("<a href=\"/retractation/delai/\">"))
            // The draft is not published, nor its alias, nor is it listed anywhere.
            let files = relativeFiles(in: output)
            #expect(!files.contains { $0.contains("brouillon") })
            for file in files {
                let text = readText(output + "/" + file)
                #expect(!text.contains("Nouvelle procédure de retour"), "\(file) mentions the draft")
                #expect(!text.contains("confidentiel"), "\(file) has the draft's text")
            }
            #expect(report.articles.map(\.title).sorted()
                    == ["Articles exclus de la rétractation", "Délai de rétractation", "Joindre le service client par téléphone"])
            for file in ["index.html", "404.html", "ancien-delai/index.html", "assets/site.js", "assets/style.css",
                         "contact/index.html", "contact/telephone/index.html", "retractation/index.html",
                         "retractation/delai/index.html", "retractation/exclusions/index.html", "robots.txt",
                         "recherche/index.json", "sitemap.xml"] {
                #expect(files.contains(file), "\(file) was not written")
            }
            #expect(!files.contains("retour-brouillon/index.html"))
            #expect(readText(output + "/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://aide.example.fr/sitemap.xml\n")
            let sitemap = readText(output + "/sitemap.xml")
            #expect(sitemap.contains("<url><loc>https://aide.example.fr/retractation/delai/</loc><lastmod>2026-11-02</lastmod></url>"))
            #expect(!sitemap.contains("ancien-delai"))
        }
    }

    /// docs/themes.md: the URL for `<link rel="canonical">` is absolute (`page.canonical_url`).
    @Test func aliasPageCanonicalIsAbsolute() throws {
        try Self.withBuiltFixture("sous-chemin") { output, _ in
            let redirect = readText(output + "/droit-de-retractation/index.html")
            #expect(redirect.contains("<link rel=\"canonical\" href=\"https://exemple.fr/aide/retractation/se-retracter/\">"))
        }
    }

    @Test func subPathRootPrefixesEveryInternalURL() throws {
        try Self.withBuiltFixture("sous-chemin") { output, _ in
            let page = readText(output + "/retractation/se-retracter/index.html")
            let body = try #require(articleBody(page))
            #expect(body.contains("Été comme hiver, vous avez 14\u{00A0}jours à compter de la réception pour changer d’avis, soit 14\u{00A0}jours."))
            #expect(body.contains("<td>lundi 22\u{00A0}juin 2026 inclus</td>"))
            #expect(body.contains("<li>les services pleinement exécutés avant la fin du délai de rétractation, dont l’exécution a "
                + "commencé avec votre accord préalable et exprès et votre reconnaissance de la perte de votre droit de rétractation</li>"))
            #expect(body.contains("<code>{{ withdrawal.exclusions }}</code>"))
            #expect(body.contains("<pre><code>{{ withdrawal.period.deadline received=2026-06-07 }}\n</code></pre>"))
            #expect(body.contains("<a href=\"/aide/contact/horaires/#joindre-un-conseiller\">Appelez-nous</a>"))
            #expect(body.contains("<a href=\"https://www.legifrance.gouv.fr/\">Code de la consommation</a>"))
            #expect(body.contains("<a href=\"#en-bref\">en haut</a>"))
            #expect(page.contains("<link rel=\"stylesheet\" href=\"/aide/assets/style.css?v="))
            #expect(page.contains("<script src=\"/aide/assets/site.js?v="))
            #expect(page.contains("data-index=\"/aide/recherche/index.json\""))
            #expect(page.contains("<li><a href=\"/aide/\">Accueil</a></li>\n<li><a href=\"/aide/retractation/\">Se rétracter</a></li>"))
            #expect(page.contains("<a href=\"/aide/contact/horaires/\">Horaires du service client</a>"))
            #expect(page.contains("<p class=\"avis-action\"><a href=\"/aide/contact/formulaire/\">Dites-le-nous</a></p>"))
            #expect(page.contains("<link rel=\"canonical\" href=\"https://exemple.fr/aide/retractation/se-retracter/\">"))
            #expect(page.contains("\"@id\":\"https://exemple.fr/aide/#organisation\""))
            // No internal URL (links, assets, data the script fetches) escapes the /aide/ root.
            for file in relativeFiles(in: output) where file.hasSuffix(".html") {
                for match in readText(output + "/" + file).matches(of: /(?:href|src|action|data-[a-z]+)="(\/[^"]*)"/) {
                    #expect(match.1.hasPrefix("/aide/"), "\(file): internal URL \(match.1) lacks the root prefix")
                }
            }

            let category = readText(output + "/retractation/index.html")
            #expect(category.contains("<div class=\"intro\"><p>Le droit de rétractation, <a href=\"/aide/retractation/se-retracter/#en-bref\">en bref</a>.</p>"))

            for alias in ["droit-de-retractation", "faq/retractation"] {
                let redirect = readText(output + "/\(alias)/index.html")
                #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/aide/retractation/se-retracter/\">"), "\(alias)")
                #expect(redirect.contains("<meta name=\"robots\" content=\"noindex\">"), "\(alias)")
            }
            #expect(!FileManager.default.fileExists(atPath: output + "/retractation/projet"))
            #expect(readText(output + "/robots.txt").contains("Sitemap: https://exemple.fr/aide/sitemap.xml\n"))
            let sitemap = readText(output + "/sitemap.xml")
            #expect(sitemap.contains("<url><loc>https://exemple.fr/aide/</loc></url>"))
            #expect(!sitemap.contains("projet"))
            let index = relativeFiles(in: output).filter { $0.hasPrefix("recherche/pages/") }.map { readText(output + "/" + $0) }.joined()
            #expect(index.contains("\"u\":\"/aide/retractation/se-retracter/\""))
            #expect(!index.contains("projet"))
        }
    }
}
