import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch

/// One file of the site-wide step, or one folder of files made together (the search's): where it goes, and
/// how to make its bytes (nil: the theme has no template).
///
/// What a file shows besides the outline is not declared: the build records what making it read of the
/// articles (`ArticleReads`), and a later build whose outline is unchanged keeps it unless an article
/// checked again changed one of those parts (`CacheDecision.keeps(_:)`).
struct SiteFile: Sendable {
    /// A file's path, or a folder's ending with `/`.
    let path: String
    let isPage: Bool
    let makeFiles: @Sendable () -> [MadeFile]?

    var isFolder: Bool { path.hasSuffix("/") }

    init(path: String, isPage: Bool, make: @escaping @Sendable () -> Data?) {
        (self.path, self.isPage) = (path, isPage)
        makeFiles = { make().map { [MadeFile(path: path, data: $0)] } }
    }

    init(folder: String, makeFiles: @escaping @Sendable () -> [MadeFile]?) {
        (path, isPage, self.makeFiles) = (folder + "/", false, makeFiles)
    }

    /// The pages and files that show every article (or none): home, categories, 404, rules page, aliases,
    /// search index, live data, regles.json, sitemap, robots.txt. The largest first, so that the cores
    /// finish together.
    static func all(_ site: PreparedSite, renderer: PageRenderer, options: BuildOptions, search: SearchBuild) -> [SiteFile] {
        let (articles, asOf, book, root) = (site.articles, options.asOf, options.book, site.config.rootPath)
        let published = Computed { PublishedRules(articles, asOf: asOf, book: book, root: root) }
        let news = Computed { RuleNews(articles, asOf: asOf, book: book, root: root) }
        let pages = SitePages.all(site, published: published, news: news)
        let baseURL = site.config.baseURL
        let synonyms = SearchVocabulary.groups(extra: site.config.synonyms)
        var files = [SiteFile(folder: SearchIndex.folder, makeFiles: {
            try? search.files(site, root: root, synonyms: synonyms)
        })]
        files += pages.map { page in
            SiteFile(path: page.path(in: renderer), isPage: true, make: { page.render(with: renderer).map { Data($0.utf8) } })
        }
        // Each page's Markdown twin shows what the page shows; what it reads is recorded as for the page.
        files += pages.filter { type(of: $0).hasTwin }.map { page in
            SiteFile(path: MarkdownTwin.path(of: page.path(in: renderer)), isPage: false, make: { page.twin(with: renderer).map { Data($0.utf8) } })
        }
        let sitemapped = pages.filter { type(of: $0).inSitemap }.map { SitePages.address(ofFile: $0.path(in: renderer)) }
        files.append(SiteFile(path: GeneratedFiles.llmsText, isPage: false, make: { Data(LlmsText.text(site.outline, asOf: asOf, baseURL: baseURL).utf8) }))
        files.append(json(GeneratedFiles.hoursData) { LiveData.hours(book: book, asOf: asOf) })
        files.append(json(GeneratedFiles.withdrawalData) { LiveData.withdrawal(book: book, asOf: asOf) })
        files.append(json(GeneratedFiles.claimData) { LiveData.claim(book: book, asOf: asOf) })
        files.append(json(GeneratedFiles.rulesData) { published.get })
        let siteTitle = FrenchTypography.apply(site.config.title)
        files.append(SiteFile(path: GeneratedFiles.newsFeed, isPage: false, make: {
            Data(AtomFeed.xml(news.get, siteTitle: siteTitle, baseURL: baseURL, root: root, clock: book.calendar.clock).utf8)
        }))
        files.append(SiteFile(path: GeneratedFiles.sitemap, isPage: false, make: { Data(SiteFiles.sitemap(site, pages: sitemapped, baseURL: baseURL).utf8) }))
        files.append(SiteFile(path: GeneratedFiles.robots, isPage: false, make: { Data(SiteFiles.robots(baseURL: baseURL).utf8) }))
        return files
    }

    private static func json<T: Encodable & Sendable>(_ path: String, _ value: @escaping @Sendable () -> T) -> SiteFile {
        SiteFile(path: path, isPage: false, make: { Data(((try? SafeJSON.encode(value())) ?? "{}").utf8) })
    }
}
