import Foundation
@testable import GuichetContent
import GuichetTestSupport
import Testing

@Suite("ContentLoader")
struct ContentLoaderTests {
    /// Lists `root/Content`, then reads and parses every file, as the build's first steps do without a cache.
    func load(_ root: URL, configFile: String? = nil) -> (ContentSite?, [Diagnostic]) {
        let loader = ContentLoader(contentDirectory: root.appendingPathComponent("Content").path, configFile: configFile)
        let (scan, found) = loader.scan()
        guard let scan else { return (nil, found) }
        var (diagnostics, sources) = (found, scan.sources)
        var (categories, articles): ([GuichetContent.Category], [Article]) = ([], [])
        for file in scan.files {
            switch loader.read(file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let text):
                sources[file.file] = text
                let parsed = loader.parse(file, text: text)
                diagnostics += parsed.diagnostics
                if let category = parsed.category { categories.append(category) }
                if let article = parsed.article { articles.append(article) }
            }
        }
        categories = ContentLoader.ordered(categories)
        articles = ContentLoader.ordered(articles, head: \.head, in: categories)
        return (ContentSite(config: scan.config, categories: categories, articles: articles, sources: sources), diagnostics.sorted())
    }

    func content(_ root: URL) -> String { root.appendingPathComponent("Content").path }

    /// The sources of Content/, without the settings file every test site has.
    func contentSources(_ site: ContentSite) -> [String: String] {
        site.sources.filter { !$0.key.hasSuffix("/guichet.yml") }
    }

    @Test func loadsCategoriesArticlesAndSources() throws {
        try withSiteFolder { root in
            let index = categoryText(title: "Livraison", order: 1)
            let article = articleText(title: "Délais de livraison", order: 1)
            try write(index, "Content/livraison/_index.md", in: root)
            try write(article, "Content/livraison/delais.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            let s = try #require(site)
            let c = content(root)
            #expect(s.categories.map(\.slug) == ["livraison"])
            #expect(s.categories.map(\.file) == ["\(c)/livraison/_index.md"])
            #expect(s.articles.map(\.file) == ["\(c)/livraison/delais.md"])
            #expect(s.articles.map(\.contentPath) == ["livraison/delais.md"])
            #expect(s.articles.map(\.path) == ["livraison/delais/"])
            #expect(contentSources(s) == ["\(c)/livraison/_index.md": index, "\(c)/livraison/delais.md": article])
            #expect(s.config.title == SiteConfig().title)
            #expect(s.config.legal?.company == "Boutique Test SARL")
        }
    }

    @Test func sourcesHoldTheDecodedText() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            let windows = "---\r\ntitle: Délai\r\ndescription: D.\r\n---\r\nTexte.\r\n"
            try write(Data([0xEF, 0xBB, 0xBF]) + Data(windows.utf8), "Content/livraison/delai.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            let s = try #require(site)
            #expect(s.sources["\(content(root))/livraison/delai.md"] == "---\ntitle: Délai\ndescription: D.\n---\nTexte.\n")
            #expect(s.articles.first?.bodyLines == ["Texte.", ""])
        }
    }

    @Test func categoryWithoutIndex() throws {
        try withSiteFolder { root in
            try write(articleText(title: "Délais"), "Content/livraison/delais.md", in: root)
            let (site, diagnostics) = load(root)
            let c = content(root)
            #expect(diagnostics == [Diagnostic(.error, .missingCategoryIndex, file: "\(c)/livraison", line: 0, column: 0,
                message: "category 'livraison' has no _index.md",
                fix: "create \(c)/livraison/_index.md with a title, a description and an order")])
            let s = try #require(site)
            #expect(s.categories.isEmpty)
            #expect(s.articles.isEmpty)
            #expect(contentSources(s).isEmpty)
        }
    }

    @Test func fileNameThatIsNotASlug() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(articleText(title: "Mon article"), "Content/livraison/Mon Article.md", in: root)
            let (site, diagnostics) = load(root)
            let c = content(root)
            #expect(diagnostics == [Diagnostic(.error, .unsafePath, file: "\(c)/livraison/Mon Article.md", line: 0, column: 0,
                message: "file name 'Mon Article.md' is not a valid URL segment",
                fix: "rename it to 'mon-article.md' (lowercase letters, digits and hyphens)")])
            #expect(try #require(site).articles.isEmpty)
        }
    }

    @Test func categoryFolderThatIsNotASlug() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Rétractation", order: 1), "Content/Rétractation/_index.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics == [Diagnostic(.error, .unsafePath, file: "\(content(root))/Rétractation", line: 0, column: 0,
                message: "category folder 'Rétractation' is not a valid URL segment",
                fix: "rename it to 'retractation' (lowercase letters, digits and hyphens)")])
            #expect(try #require(site).categories.isEmpty)
        }
    }

    @Test func symbolicLinkOutsideTheContentFolder() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write("---\ntitle: Secret\ndescription: D.\n---\n", "secret.md", in: root)
            let target = root.appendingPathComponent("secret.md")
            let link = root.appendingPathComponent("Content/livraison/secret.md")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            let (site, diagnostics) = load(root)
            let resolved = target.resolvingSymlinksInPath().path
            #expect(diagnostics == [Diagnostic(.error, .unsafePath, file: "\(content(root))/livraison/secret.md", line: 0, column: 0,
                message: "symbolic link points outside the content folder (to \(resolved))",
                fix: "copy the file into the content folder instead of linking to it")])
            let s = try #require(site)
            #expect(s.articles.isEmpty)
            #expect(contentSources(s).keys.sorted() == ["\(content(root))/livraison/_index.md"])
        }
    }

    @Test func symbolicLinkToAFolderOutsideTheContentFolder() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Ailleurs", order: 1), "Ailleurs/_index.md", in: root)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Content/ailleurs"),
                                                       withDestinationURL: root.appendingPathComponent("Ailleurs"))
            let (site, diagnostics) = load(root)
            #expect(diagnostics.map(\.code) == [.unsafePath])
            #expect(diagnostics.map(\.file) == ["\(content(root))/ailleurs"])
            #expect(try #require(site).categories.isEmpty)
        }
    }

    @Test func symbolicLinkInsideTheContentFolderIsFollowed() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(articleText(title: "Délais"), "Content/livraison/delais.md", in: root)
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Content/livraison/delai.md"),
                                                       withDestinationURL: root.appendingPathComponent("Content/livraison/delais.md"))
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            #expect(try #require(site).articles.map(\.slug) == ["delai", "delais"])
        }
    }

    @Test func nestedFolderInACategory() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(articleText(title: "Profond"), "Content/livraison/sous/profond.md", in: root)
            let (site, diagnostics) = load(root)
            let c = content(root)
            #expect(diagnostics == [Diagnostic(.error, .unsafePath, file: "\(c)/livraison/sous", line: 0, column: 0,
                message: "folders inside a category are not supported", fix: "move its articles into \(c)/livraison/")])
            #expect(try #require(site).articles.isEmpty)
        }
    }

    @Test func markdownFileAtTheRootOfContent() throws {
        try withSiteFolder { root in
            try write(articleText(title: "Lisez-moi"), "Content/lisez-moi.md", in: root)
            let (site, diagnostics) = load(root)
            let c = content(root)
            #expect(diagnostics == [Diagnostic(.error, .unsafePath, file: "\(c)/lisez-moi.md", line: 0, column: 0,
                message: "articles must be inside a category folder", fix: "move it to \(c)/<category>/lisez-moi.md")])
            #expect(try #require(site).articles.isEmpty)
        }
    }

    @Test func hiddenAndNonMarkdownFilesAreIgnored() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write("pas du markdown", "Content/livraison/photo.png", in: root)
            try write("---\n", "Content/livraison/.brouillon.md", in: root)
            try write("x", "Content/.DS_Store", in: root)
            try write("x", "Content/notes.txt", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            #expect(contentSources(try #require(site)).count == 1)
        }
    }

    @Test func articlesSortedByCategoryOrderThenArticleOrderThenTitle() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Rétractation", order: 2), "Content/retractation/_index.md", in: root)
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(categoryText(title: "Annulation", order: 2), "Content/annulation/_index.md", in: root)
            try write(articleText(title: "Zèbre", order: 1), "Content/retractation/a.md", in: root)
            try write(articleText(title: "Sans ordre"), "Content/retractation/b.md", in: root)
            try write(articleText(title: "Beta", order: 2), "Content/retractation/c.md", in: root)
            try write(articleText(title: "Alpha", order: 2), "Content/retractation/d.md", in: root)
            try write(articleText(title: "Suivi", order: 5), "Content/livraison/suivi.md", in: root)
            try write(articleText(title: "Annuler", order: 9), "Content/annulation/annuler.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            let s = try #require(site)
            // Categories: order 1, then the two of order 2 by title.
            #expect(s.categories.map(\.slug) == ["livraison", "annulation", "retractation"])
            #expect(s.articles.map(\.matter.title) == ["Suivi", "Annuler", "Zèbre", "Alpha", "Beta", "Sans ordre"])
        }
    }

    @Test func draftsAreLoadedMarkedAsDrafts() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(articleText(title: "Brouillon", draft: true), "Content/livraison/brouillon.md", in: root)
            try write(articleText(title: "Publié", draft: false), "Content/livraison/publie.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            let articles = try #require(site).articles
            #expect(articles.map(\.slug) == ["brouillon", "publie"])
            #expect(articles.map(\.matter.draft) == [true, false])
        }
    }

    @Test func settingsAreReadFromBesideTheContentFolder() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            let settings = Publisher.settings("title: Aide Marché\nbase_url: https://x.fr/aide\n")
            try write(settings, "guichet.yml", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics.isEmpty)
            let s = try #require(site)
            #expect(s.config.title == "Aide Marché")
            #expect(s.config.rootPath == "/aide/")
            #expect(s.sources[root.appendingPathComponent("guichet.yml").path] == settings)
        }
    }

    @Test func settingsErrorsAreReportedWithTheirFile() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(Publisher.settings("titre: Aide\n"), "guichet.yml", in: root)
            let (site, diagnostics) = load(root)
            let file = root.appendingPathComponent("guichet.yml").path
            #expect(diagnostics == [error(.unknownKey, file, 1, 1, "unknown key 'titre' in \(file)", fix: "did you mean 'title'?")])
            #expect(site != nil)
        }
    }

    @Test func explicitSettingsFileThatDoesNotExist() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            let missing = root.appendingPathComponent("autre.yml").path
            let (site, diagnostics) = load(root, configFile: missing)
            #expect(diagnostics == [error(.unreadableFile, missing, 1, 1, "settings file not found")])
            #expect(site?.config == SiteConfig())
        }
    }

    @Test func explicitSettingsFileIsUsed() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write("title: Beside\n", "guichet.yml", in: root)
            try write("title: Explicit\n", "config/prod.yml", in: root)
            let (site, _) = load(root, configFile: root.appendingPathComponent("config/prod.yml").path)
            #expect(site?.config.title == "Explicit")
        }
    }

    @Test func invalidUTF8File() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write(Data("---\ntitle: D".utf8) + Data([0xE9]) + Data("lai\n".utf8), "Content/livraison/delai.md", in: root)
            let (site, diagnostics) = load(root)
            let file = "\(content(root))/livraison/delai.md"
            #expect(diagnostics == [error(.invalidEncoding, file, 2, 9, "the file is not valid UTF-8",
                                          fix: "save it as UTF-8 in your editor")])
            let s = try #require(site)
            #expect(s.articles.isEmpty)
            #expect(s.sources[file] == nil)
        }
    }

    @Test func articleErrorsAreCollectedAndSorted() throws {
        try withSiteFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            try write("---\ntitle: B\n", "Content/livraison/b.md", in: root)
            try write("---\ntitel: A\ndescription: D.\n---\n", "Content/livraison/a.md", in: root)
            let (site, diagnostics) = load(root)
            let c = content(root)
            #expect(diagnostics == [
                error(.missingKey, "\(c)/livraison/a.md", 1, 1, "missing required key 'title'", fix: "add 'title: …' to the front-matter"),
                error(.unknownKey, "\(c)/livraison/a.md", 2, 1, "unknown key 'titel' in front-matter", fix: "did you mean 'title'?"),
                error(.unclosedFrontMatter, "\(c)/livraison/b.md", 1, 1, "the front-matter opened here is not closed",
                      fix: "add a line '---' after the last YAML field"),
            ])
            let s = try #require(site)
            #expect(s.articles.isEmpty)
            // Files that were read are kept for quoting, even when they do not parse.
            #expect(contentSources(s).count == 3)
        }
    }

    @Test func articlesOfABrokenCategoryAreLeftOut() throws {
        try withSiteFolder { root in
            try write("---\ntitle: Livraison\n---\n", "Content/livraison/_index.md", in: root)
            try write(articleText(title: "Délais"), "Content/livraison/delais.md", in: root)
            let (site, diagnostics) = load(root)
            #expect(diagnostics == [error(.missingKey, "\(content(root))/livraison/_index.md", 1, 1,
                                          "missing required key 'description'", fix: "add 'description: …' to the category's _index.md")])
            let s = try #require(site)
            #expect(s.categories.isEmpty)
            #expect(s.articles.isEmpty)
        }
    }

    @Test func contentFolderThatDoesNotExist() throws {
        try withSiteFolder { root in
            let (site, diagnostics) = load(root)
            #expect(site == nil)
            #expect(diagnostics == [Diagnostic(.error, .unreadableFile, file: content(root), line: 0, column: 0,
                message: "content folder not found", fix: "run from the folder that holds Content/, or pass --content DIR")])
        }
    }

    @Test func resolvedConfigFile() {
        #expect(ContentLoader(contentDirectory: "Content").resolvedConfigFile == "guichet.yml")
        #expect(ContentLoader(contentDirectory: "site/Content").resolvedConfigFile == "site/guichet.yml")
        #expect(ContentLoader(contentDirectory: "/srv/aide/Content").resolvedConfigFile == "/srv/aide/guichet.yml")
        #expect(ContentLoader(contentDirectory: "Content", configFile: "prod.yml").resolvedConfigFile == "prod.yml")
    }

    @Test func displayPathDropsALeadingDotSlash() {
        let loader = ContentLoader(contentDirectory: "./Content")
        #expect(loader.displayPath("./Content/a/b.md") == "Content/a/b.md")
        #expect(loader.displayPath("Content/a/b.md") == "Content/a/b.md")
    }

    @Test(arguments: ["mon-article", "a", "delai-de-retractation", "2026", "a1-b2"])
    func validSlugs(slug: String) {
        #expect(isValidSlug(slug))
    }

    @Test(arguments: ["", "-", "Mon-article", "mon article", "-a", "a-", "a--b", "délai", "de\u{301}lai", "ａ", "a_b", "a.b"])
    func invalidSlugs(slug: String) {
        #expect(!isValidSlug(slug))
    }

    @Test func suggestedSlugs() {
        #expect(suggestSlug("Mon Article") == "mon-article")
        #expect(suggestSlug("Délai de Rétractation") == "delai-de-retractation")
        #expect(suggestSlug("  Été -- 2026 !") == "ete-2026")
        #expect(suggestSlug("!!!") == "article")
        for name in ["Mon Article", "Délai de Rétractation", "  Été -- 2026 !", "!!!"] {
            #expect(isValidSlug(suggestSlug(name)))
        }
    }
}

extension ContentLoaderTests {
    @Test func aSiteWithoutSettingsIsToldWhatTheLawRequires() throws {
        try withTemporaryFolder { root in
            try write(categoryText(title: "Livraison", order: 1), "Content/livraison/_index.md", in: root)
            let (site, diagnostics) = load(root)
            let file = root.appendingPathComponent("guichet.yml").path
            #expect(diagnostics.map { "\($0.place): \($0.message)" } == [
                "\(file): missing required key 'legal' (there is no guichet.yml): the legal notices (LCEN art. 1-1) must name the publisher",
                "\(file): missing required key 'mediator' (there is no guichet.yml): customers must be told which consumer mediator they may turn to (L616-1)",
            ])
            #expect(diagnostics.first?.fix == "run 'guichet init --force \(root.path)': it adds the starter's guichet.yml, every key explained, and overwrites no file; then write your own 'legal:' values in it")
            #expect(site?.config.legal == nil)
        }
    }
}
