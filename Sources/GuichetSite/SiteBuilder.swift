import Foundation
import GuichetContent
import HelpCentreRules

/// The build, as a short list of named steps: load → check → theme → render and write → publish.
/// `check()` runs the first two only, which is what `guichet check` needs; the preview runs `build()`.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        /// Source text by file, so that a report can quote the offending line.
        public var sources: [String: String]
        /// Pages of the published site (those kept from the last build included).
        public var pagesWritten = 0
        /// Files whose bytes reached the disk (all of them, unless the build was incremental).
        public var filesChanged = 0
        /// True when the cache showed that nothing changed since the last build: nothing was redone.
        public var unchanged = false
        /// Every file of the published site, under the output folder, sorted (kept ones included).
        public var files: [String] = []
        public var articleCount = 0
        /// Articles parsed and checked by this build; the others' checks came from the build cache.
        public var articlesChecked = 0
        public var published = false
        public var articles: [ArticleSummary] = []

        /// Errors and warnings that no override comment silenced: what fails a build or a strict check.
        public var errorCount: Int { diagnostics.filter { $0.severity == .error && $0.isReported }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning && $0.isReported }.count }
        /// Findings an override comment silenced, each with its reason.
        public var suppressedCount: Int { diagnostics.filter { !$0.isReported }.count }
    }

    /// What a report says about one article: enough for `rules show` to list where a rule is used.
    public struct ArticleSummary: Sendable {
        public let file: String
        public let title: String
        public let isDraft: Bool
        public let usedRules: [String: [SourcePoint]]
    }

    // MARK: - Steps

    private var contentLoader: ContentLoader {
        ContentLoader(contentDirectory: options.contentDirectory, configFile: options.configFile)
    }

    /// Step 1: read Content/ and guichet.yml.
    func load() -> (ContentSite?, [Diagnostic]) {
        var (content, diagnostics) = contentLoader.load()
        if var site = content {
            applyBaseURL(to: &site.config, diagnostics: &diagnostics)
            content = site
        }
        return (content, diagnostics)
    }

    /// `--base-url` replaces guichet.yml's `base_url`.
    private func applyBaseURL(to config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard let base = options.baseURL else { return }
        if let normalised = SiteConfig.normaliseBaseURL(base) {
            config.baseURL = normalised
        } else {
            diagnostics.append(Diagnostic(.error, .invalidConfig, file: "--base-url", line: 0, column: 0,
                                          message: "'\(base)' is not an absolute http(s) URL",
                                          fix: "write it as https://aide.example.fr/"))
        }
    }

    /// Step 2: apply the rules and check references, links and front-matter.
    func prepare(_ content: ContentSite) -> PreparedSite {
        SitePreparer(options: options, configFile: contentLoader.resolvedConfigFile).prepare(content)
    }

    /// Runs load and check, writing nothing.
    public func check() -> Report {
        let (content, loadDiagnostics) = load()
        guard let content else { return Report(diagnostics: loadDiagnostics, sources: [:]) }
        let site = prepare(content)
        return Report(diagnostics: (loadDiagnostics + site.diagnostics).sorted(), sources: content.sources,
                      articles: summaries(site))
    }

    /// The check step on content already in memory (the corpus command, a fuzzer, a test): no file is read.
    public func check(_ content: ContentSite) -> Report {
        let site = prepare(content)
        return Report(diagnostics: site.diagnostics, sources: content.sources, articles: summaries(site))
    }

    /// Runs every step (list → read → outline → check and render each article → site-wide checks → site-wide
    /// pages → publish); publishes only when there is no error. Problems in the content come back in the
    /// report; a failure to write is thrown.
    ///
    /// With a cache folder, a build whose inputs are those of the last one does nothing; otherwise it reads
    /// only the files whose stamp changed, checks and renders only the articles whose bytes changed (all of
    /// them when what every page shows changed: a title, a category, a template, a rule), and writes only
    /// the files whose bytes changed.
    public func build() throws(SiteError) -> Report {
        let started = FileStamp.now()
        let configFile = contentLoader.resolvedConfigFile
        let settings = BuildCache.settings(options, configFile: configFile)
        let outputExists = FileManager.default.fileExists(atPath: options.outputDirectory)
        let stored = options.clean || !outputExists ? nil
            : options.cacheDirectory.flatMap { BuildCache.load(from: $0, output: options.outputDirectory) }

        // Step 1: list the files, and stop there if none changed.
        var (scanned, diagnostics) = contentLoader.scan()
        guard var scan = scanned else { return Report(diagnostics: diagnostics, sources: [:]) }
        applyBaseURL(to: &scan.config, diagnostics: &diagnostics)
        let stamps = scan.files.map { FileStamp(path: $0.path) }
        // Listing Content/ may find errors about files it leaves out (a misplaced article): never "unchanged" then.
        if let cache = stored?.summary, !diagnostics.contains(where: { $0.severity == .error && $0.isReported }),
           let report = unchangedReport(cache, settings: settings, files: scan.files, stamps: stamps) {
            return report
        }

        // Step 2: read what changed; an article whose bytes did not change keeps its last check.
        var cache: BuildCache?
        if var (record, rest) = stored, record.readBulk(&rest) { cache = record }
        let (categories, articles, read) = self.read(scan, stamps: stamps, cache: cache, diagnostics: &diagnostics)
        let heads = articles.map { $0.head! }

        // Step 3: the outline every page shows, and the theme.
        let preparer = SitePreparer(options: options, configFile: configFile)
        let (context, outlineDiagnostics, categoryResult) = preparer.context(config: scan.config, categories: categories, heads: heads)
        diagnostics += outlineDiagnostics
        let contextKey = BuildCache.context(settings: settings,
                                            categories: read.categoryHashes,
                                            heads: heads)
        let reuse = cache?.context == contextKey
        let (theme, themeDiagnostics) = Theme.load(themesDirectory: options.themesDirectory, name: scan.config.theme)
        diagnostics += themeDiagnostics

        // Step 4: check every article and render its page into the staging folder; an article the cache
        // vouches for is skipped, its page kept.
        let writer = OutputWriter(output: options.outputDirectory, sink: options.fileSink, previous: cache?.files)
        try writer.begin()
        do throws(SiteError) {
            var written: [OutputWriter.Written] = []
            var assetURLs: [String: String] = [:]
            for (name, source) in (theme?.assets ?? [:]).sorted(by: { $0.key < $1.key }) {
                let data = FileManager.default.contents(atPath: source) ?? Data()
                written.append(try writer.write("assets/" + name, data))
                assetURLs[name] = context.outline.config.rootPath + "assets/" + name + "?v=" + ContentHash.hex(data)
            }
            let renderer = theme.map {
                PageRenderer(site: context.outline, theme: $0, asOf: options.asOf, book: options.book,
                             baseURL: context.outline.config.baseURL, root: context.outline.config.rootPath, assetURLs: assetURLs)
            }
            let steps = articles.parallelMap { input in
                checkAndRender(input, reuse: reuse, preparer: preparer, context: context, renderer: renderer, writer: writer)
            }
            var prepared: [PreparedArticle] = []
            var checkedCount = 0
            var changes = SiteWideChanges()
            for step in steps {
                switch step {
                case .kept(let article, let file):
                    prepared.append(article)
                    if let file { written.append(file) }
                case .checked(let article, let file):
                    prepared.append(article)
                    if let file { written.append(file) }
                    checkedCount += 1
                    changes.record(article, before: cache?.articles[article.article.file])
                case .changedDuringBuild(let diagnostic):
                    diagnostics.append(diagnostic)
                case .failed(let error):
                    throw error
                }
            }

            // Step 5: what needs every article: anchors, aliases, coverage. Nothing is published with an error.
            let site = preparer.finish(context, categories: categoryResult, heads: heads, articles: prepared)
            diagnostics = (diagnostics + site.diagnostics).sorted()
            var report = Report(diagnostics: diagnostics, sources: sources(of: diagnostics, known: scan.sources), articles: summaries(site))
            report.articleCount = report.articles.count
            report.articlesChecked = checkedCount
            guard let renderer, report.errorCount == 0 else {
                writer.abandon()
                return report
            }

            // Step 6: the pages and files that show every article, made on every core, then publish.
            let siteFiles = self.siteFiles(site, renderer: renderer)
            let changed = changes
            let results = siteFiles.parallelMap { file -> Result<OutputWriter.Written, SiteError> in
                if reuse, !changed.touches(file.dependency), let kept = writer.keep(file.path) { return .success(kept) }
                guard let data = file.make() else {
                    return .failure(SiteError(.cannotWrite, path: file.path, underlying: TemplateMissing()))
                }
                do throws(SiteError) { return .success(try writer.write(file.path, data)) } catch { return .failure(error) }
            }
            for result in results {
                switch result {
                case .success(let file): written.append(file)
                case .failure(let error): throw error
                }
            }
            let files = Dictionary(written.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
            // The old record no longer describes the output once the first file is renamed in: removed
            // first, so that a build killed while publishing leaves no cache, and the next one starts clean.
            if let folder = options.cacheDirectory { BuildCache.remove(from: folder, output: options.outputDirectory) }
            try writer.publish(keeping: Set(files.keys))
            let pageCount = siteFiles.filter(\.isPage).count + site.articles.count
            report.pagesWritten = pageCount
            report.files = files.keys.sorted()
            report.filesChanged = written.filter(\.changed).count
            report.published = true

            if let folder = options.cacheDirectory {
                let sources = read.sources.mapValues { source in
                    BuildCache.Source(stamp: source.stamp.flatMap { $0.isSettled(before: started) ? $0 : nil }, hash: source.hash)
                }
                let memos = Dictionary(prepared.map { ($0.article.file, $0) }, uniquingKeysWith: { first, _ in first })
                let record = BuildCache(output: BuildCache.absolute(options.outputDirectory), settings: settings, context: contextKey,
                                        sources: sources, articles: memos, files: files, diagnostics: report.diagnostics,
                                        pages: pageCount, articleCount: report.articleCount)
                save(record, in: folder, report: &report)
            }
            return report
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// The report of a build that has nothing to do: the settings are those of the last build, and every
    /// content file is the one it read (same stamp, or same bytes when its stamp was too recent to trust).
    /// Nil when something changed.
    private func unchangedReport(_ cache: BuildCache, settings: String, files: [ContentFile], stamps: [FileStamp?]) -> Report? {
        guard cache.settings == settings, cache.sources.count == files.count,
              zip(files, stamps).allSatisfy({ file, stamp in
                  guard let stamp, let record = cache.sources[file.file] else { return false }
                  return record.stamp == stamp
                      || (record.stamp == nil && contentLoader.bytes(file).map { ContentHash.full($0) } == record.hash)
              }) else { return nil }
        var report = Report(diagnostics: cache.diagnostics, sources: sources(of: cache.diagnostics, known: [:]))
        report.pagesWritten = cache.pages
        report.published = true
        report.unchanged = true
        report.articleCount = cache.articleCount
        return report
    }

    /// Saves the record of this build. The site is published already: a failure only costs the next
    /// build its speed, and is a warning.
    private func save(_ record: BuildCache, in folder: String, report: inout Report) {
        do throws(SiteError) {
            try record.save(to: folder, output: options.outputDirectory)
        } catch {
            report.diagnostics.append(Diagnostic(.warning, .cacheNotSaved, file: error.path, line: 0, column: 0,
                message: "the build cache could not be saved (\(error.description)); the next build will redo everything",
                fix: "check that the cache folder is writable and the disk has room, or pass --cache DIR"))
        }
    }

    /// One file of step 6: where it goes, and how to make its bytes (nil: the theme has no template for it).
    private struct SiteFile: Sendable {
        let path: String
        let isPage: Bool
        /// What it shows besides the outline: a build whose outline did not change keeps the last build's
        /// file when none of that changed either.
        let dependency: SiteWideChanges.Dependency
        let make: @Sendable () -> Data?
    }

    /// The pages and files that show every article (or none): home, categories, 404, rules page, aliases,
    /// search index, live data, regles.json, sitemap, robots.txt.
    private func siteFiles(_ site: PreparedSite, renderer: PageRenderer) -> [SiteFile] {
        var pages: [PageRenderer.Page] = [.home, .notFound]
        pages += site.categories.indices.map { .category($0) }
        pages += site.aliases.map { .alias(from: $0.from, to: $0.to) }
        let published = PublishedRules(site.articles, asOf: options.asOf, book: options.book, root: site.config.rootPath)
        pages.append(.rules(published))
        var files = pages.map { page in
            SiteFile(path: renderer.path(of: page), isPage: true, dependency: PageRenderer.dependency(of: page),
                     make: { renderer.render(page).html.map { Data($0.utf8) } })
        }
        func json<T: Encodable & Sendable>(_ path: String, _ dependency: SiteWideChanges.Dependency,
                                           _ value: @escaping @Sendable () -> T) -> SiteFile {
            SiteFile(path: path, isPage: false, dependency: dependency, make: { Data(((try? SafeJSON.encode(value())) ?? "{}").utf8) })
        }
        let (book, asOf, root, baseURL) = (options.book, options.asOf, site.config.rootPath, site.config.baseURL)
        // The largest first, so that the cores finish together.
        files.insert(SiteFile(path: "search-index.json", isPage: false, dependency: .searchTerms, make: {
            Data((try? SiteFiles.searchIndex(site, root: root).jsonBytes()) ?? Array("{}".utf8))
        }), at: 0)
        // The live data depend on the rules and the date only, which are part of the outline's fingerprint.
        files.append(json("donnees/horaires.json", .outline) { LiveData.hours(book: book, asOf: asOf) })
        files.append(json("donnees/retractation.json", .outline) { LiveData.withdrawal(book: book, asOf: asOf) })
        files.append(json("donnees/reclamation.json", .outline) { LiveData.claim(book: book, asOf: asOf) })
        files.append(json("regles.json", .rulesUsed) { published })
        files.append(SiteFile(path: "sitemap.xml", isPage: false, dependency: .reviewDates,
                              make: { Data(SiteFiles.sitemap(site, baseURL: baseURL).utf8) }))
        files.append(SiteFile(path: "robots.txt", isPage: false, dependency: .outline,
                              make: { Data(SiteFiles.robots(baseURL: baseURL).utf8) }))
        return files
    }

    /// What step 4 did with one article.
    private enum ArticleStep: Sendable {
        /// The cache vouched for it: its last check, and its page as the last build wrote it.
        case kept(PreparedArticle, OutputWriter.Written?)
        /// Checked now, its page written to the staging folder (none for a draft).
        case checked(PreparedArticle, OutputWriter.Written?)
        /// Its bytes are no longer those read at the start of the build.
        case changedDuringBuild(Diagnostic)
        case failed(SiteError)
    }

    /// Step 4 for one article: keep what the cache vouches for, else read its body, check it, render its
    /// page and stage it.
    private func checkAndRender(_ input: SourceInput, reuse: Bool, preparer: SitePreparer, context: SitePreparer.Context,
                                renderer: PageRenderer?, writer: OutputWriter) -> ArticleStep {
        let head = input.head!
        let published = options.includeDrafts || !head.matter.draft
        if reuse, let memo = input.memo {
            if !published { return .kept(memo, nil) }
            if let kept = writer.keep(head.path + "index.html") { return .kept(memo, kept) }
        }
        guard let (article, parseDiagnostics) = input.article(loader: contentLoader) else {
            return .changedDuringBuild(.error(.unreadableFile, input.file.file, .fileStart,
                                              "the file changed or disappeared during the build",
                                              fix: "run the build again once the file is saved"))
        }
        let (prepared, bodyHTML) = preparer.prepare(article, in: context, parseDiagnostics: parseDiagnostics)
        guard published, let renderer else { return .checked(prepared, nil) }
        let (path, html) = renderer.render(.article(prepared, bodyHTML: bodyHTML))
        guard let html else { return .failed(SiteError(.cannotWrite, path: path, underlying: TemplateMissing())) }
        do throws(SiteError) {
            return .checked(prepared, try writer.write(path, Data(html.utf8)))
        } catch {
            return .failed(error)
        }
    }

    /// What step 2 read besides the categories and articles: for the cache and the outline's fingerprint.
    private struct ReadRecord {
        var sources: [String: BuildCache.Source] = [:]
        var categoryHashes: [(file: String, hash: String)] = []
    }

    /// Step 2: reads every content file whose stamp changed, in parallel; returns the categories and the
    /// articles in site order. Texts are not kept beyond the articles that need them: a report that quotes
    /// a line reads its file again.
    private func read(_ scan: ContentScan, stamps: [FileStamp?], cache: BuildCache?,
                      diagnostics: inout [Diagnostic]) -> ([Category], [SourceInput], ReadRecord) {
        let inputs = Array(zip(scan.files, stamps)).parallelMap { file, stamp in
            SourceInput.read(file, stamp: stamp, cache: cache, loader: contentLoader)
        }
        var record = ReadRecord()
        var categories: [Category] = []
        var articles: [SourceInput] = []
        for input in inputs {
            diagnostics += input.diagnostics
            if let hash = input.hash {
                record.sources[input.file.file] = BuildCache.Source(stamp: input.stamp, hash: hash)
                if input.file.kind == .category { record.categoryHashes.append((input.file.file, hash)) }
            }
            if let category = input.category { categories.append(category) }
            if input.head != nil { articles.append(input) }
        }
        categories = ContentLoader.ordered(categories)
        return (categories, ContentLoader.ordered(articles, head: { $0.head! }, in: categories), record)
    }

    /// The text of the files named by `diagnostics`, for quoting lines: from `known` when this build read
    /// them, else from the disk (an article the cache vouched for was not read), decoded as the loader does
    /// (byte-order mark dropped, CR LF made LF), so that lines and columns are those the findings give.
    private func sources(of diagnostics: [Diagnostic], known: [String: String]) -> [String: String] {
        var sources: [String: String] = [:]
        for file in Set(diagnostics.map(\.file)) {
            if let text = known[file] {
                sources[file] = text
            } else if let data = FileManager.default.contents(atPath: file),
                      case .success(let text) = SourceText.decode(Array(data)) {
                sources[file] = text
            }
        }
        return sources
    }

    private func summaries(_ site: PreparedSite) -> [ArticleSummary] {
        site.articles.map {
            ArticleSummary(file: $0.article.file, title: $0.article.matter.title, isDraft: $0.article.matter.draft,
                           usedRules: $0.usedRules)
        }
    }
}

struct TemplateMissing: Error, CustomStringConvertible {
    var description: String { "the theme has no template for this page" }
}
