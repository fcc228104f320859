import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// llms.txt and the Markdown twins (issue 31), on the repository's Content/ and on both fixture sites (one
/// with a draft, one published under /aide/): every link resolves, no `{{` is left, no draft shows, every
/// page that has a twin links to it, and a second build writes the same bytes.
@Suite struct MarkdownTwinTests {
    struct Site {
        let name: String
        let content: String
        let config: String
    }

    static let sites = [Site(name: "Content", content: Paths.content, config: Paths.config)]
        + GoldenSiteTests.fixtures.map { name in
            let folder = Paths.fixtures.appendingPathComponent(name)
            return Site(name: name, content: folder.appendingPathComponent("Content").path,
                        config: folder.appendingPathComponent("guichet.yml").path)
        }

    private static func build(_ site: Site, into output: String) throws -> SiteBuilder.Report {
        var options = buildOptions(content: site.content, output: output, config: site.config)
        options.themesDirectory = Paths.themes
        let report = try SiteBuilder(options: options).build()
        #expect(report.published, "\(site.name): \(DiagnosticFormat.text.render(report.diagnostics, sources: report.sources))")
        return report
    }

    /// The links of a Markdown text: `[text](url)` and `<url>`.
    static func links(in markdown: String) -> [String] {
        var links: [String] = []
        for match in markdown.matches(of: /\]\(([^)\s]+)\)/) { links.append(String(match.output.1)) }
        for match in markdown.matches(of: /<(https?:[^>\s]+)>/) { links.append(String(match.output.1)) }
        return links
    }

    /// Where `url` leads in the output, or nil for a link off the site; "" when it is on the site but leads nowhere.
    static func target(_ url: String, baseURL: String, root: String, output: String) -> (file: String, fragment: String?)? {
        var path: Substring
        if url.hasPrefix(baseURL) {
            path = url.dropFirst(baseURL.count)
        } else if url.hasPrefix("/") {
            guard url.hasPrefix(root) else { return ("", nil) }
            path = url.dropFirst(root.count)
        } else {
            return nil
        }
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        return (output + "/" + file, fragment)
    }

    @Test(arguments: sites.map(\.name))
    func everyTwinAndLlmsTxtHoldsOnlyLinksThatResolve(name: String) throws {
        let site = try #require(Self.sites.first { $0.name == name })
        let temporary = try TemporaryFolder("twins")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        let report = try Self.build(site, into: output)
        let (baseURL, root) = (report.baseURL, report.rootPath)
        let llms = readText(output + "/llms.txt")
        #expect(llms.hasPrefix("# "), "llms.txt starts with the site's title")
        #expect(llms.contains("\n> "), "then its summary")
        let twins = report.files.filter { $0.hasSuffix(".md") }
        // Each published article, each category, the home page, the rules page and the news.
        let published = report.articles.filter { !$0.isDraft }
        #expect(twins.count == published.count + Set(published.map { $0.path.split(separator: "/")[0] }).count + 3,
                "\(twins)")
        var checked = 0
        for file in twins + ["llms.txt"] {
            let text = readText(output + "/" + file)
            // Code shows what the author wrote (a page may teach the `{{ rule }}` syntax): only prose is resolved.
            let prose = text.replacing(/```[\s\S]*?```/, with: "").replacing(/`[^`\n]*`/, with: "")
            #expect(!prose.contains("{{") && !prose.contains("}}"), "\(name)/\(file) has a reference left")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            for link in Self.links(in: text) {
                guard let (target, fragment) = Self.target(link, baseURL: baseURL, root: root, output: output) else { continue }
                #expect(FileManager.default.fileExists(atPath: target), "\(name)/\(file): \(link) leads to no file")
                if let fragment, !fragment.isEmpty {
                    #expect(readText(target).contains("id=\"\(fragment)\""), "\(name)/\(file): \(link) leads to no heading")
                }
                checked += 1
            }
        }
        #expect(checked > published.count * 2, "links checked: \(checked)")
        // llms.txt lists every published article's twin; each page with a twin names it in its head.
        for article in published {
            #expect(llms.contains("](\(baseURL)\(article.path)index.md)"), "\(name): llms.txt does not list \(article.path)")
            let html = readText(output + "/" + article.path + "index.html")
            #expect(html.contains("<link rel=\"alternate\" type=\"text/markdown\" href=\"\(root)\(article.path)index.md\">"))
        }
        for page in report.files where page.hasSuffix(".html") {
            let html = readText(output + "/" + page)
            guard let match = html.firstMatch(of: /<link rel="alternate" type="text\/markdown" href="([^"]+)">/) else {
                #expect(["404.html", "accessibilite.html", "formulaire-de-retractation.html", "mentions-legales.html"].contains(page)
                        || html.contains("http-equiv=\"refresh\""), "\(name)/\(page) has no Markdown twin")
                continue
            }
            let twin = try #require(Self.target(String(match.output.1), baseURL: baseURL, root: root, output: output))
            #expect(FileManager.default.fileExists(atPath: twin.file), "\(name)/\(page) names \(match.output.1)")
        }
    }

    /// A draft has no twin, and no twin nor llms.txt names it.
    @Test func noDraftShows() throws {
        let site = Self.sites[1]
        let temporary = try TemporaryFolder("twins-draft")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        let report = try Self.build(site, into: output)
        // The fixture's draft: retractation/brouillon.md.
        let draft = readText(site.content + "/retractation/brouillon.md")
        #expect(draft.contains("draft: true"))
        let title = try #require(draft.firstMatch(of: /\ntitle: ([^\n]+)/)).output.1
        #expect(!report.articles.contains { $0.path == "retractation/brouillon/" })
        #expect(!FileManager.default.fileExists(atPath: output + "/retractation/brouillon/index.md"))
        for file in report.files where file.hasSuffix(".md") || file == "llms.txt" {
            let text = readText(output + "/" + file)
            #expect(!text.contains("retractation/brouillon") && !text.contains(title), "\(file) names the draft")
        }
    }

    /// An article's twin: its references in French, its rules with their sources, a link to its page.
    @Test func anArticleTwinShowsItsRulesAndSources() throws {
        let temporary = try TemporaryFolder("twins-article")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        let report = try Self.build(Self.sites[0], into: output)
        let twin = readText(output + "/annulation-retractation/delai-de-retractation/index.md")
        #expect(twin.hasPrefix("# Délai de rétractation\n\n> Combien de temps dure le délai de rétractation après un achat"))
        #expect(twin.contains("- Page\u{00A0}: <\(report.baseURL)annulation-retractation/delai-de-retractation/>\n"))
        let period = try #require(Rules.standard.rules(on: Rules.asOf).first { $0.id == "withdrawal.period" })
        #expect(twin.contains("Vous disposez alors de \(period.wording.text) de votre commande"))
        #expect(twin.contains("| Dimanche 7 juin 2026 | lundi 22\u{00A0}juin 2026 | Le délai se terminerait un dimanche |"))
        #expect(twin.contains("## Règles appliquées\n\n- **Délai de rétractation**\u{00A0}: \(period.wording.text) — Source\u{00A0}: [\(period.source.french)](\(period.source.url ?? ""))\n"))
        let rules = readText(output + "/regles.md")
        let snapshot = try #require(Rules.standard.rules(on: Rules.asOf).first { $0.id == "withdrawal.period" })
        #expect(rules.contains("## Délai de rétractation\n\n\(period.wording.text)\n\n- Identifiant\u{00A0}: `withdrawal.period`\n"))
        #expect(rules.contains("- En vigueur depuis le " + FrenchFormat.date(snapshot.validFrom) + "\n"))
    }

    /// Two clean builds of the same inputs write the same bytes.
    @Test func twinsAreDeterministic() throws {
        let temporary = try TemporaryFolder("twins-twice")
        defer { temporary.remove() }
        _ = try Self.build(Self.sites[0], into: temporary.sub("A"))
        _ = try Self.build(Self.sites[0], into: temporary.sub("B"))
        #expect(firstDifference(expected: temporary.sub("A"), actual: temporary.sub("B")) == nil)
    }
}
