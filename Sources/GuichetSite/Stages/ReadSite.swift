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
        // The outline's fingerprint hashes every head, and the theme is loaded, parsed and compiled: neither
        // needs the other, so they take a core each (15 and 20 ms at 10,000 articles).
        let fingerprint = { @Sendable [settings = cache.settings, categories = record.categoryHashes] in
            BuildCache.context(settings: settings, categories: categories, heads: heads)
        }
        let loadTheme = { @Sendable [readsTheme, setting, config] in
            readsTheme ? Theme.load(themesDirectory: setting.options.themesDirectory, name: config.theme) : nil
        }
        let (key, loadedTheme) = Self.both(fingerprint, loadTheme)
        // The theme first: links may name its assets. Its fingerprint is part of the settings', so the
        // cache keeps no article checked against other assets.
        var theme: Theme?
        if let (loaded, themeFindings) = loadedTheme {
            (theme, diagnostics) = (loaded, diagnostics + themeFindings)
            theme?.engine = setting.options.templateEngine
        }
        let (context, found, categoryResult) = setting.preparer.context(config: config, categories: categories, heads: heads,
                                                                        assets: theme?.assets.keys.sorted() ?? [])
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
