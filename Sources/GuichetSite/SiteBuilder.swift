import Foundation
import GuichetContent
import HelpCentreRules

/// The build, as a short list of named steps: load → check → theme → render and write → publish.
/// `check()` runs the first two only, which is what `guichet check` and a preview's overlay need.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        /// Source text by file, so that a report can quote the offending line.
        public var sources: [String: String]
        public var pagesWritten = 0
        /// Files whose bytes reached the disk (all of them, unless the build was incremental).
        public var filesChanged = 0
        /// True when the cache showed that nothing changed since the last build: nothing was redone.
        public var unchanged = false
        /// The paths written under the output folder, sorted.
        public var files: [String] = []
        public var articleCount = 0
        public var published = false
        public var articles: [ArticleSummary] = []

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
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
        if var site = content, let base = options.baseURL {
            if let normalised = SiteConfig.normaliseBaseURL(base) {
                site.config.baseURL = normalised
                content = site
            } else {
                diagnostics.append(Diagnostic(.error, .invalidConfig, file: "--base-url", line: 0, column: 0,
                                              message: "'\(base)' is not an absolute http(s) URL",
                                              fix: "write it as https://aide.example.fr/"))
            }
        }
        return (content, diagnostics)
    }

    /// Step 2: apply the rules and check references, links and front-matter.
    func prepare(_ content: ContentSite) -> PreparedSite {
        var site = SitePreparer(options: options).prepare(content)
        // guichet.yml's `contact_form`: a URL as is, or a published article's path made its page URL;
        // resolved once here for every page (the contact block and the feedback link show it).
        let form = content.config.contactForm
        if ContentPath.hasScheme(form) || form.hasPrefix("/") {
            site.contactFormURL = form
        } else if let article = site.articles.first(where: { $0.article.contentPath == form && !$0.article.matter.draft }) {
            site.contactFormURL = content.config.rootPath + article.article.path
        } else {
            site.diagnostics.append(Diagnostic(.error, .invalidConfig,
                file: contentLoader.resolvedConfigFile,
                line: 0, column: 0, message: "contact_form '\(form)' is neither a URL nor a published article under the content folder",
                fix: "set contact_form to https://… or to the path of the contact article, such as contact/formulaire-de-contact.md"))
        }
        return site
    }

    /// Runs load and check, writing nothing.
    public func check() -> Report {
        let (content, loadDiagnostics) = load()
        guard let content else { return Report(diagnostics: loadDiagnostics, sources: [:]) }
        let site = prepare(content)
        return Report(diagnostics: (loadDiagnostics + site.diagnostics).sorted(), sources: content.sources,
                      articles: summaries(site))
    }

    /// The check step on content already in memory (a preview, a fuzzer, a test): no file is read.
    public func check(_ content: ContentSite) -> Report {
        let site = prepare(content)
        return Report(diagnostics: site.diagnostics, sources: content.sources, articles: summaries(site))
    }

    /// Runs every step; publishes only when there is no error. Problems in the content come back in the
    /// report; a failure to write is thrown. With a cache folder, a build whose inputs are those of the last
    /// one does nothing, and otherwise only the files whose bytes changed are written.
    public func build() throws(SiteError) -> Report {
        let fingerprint = options.cacheDirectory.map { _ in BuildCache.fingerprint(options, configFile: contentLoader.resolvedConfigFile) }
        let cache = options.clean ? nil : options.cacheDirectory.flatMap { BuildCache.load(from: $0, output: options.outputDirectory) }
        let outputExists = FileManager.default.fileExists(atPath: options.outputDirectory)
        if let cache, cache.inputs == fingerprint, outputExists {
            var report = Report(diagnostics: cache.diagnostics, sources: sources(of: cache.diagnostics))
            report.pagesWritten = cache.pages
            report.published = true
            report.unchanged = true
            report.articleCount = cache.articles
            return report
        }
        let (content, loadDiagnostics) = load()
        guard let content else { return Report(diagnostics: loadDiagnostics, sources: [:]) }
        let site = prepare(content)
        let (theme, themeDiagnostics) = Theme.load(themesDirectory: options.themesDirectory, name: content.config.theme)
        var report = Report(diagnostics: (loadDiagnostics + site.diagnostics + themeDiagnostics).sorted(),
                            sources: content.sources, articles: summaries(site))
        report.articleCount = report.articles.count
        guard let theme, report.errorCount == 0 else { return report }
        let written = try write(site, theme: theme, previous: outputExists ? cache?.files : nil)
        report.pagesWritten = written.pages
        report.files = written.files.keys.sorted()
        report.filesChanged = written.changed
        report.published = true
        if let folder = options.cacheDirectory, let fingerprint {
            try BuildCache(output: BuildCache.absolute(options.outputDirectory), inputs: fingerprint, files: written.files, diagnostics: report.diagnostics,
                           pages: written.pages, articles: report.articleCount).save(to: folder, output: options.outputDirectory)
        }
        return report
    }

    /// The text of the files named by `diagnostics`, for quoting lines when the build was skipped.
    private func sources(of diagnostics: [Diagnostic]) -> [String: String] {
        var sources: [String: String] = [:]
        for file in Set(diagnostics.map(\.file)) {
            if let data = FileManager.default.contents(atPath: file) { sources[file] = String(decoding: data, as: UTF8.self) }
        }
        return sources
    }

    /// Steps 3 and 4: render every page on every core straight into the staging folder (or, incrementally,
    /// into the output folder, only what changed), then publish.
    private func write(_ site: PreparedSite, theme: Theme, previous: [String: String]?)
        throws(SiteError) -> (pages: Int, files: [String: String], changed: Int) {
        let writer = OutputWriter(output: options.outputDirectory, sink: options.fileSink, previous: previous)
        try writer.begin()
        do throws(SiteError) {
            var written: [OutputWriter.Written] = []
            var assetURLs: [String: String] = [:]
            for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
                let data = FileManager.default.contents(atPath: source) ?? Data()
                written.append(try writer.write("assets/" + name, data))
                assetURLs[name] = site.config.rootPath + "assets/" + name + "?v=" + ContentHash.hex(data)
            }
            let renderer = PageRenderer(site: site, theme: theme, asOf: options.asOf, book: options.book,
                                        baseURL: site.config.baseURL, root: site.config.rootPath, assetURLs: assetURLs)
            var pages: [PageRenderer.Page] = [.home, .notFound, .rules]
            pages += site.categories.indices.map { .category($0) }
            pages += site.articles.indices.map { .article($0) }
            pages += site.aliases.map { .alias(from: $0.from, to: $0.to) }
            let results = pages.parallelMap { page -> Result<OutputWriter.Written, SiteError> in
                let (path, html) = renderer.render(page)
                guard let html else { return .failure(SiteError(.cannotWrite, path: path, underlying: TemplateMissing())) }
                do throws(SiteError) { return .success(try writer.write(path, Data(html.utf8))) } catch { return .failure(error) }
            }
            for result in results {
                switch result {
                case .success(let file): written.append(file)
                case .failure(let error): throw error
                }
            }
            func json<T: Encodable>(_ path: String, _ value: T) throws(SiteError) {
                written.append(try writer.write(path, Data(((try? SafeJSON.encode(value)) ?? "{}").utf8)))
            }
            let index = SiteFiles.searchIndex(site, root: site.config.rootPath)
            written.append(try writer.write("search-index.json", Data(((try? index.json()) ?? "{}").utf8)))
            try json("donnees/horaires.json", LiveData.hours(book: options.book, asOf: options.asOf))
            try json("donnees/retractation.json", LiveData.withdrawal(book: options.book, asOf: options.asOf))
            try json("donnees/reclamation.json", LiveData.claim(book: options.book, asOf: options.asOf))
            try json("regles.json", PublishedRules(site, asOf: options.asOf, book: options.book, root: site.config.rootPath))
            written.append(try writer.write("sitemap.xml", Data(SiteFiles.sitemap(site, baseURL: site.config.baseURL).utf8)))
            written.append(try writer.write("robots.txt", Data(SiteFiles.robots(baseURL: site.config.baseURL).utf8)))
            let files = Dictionary(written.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
            try writer.publish(keeping: Set(files.keys))
            return (pages.count, files, written.filter(\.changed).count)
        } catch {
            writer.abandon()
            throw error
        }
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

/// A short content hash for cache-busting asset URLs (FNV-1a, 64 bits): stable across machines and runs.
enum ContentHash {
    static func hex(_ data: Data) -> String { String(full(data).prefix(10)) }

    /// All 64 bits, as 16 hex digits: what the build cache compares.
    static func full(_ data: Data) -> String {
        var hasher = Hasher64()
        hasher.combine(data)
        return hasher.hex
    }
}

/// FNV-1a over bytes, fed piece by piece. Not for security: for noticing that bytes changed.
struct Hasher64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ data: Data) {
        data.withUnsafeBytes { raw in
            for byte in raw {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
        }
    }

    mutating func combine(_ text: String) {
        combine(Data(text.utf8))
        combine(Data([0])) // a separator, so that "ab"+"c" and "a"+"bc" differ
    }

    var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
