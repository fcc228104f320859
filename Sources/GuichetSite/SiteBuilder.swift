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
        /// The paths written under the output folder, sorted.
        public var files: [String] = []
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
        let form = content.config.contactForm
        if !ContentPath.hasScheme(form), !form.hasPrefix("/"), !content.articles.contains(where: { $0.contentPath == form }) {
            site.diagnostics.append(Diagnostic(.error, .invalidConfig,
                file: contentLoader.resolvedConfigFile,
                line: 0, column: 0, message: "contact_form '\(form)' is neither a URL nor an article under the content folder",
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
    /// report; a failure to write is thrown.
    public func build() throws(SiteError) -> Report {
        let (content, loadDiagnostics) = load()
        guard let content else { return Report(diagnostics: loadDiagnostics, sources: [:]) }
        let site = prepare(content)
        let (theme, themeDiagnostics) = Theme.load(themesDirectory: options.themesDirectory, name: content.config.theme)
        var report = Report(diagnostics: (loadDiagnostics + site.diagnostics + themeDiagnostics).sorted(),
                            sources: content.sources, articles: summaries(site))
        guard let theme, report.errorCount == 0 else { return report }
        (report.pagesWritten, report.files) = try write(site, theme: theme)
        report.published = true
        return report
    }

    /// Steps 3 and 4: render every page on every core straight into the staging folder, then swap it in.
    private func write(_ site: PreparedSite, theme: Theme) throws(SiteError) -> (pages: Int, files: [String]) {
        let writer = OutputWriter(output: options.outputDirectory, sink: options.fileSink)
        try writer.begin()
        do throws(SiteError) {
            var assetURLs: [String: String] = [:]
            for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
                let data = FileManager.default.contents(atPath: source) ?? Data()
                try writer.write("assets/" + name, data)
                assetURLs[name] = site.config.rootPath + "assets/" + name + "?v=" + ContentHash.hex(data)
            }
            let renderer = PageRenderer(site: site, theme: theme, asOf: options.asOf, book: options.book,
                                        baseURL: site.config.baseURL, root: site.config.rootPath, assetURLs: assetURLs)
            var pages: [PageRenderer.Page] = [.home, .notFound, .rules]
            pages += site.categories.indices.map { .category($0) }
            pages += site.articles.indices.map { .article($0) }
            pages += site.aliases.map { .alias(from: $0.from, to: $0.to) }
            let results = pages.parallelMap { page -> Result<String, SiteError> in
                let (path, html) = renderer.render(page)
                guard let html else { return .failure(SiteError(.cannotWrite, path: path, underlying: TemplateMissing())) }
                do throws(SiteError) { try writer.write(path, Data(html.utf8)) } catch { return .failure(error) }
                return .success(path)
            }
            var files = assetURLs.keys.map { "assets/" + $0 }
            for result in results {
                switch result {
                case .success(let path): files.append(path)
                case .failure(let error): throw error
                }
            }
            let index = SiteFiles.searchIndex(site, root: site.config.rootPath)
            try writer.write("search-index.json", Data(((try? SafeJSON.encode(index)) ?? "{}").utf8))
            try writer.write("donnees/horaires.json", Data(((try? SafeJSON.encode(LiveData.hours(book: options.book, asOf: options.asOf))) ?? "{}").utf8))
            try writer.write("donnees/retractation.json", Data(((try? SafeJSON.encode(LiveData.withdrawal(book: options.book, asOf: options.asOf))) ?? "{}").utf8))
            try writer.write("donnees/reclamation.json", Data(((try? SafeJSON.encode(LiveData.claim(book: options.book, asOf: options.asOf))) ?? "{}").utf8))
            let rules = PublishedRules(site, asOf: options.asOf, book: options.book, root: site.config.rootPath)
            try writer.write("regles.json", Data(((try? SafeJSON.encode(rules)) ?? "{}").utf8))
            try writer.write("sitemap.xml", Data(SiteFiles.sitemap(site, baseURL: site.config.baseURL).utf8))
            try writer.write("robots.txt", Data(SiteFiles.robots(baseURL: site.config.baseURL).utf8))
            try writer.publish()
            return (pages.count, (files + ["search-index.json", "regles.json", "sitemap.xml", "robots.txt", "donnees/horaires.json",
                                       "donnees/retractation.json", "donnees/reclamation.json"]).sorted())
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
    static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - text.count) + text).prefix(10))
    }
}
