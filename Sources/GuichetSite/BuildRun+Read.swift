import Foundation
import GuichetContent

extension BuildRun {
    /// Step "list": the settings and the content files, with their stamps. Returns the report to give when
    /// there is nothing more to do: no content folder, or nothing changed since the last build.
    mutating func list() -> SiteBuilder.Report? {
        let (scan, found) = loader.scan()
        diagnostics += found
        guard let scan else { return SiteBuilder.Report(diagnostics: diagnostics, sources: [:]) }
        (config, files, sources) = (scan.config, scan.files, scan.sources)
        applyBaseURL()
        notReady()
        let (audit, auditFindings) = loader.audit(today: options.today)
        (self.audit, diagnostics) = (audit, diagnostics + auditFindings)
        stamps = FileStamp.stamps(of: files.map(\.path))
        // Listing may find errors about files it leaves out (a misplaced article): never "unchanged" then.
        guard !hasErrors, let record = cache.unchanged(files: files, stamps: stamps, loader: loader) else { return nil }
        var report = SiteBuilder.Report(diagnostics: record.diagnostics, sources: Self.sources(of: record.diagnostics, known: [:]))
        report.pagesWritten = record.pages
        report.published = true
        report.unchanged = true
        report.articleCount = record.articleCount
        return report
    }

    /// `--base-url` replaces guichet.yml's `base_url`.
    private mutating func applyBaseURL() {
        guard let base = options.baseURL else { return }
        if let normalised = SiteConfig.normaliseBaseURL(base) {
            config.baseURL = normalised
        } else {
            diagnostics.append(Diagnostic(.error, .invalidConfig, file: "--base-url", line: 0, column: 0,
                                          message: "'\(base)' is not an absolute http(s) URL",
                                          fix: "write it as https://aide.example.fr/"))
        }
    }

    /// The starter's example values left in the settings, and (a build that publishes) a base_url that is
    /// no address of the published site.
    private mutating func notReady() {
        var file = loader.resolvedConfigFile
        // As the settings' own findings name it (ContentLoader.displayPath).
        if file.hasPrefix("./") { file.removeFirst(2) }
        if let text = sources[file] { diagnostics += Readiness.settings(text, file: file) }
        if mode == .build, options.unfinishedIsError, let finding = Readiness.baseURL(config, text: sources[file], file: file, options: options) {
            diagnostics.append(finding)
        }
    }

    /// Step "read": every content file whose stamp changed, in parallel; the categories and the articles'
    /// heads, in site order. An article whose bytes the cache knows keeps its last check and is not parsed.
    /// Bodies are not kept: a build of 10,000 articles would hold them all at once.
    mutating func read() {
        let record = cache.loadArticles()
        let loader = self.loader
        let inputs = Array(zip(files, stamps)).parallelMap { file, stamp in
            SourceInput.read(file, stamp: stamp, cache: record, loader: loader)
        }
        var categories: [Category] = []
        for input in inputs {
            diagnostics += input.diagnostics
            if let hash = input.hash {
                readRecord.sources[input.file.file] = BuildCache.Source(stamp: input.stamp, hash: hash)
                if input.file.kind == .category { readRecord.categoryHashes.append((input.file.file, hash)) }
            }
            if let category = input.category { categories.append(category) }
            if input.head != nil { articles.append(input) }
        }
        self.categories = ContentLoader.ordered(categories)
        articles = ContentLoader.ordered(articles, head: { $0.head! }, in: self.categories)
    }

    /// Steps "list" and "read" for content already in memory (the corpus, the fuzzer): nothing is read
    /// from the disk, and what follows is the same.
    mutating func take(_ content: ContentSite) {
        config = content.config
        sources = content.sources
        categories = content.categories
        articles = content.articles.map { SourceInput(given: $0) }
        readsTheme = false
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
