import Foundation
import GuichetContent
import HelpCentreRules

/// The build, as a short list of named steps (`BuildStep`), each a function of the value the one before
/// made (Stages/: `ListedSite` → `ReadSite` → `OutlinedSite` → `CheckedArticles` → `CheckedSite` →
/// `RenderedSite` → `PublishedSite`): `build()` runs them all, `check()` the same ones up to the site-wide
/// checks, and the preview runs `build()`.
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
        /// Their paths under the output folder, sorted.
        public var changedFiles: [String] = []
        /// True when an article was saved again while the build ran (an error says so): a watcher that saw
        /// the save builds again rather than showing the error.
        public var interrupted = false
        /// True when the cache showed that nothing changed since the last build: nothing was redone.
        public var unchanged = false
        /// Every file of the published site, under the output folder, sorted (kept ones included).
        public var files: [String] = []
        public var articleCount = 0
        /// Drafts this build neither published nor reported on (without `--drafts`).
        public var draftsLeftOut = 0
        /// Of `articlesChecked`, those drafts: what a summary of the published site leaves out.
        public var draftsChecked = 0
        /// Articles parsed and checked by this build; the others' checks came from the build cache.
        public var articlesChecked = 0
        public var published = false
        public var articles: [ArticleSummary] = []
        /// The site's absolute base URL (ending with `/`) and its path (`/` or `/aide/`), from the settings.
        public var baseURL = ""
        public var rootPath = "/"
        /// How the search index was made: kept as the last build wrote it, updated from the last build's
        /// postings (only the changed articles' words redone), or built from every article's terms.
        public var searchIndex: SearchIndexWork = .kept
        /// How long each step of `build()` took, in order (`guichet build --timings`).
        public var steps: [StepClock.Step] = []

        /// Errors and warnings that no override comment silenced: what fails a build or a strict check.
        public var errorCount: Int { diagnostics.filter { $0.severity == .error && $0.isReported }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning && $0.isReported }.count }
        /// Findings an override comment silenced, each with its reason.
        public var suppressedCount: Int { diagnostics.filter { !$0.isReported }.count }
    }

    public enum SearchIndexWork: Sendable { case kept, updated, built }

    /// What a report says about one article: enough for `rules show` to list where a rule is used.
    public struct ArticleSummary: Sendable {
        public let file: String
        /// Its page's folder under the site's root (`livraison/delais/`).
        public let path: String
        public let title: String
        public let isDraft: Bool
        public let usedRules: [String: [SourcePoint]]
    }

    // MARK: - The steps

    /// Builds the site: list → read → outline → check and render each article → site-wide checks →
    /// site-wide files → publish → save the cache. Nothing is published with an error; problems in the content
    /// come back in the report, and a failure to write is thrown, the output left as it was.
    ///
    /// With a cache folder, what the last build did is not done again (`CacheDecision`): a build whose inputs
    /// are unchanged stops after listing; otherwise only changed files are read, only changed articles are
    /// checked and rendered (all of them when the outline every page shows changed), and only changed bytes
    /// are written.
    public func build() throws(SiteError) -> Report {
        var clock = StepClock()
        let setting = BuildSetting(options: options, mode: .build)
        let cache = clock.step(.prepareCache) { setting.cacheDecision() }
        let listed: ListedSite
        switch clock.step(.list, { ListedSite.list(setting, cache: cache) }) {
        case .listed(let site): listed = site
        case .done(var report):
            report.steps = clock.steps
            return report
        }
        let read = clock.step(.read) { listed.read() }
        let outlined = clock.step(.outline) { read.outline() }
        var staged: StagedOutput?
        do throws(SiteError) {
            let output = try clock.step(.stageAssets) { () throws(SiteError) in try outlined.stage() }
            staged = output
            let articles = try clock.step(.checkArticles) { () throws(SiteError) in try outlined.checkArticles(into: output) }
            let checked = clock.step(.siteWideChecks) { articles.siteWideChecks() }
            defer { if !options.freesMemory { Self.leaveToTheSystem(checked) } }
            guard let (writer, renderer) = checked.publishable else {
                output.writer.abandon()
                var report = checked.report
                report.steps = clock.steps
                return report
            }
            let rendered = try clock.step(.siteWideFiles) { () throws(SiteError) in try checked.writeSiteWideFiles(with: writer, renderer: renderer) }
            let published = try clock.step(.publish) { () throws(SiteError) in try rendered.publish() }
            var report = clock.step(.saveCache) { published.saveCache() }
            report.steps = clock.steps
            return report
        } catch {
            staged?.writer.abandon()
            throw error
        }
    }

    /// Checks and renders the articles read from `paths` (files the last build of this process read) from
    /// that build's outline, and writes their pages into the output at once, before the build that must
    /// follow (`RenderAhead`). Returns the pages written (paths under the output) with their bytes, or nil
    /// when one of `paths` must wait for that build: not an article it knew, its title or another part of
    /// the outline changed, its check found an error, or more than a few files changed at once. Needs
    /// `BuildOptions.memory`, where the last build left its outline.
    public func renderAhead(_ paths: Set<String>) -> [(path: String, bytes: [UInt8])]? {
        guard let memory = options.memory, let ahead = memory.renderAhead(output: options.outputDirectory) else { return nil }
        return ahead.render(paths) { memory.forget(articles: $0) }
    }

    /// Keeps the build's values alive until the process ends (`BuildOptions.freesMemory`).
    private static func leaveToTheSystem(_ checked: CheckedSite) {
        _ = Unmanaged.passRetained(Abandoned(checked: checked))
    }

    private final class Abandoned {
        let checked: CheckedSite
        init(checked: CheckedSite) { self.checked = checked }
    }

    /// Checks the site as `build()` does, up to its site-wide checks, writing nothing and using no cache:
    /// `guichet check` and `build` report the same findings because they run the same steps
    /// (`BuildStep.check`), each making the value the next one takes.
    public func check() -> Report {
        let setting = BuildSetting(options: options, mode: .check)
        switch ListedSite.list(setting, cache: setting.cacheDecision()) {
        case .done(let report): return report
        case .listed(let listed): return Self.check(listed.read())
        }
    }

    /// The same steps on content already in memory (the corpus command, the fuzzer, tests): no file is read.
    public func check(_ content: ContentSite) -> Report {
        Self.check(ReadSite.given(content, BuildSetting(options: options, mode: .check)))
    }

    private static func check(_ read: ReadSite) -> Report {
        // Without a staging folder nothing is written, and checking alone cannot fail.
        guard let articles = try? read.outline().checkArticles(into: nil) else { return Report(diagnostics: [], sources: [:]) }
        return articles.siteWideChecks().report
    }
}

