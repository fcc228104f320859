import GuichetContent
import GuichetRender

/// Stage "read": the categories and the articles (each with its head, and its last check when the cache
/// vouches for its bytes), in site order.
struct ReadSite: Sendable {
    let setting: BuildSetting
    var cache: CacheDecision
    var diagnostics: [Diagnostic]
    let config: SiteConfig
    let audit: AccessibilityAudit?
    let sources: [String: String]
    let categories: [Category]
    let articles: [SourceInput]
    /// The articles whose files did not read (their findings say why): links to them are not broken.
    var unread: [ContentFile] = []
    let record: Record
    /// False for content given in memory (the corpus, the fuzzer): it comes with no theme to read.
    let readsTheme: Bool

    /// What reading found besides the categories and articles: for the cache and the outline's fingerprint.
    struct Record: Sendable {
        var sources: [String: BuildCache.Source] = [:]
        var categoryHashes: [(file: String, hash: String)] = []
    }

    var heads: [ArticleHead] { articles.map { $0.head! } }

    /// Steps "list" and "read" for content already in memory (the corpus, the fuzzer): nothing is read from
    /// the disk, and what follows is the same.
    static func given(_ content: ContentSite, _ setting: BuildSetting) -> ReadSite {
        ReadSite(setting: setting, cache: .none(settings: ""), diagnostics: [], config: content.config, audit: nil,
                 sources: content.sources, categories: content.categories, articles: content.articles.map { SourceInput(given: $0) },
                 record: Record(), readsTheme: false)
    }

    /// Step "outline": what every page shows (settings, categories, every article's head), checked; and the
    /// theme, whose templates are checked against the pages they render.
    func outline() -> OutlinedSite {
        var diagnostics = self.diagnostics
        let heads = self.heads
        // The theme's files are read first: they name its assets, which links may name. Then its templates are
        // compiled (20 ms at 10,000 articles) on one core, while the other hashes every head for the outline's
        // fingerprint (15 ms) and makes the context (25 ms): neither needs the compiled templates.
        let files = readsTheme ? Theme.read(themesDirectory: setting.options.themesDirectory, name: config.theme) : nil
        let compile = { @Sendable in files.map(Theme.compile) }
        let outline = { @Sendable [settings = cache.settings, categoryHashes = record.categoryHashes, setting, config, categories, unread] in
            (BuildCache.context(settings: settings, categories: categoryHashes, heads: heads),
             setting.preparer.context(config: config, categories: categories, heads: heads, unread: unread,
                                     assets: files?.assets.keys.sorted() ?? []))
        }
        let (loadedTheme, (key, prepared)) = Self.both(compile, outline)
        // The theme's fingerprint is part of the settings', so the cache keeps no article checked against other assets.
        var theme: Theme?
        if let (loaded, themeFindings) = loadedTheme {
            (theme, diagnostics) = (loaded, diagnostics + themeFindings)
            theme?.engine = setting.options.templateEngine
        }
        // A theme whose templates do not compile still names its assets: a link to one is not reported broken
        // on top of the template's own finding.
        let (context, found, categoryResult) = prepared
        diagnostics += found
        var cache = self.cache
        cache.outline(is: key)
        return OutlinedSite(read: self, cache: cache, diagnostics: diagnostics, heads: heads, theme: theme, context: context,
                            categoryResult: categoryResult, contextKey: key)
    }

    /// Runs `first` and `second` at once, on two cores when there are two.
    private static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = [0, 1].parallelMap { index -> Either<A, B> in index == 0 ? .first(first()) : .second(second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("parallelMap keeps the order") }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }
}
