import Foundation
import GuichetContent

/// Stage "list": the settings and the content files, with their stamps.
struct ListedSite: Sendable {
    let setting: BuildSetting
    var cache: CacheDecision
    var diagnostics: [Diagnostic]
    let config: SiteConfig
    /// `accessibilite.yml`, when the site has one.
    let audit: AccessibilityAudit?
    let files: [ContentFile]
    let stamps: [FileStamp?]
    /// The settings file's text, and every text read, for quoting lines in reports.
    let sources: [String: String]

    /// Either the site to read, or the report to give when there is nothing more to do: no content folder,
    /// or nothing changed since the last build.
    enum Outcome: Sendable {
        case listed(ListedSite)
        case done(SiteBuilder.Report)
    }

    static func list(_ setting: BuildSetting, cache: CacheDecision) -> Outcome {
        let loader = setting.loader
        var (scan, diagnostics) = loader.scan()
        guard let scan else { return .done(SiteBuilder.Report(diagnostics: diagnostics, sources: [:])) }
        var config = scan.config
        diagnostics += baseURL(setting.options, into: &config)
        diagnostics += notReady(setting, config: config, sources: scan.sources)
        let (audit, auditFindings) = loader.audit(today: setting.options.today)
        diagnostics += auditFindings
        let listed = ListedSite(setting: setting, cache: cache, diagnostics: diagnostics, config: config, audit: audit,
                                files: scan.files, stamps: FileStamp.stamps(of: scan.files.map(\.path)), sources: scan.sources)
        // Listing may find errors about files it leaves out (a misplaced article): never "unchanged" then.
        guard !diagnostics.hasErrors,
              let record = cache.unchanged(files: listed.files, stamps: listed.stamps, loader: loader) else { return .listed(listed) }
        var report = SiteBuilder.Report(diagnostics: record.diagnostics, sources: Self.sources(of: record.diagnostics, known: [:]))
        report.pagesWritten = record.pages
        report.published = true
        report.unchanged = true
        report.articleCount = record.articleCount
        return .done(report)
    }

    /// `--base-url` replaces guichet.yml's `base_url`.
    private static func baseURL(_ options: BuildOptions, into config: inout SiteConfig) -> [Diagnostic] {
        guard let base = options.baseURL else { return [] }
        guard let normalised = SiteConfig.normaliseBaseURL(base) else {
            return [Diagnostic(.error, .invalidConfig, file: "--base-url", line: 0, column: 0,
                               message: "'\(base)' is not an absolute http(s) URL", fix: "write it as https://aide.example.fr/")]
        }
        config.baseURL = normalised
        return []
    }

    /// The starter's example values left in the settings, and (a build that publishes) a base_url that is
    /// no address of the published site.
    private static func notReady(_ setting: BuildSetting, config: SiteConfig, sources: [String: String]) -> [Diagnostic] {
        var file = setting.loader.resolvedConfigFile
        // As the settings' own findings name it (ContentLoader.displayPath).
        if file.hasPrefix("./") { file.removeFirst(2) }
        var found = sources[file].map { Readiness.settings($0, file: file) } ?? []
        if setting.mode == .build, setting.options.unfinishedIsError,
           let finding = Readiness.baseURL(config, text: sources[file], file: file, options: setting.options) {
            found.append(finding)
        }
        return found
    }

    /// Step "read": every content file whose stamp changed, in parallel; the categories and the articles'
    /// heads, in site order. An article whose bytes the cache knows keeps its last check and is not parsed.
    /// Bodies are not kept: a build of 10,000 articles would hold them all at once.
    func read() -> ReadSite {
        var cache = self.cache
        let record = cache.loadArticles()
        let loader = setting.loader
        let inputs = Array(zip(files, stamps)).parallelMap { file, stamp in
            SourceInput.read(file, stamp: stamp, cache: record, loader: loader)
        }
        var diagnostics = self.diagnostics
        var readRecord = ReadSite.Record()
        readRecord.sources.reserveCapacity(inputs.count)
        var categories: [Category] = []
        var articles: [SourceInput] = []
        articles.reserveCapacity(inputs.count)
        var unread: [ContentFile] = []
        for input in inputs {
            diagnostics += input.diagnostics
            if let hash = input.hash {
                readRecord.sources[input.file.file] = BuildCache.Source(stamp: input.stamp, hash: hash)
                if input.file.kind == .category { readRecord.categoryHashes.append((input.file.file, hash)) }
            }
            if let category = input.category { categories.append(category) }
            if input.head != nil { articles.append(input) }
            if input.file.kind == .article, input.head == nil, input.diagnostics.hasErrors { unread.append(input.file) }
        }
        let ordered = ContentLoader.ordered(categories)
        var read = ReadSite(setting: setting, cache: cache, diagnostics: diagnostics, config: config, audit: audit, sources: sources,
                            categories: ordered, articles: ContentLoader.ordered(articles, head: { $0.head! }, in: ordered),
                            record: readRecord, readsTheme: true)
        read.unread = unread
        return read
    }

    /// The text of the files named by `diagnostics`, for quoting lines: from `known` when this build read
    /// them, else from the disk (an article the cache vouched for was not read), decoded as the loader does
    /// (byte-order mark dropped, CR LF made LF), so that lines and columns are those the findings give.
    static func sources(of diagnostics: [Diagnostic], known: [String: String]) -> [String: String] {
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
}

extension [Diagnostic] {
    /// Errors no override silenced: what stops a build from publishing.
    var hasErrors: Bool { contains { $0.severity == .error && $0.isReported } }
}
