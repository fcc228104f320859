/// Everything read from Content/ and guichet.yml, before any rule is applied.
public struct ContentSite: Sendable {
    public var config: SiteConfig
    /// Sorted by `order`, then title.
    public var categories: [Category]
    /// Sorted by category order, then article order, then title.
    public var articles: [Article]
    /// Source text of every file read, by user-facing path, so reports can quote the offending line.
    public var sources: [String: String]

    public init(config: SiteConfig, categories: [Category], articles: [Article], sources: [String: String]) {
        self.config = config
        self.categories = categories
        self.articles = articles
        self.sources = sources
    }
}
