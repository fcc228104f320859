/// The build's steps, declared once: `SiteBuilder` runs them in this order, `--timings` prints their names,
/// and docs/architecture.md's list of steps is `BuildStep.documentation` (`BuildStepsTests` compares them).
public enum BuildStep: String, CaseIterable, Sendable {
    case prepareCache = "prepare the cache"
    case list
    case read
    case outline
    case stageAssets = "stage assets"
    case checkArticles = "check and render articles"
    case siteWideChecks = "site-wide checks"
    case siteWideFiles = "site-wide files"
    case publish
    case saveCache = "save the cache"

    /// What the step does and the value it hands the next one.
    var summary: String {
        switch self {
        case .prepareCache: "the last build's record, when there is one (`CacheDecision`)"
        case .list: "settings and content files with their stamps (`ListedSite`); stops here when the cache shows nothing changed"
        case .read: "the changed files, in parallel; categories and every article's head (`ReadSite`)"
        case .outline: "what every page shows, checked; the theme loaded and its templates checked (`OutlinedSite`)"
        case .stageAssets: "the staging folder opened, the theme's assets copied into it, the page renderer made (`StagedOutput`)"
        case .checkArticles: "on every core, each article checked and, in a build, its page and Markdown twin written; one whose bytes and outline are unchanged keeps its last check and page (`CheckedArticles`)"
        case .siteWideChecks: "what needs every article: anchors, aliases, coverage; the report (`CheckedSite`)"
        case .siteWideFiles: "home, categories, rules page, search index, sitemap, llms.txt… each recording what it read (`RenderedSite`)"
        case .publish: "the staging folder replaces the output in one rename: nothing half-written, nothing published with an error (`PublishedSite`)"
        case .saveCache: "the record of this build, for the next one"
        }
    }

    /// The steps `guichet check` runs: the same as a build's up to its site-wide checks, writing nothing.
    static let check: [BuildStep] = [.list, .read, .outline, .checkArticles, .siteWideChecks]

    /// The numbered list docs/architecture.md shows.
    static var documentation: String {
        allCases.enumerated().map { index, step in
            "\(index + 1). **\(step.rawValue)**\(check.contains(step) ? "" : " (build only)") — \(step.summary);"
        }.joined(separator: "\n")
    }
}
