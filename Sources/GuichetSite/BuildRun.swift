import Foundation
import GuichetContent
import HelpCentreRules

/// One run of the build's steps (see `SiteBuilder.build()` and `check()`): what each step hands the next.
/// Each step is a method of its own, in the BuildRun+… files, in the order they run.
struct BuildRun: Sendable {
    enum Mode: Sendable { case check, build }

    let options: BuildOptions
    let mode: Mode
    let loader: ContentLoader
    let started = FileStamp.now()
    var cache: CacheDecision
    var diagnostics: [Diagnostic] = []

    // list
    var config = SiteConfig()
    /// `accessibilite.yml`, when the site has one.
    var audit: AccessibilityAudit?
    var files: [ContentFile] = []
    var stamps: [FileStamp?] = []
    /// The settings file's text, and every text read, for quoting lines in reports.
    var sources: [String: String] = [:]

    // read
    var categories: [Category] = []
    var articles: [SourceInput] = []
    var readRecord = ReadRecord()

    // outline
    var preparer: SitePreparer
    var context: SitePreparer.Context?
    var categoryResult: SitePreparer.CategoryResult?
    var theme: Theme?
    /// False for content given in memory (the corpus, the fuzzer): it comes with no theme to read.
    var readsTheme = true
    /// The outline's fingerprint: the cache keeps pages only under the same one.
    var contextKey = ""

    // check and render
    var writer: OutputWriter?
    var renderer: PageRenderer?
    var written: [OutputWriter.Written] = []
    var prepared: [PreparedArticle] = []
    var checkedCount = 0
    /// Of those, the drafts a build without `--drafts` checked (for the cache) but does not publish.
    var draftsChecked = 0
    /// True once an article's bytes were found to have changed since they were read.
    var interrupted = false
    /// The articles checked by this build: their records are what the article log gains.
    var rewritten: Set<String> = []

    // site-wide
    var site: PreparedSite?
    /// The search index's part of the site-wide step, and the postings it leaves for the cache.
    var search: SearchBuild?
    /// What each site-wide file read of the articles, made now or recorded by the build that made it.
    var siteWideReads: [String: ArticleFields] = [:]
    /// True when the search's folder was kept as the last build wrote it (its postings stay valid).
    var searchKept = false
    var report = SiteBuilder.Report(diagnostics: [], sources: [:])

    init(options: BuildOptions, mode: Mode) {
        self.options = options
        self.mode = mode
        loader = ContentLoader(contentDirectory: options.contentDirectory, configFile: options.configFile, today: options.today)
        preparer = SitePreparer(options: options, configFile: loader.resolvedConfigFile)
        cache = mode == .build ? CacheDecision(options: options, configFile: loader.resolvedConfigFile)
            : .none(settings: "")
    }

    /// What the reading step found besides the categories and articles: for the cache and the outline's fingerprint.
    struct ReadRecord: Sendable {
        var sources: [String: BuildCache.Source] = [:]
        var categoryHashes: [(file: String, hash: String)] = []
    }

    var heads: [ArticleHead] { articles.map { $0.head! } }

    /// Errors no override silenced: what stops a build from publishing.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error && $0.isReported } }
}
