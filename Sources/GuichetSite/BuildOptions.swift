import GuichetRender
import HelpCentreRules

/// The inputs of a build besides the files: where things are, which rules, which day. "Today" is one of
/// them, so two builds with the same options give the same bytes.
public struct BuildOptions: Sendable {
    public var contentDirectory = "Content"
    public var themesDirectory = "Themes"
    public var outputDirectory = "Output"
    /// `guichet.yml` beside the content folder when nil.
    public var configFile: String?
    /// Overrides `base_url` of guichet.yml.
    public var baseURL: String?
    public var includeDrafts = false
    /// Whether what is left to do before publishing (`not-ready`: the starter's example values, a base_url
    /// on localhost or example.*, the skeleton of `guichet new`) is an error: `guichet build` and
    /// `check --strict` say so; the library, `check` and the preview report it as a warning. The base_url is
    /// judged only in a build (the preview and the check run locally, where localhost is right).
    public var unfinishedIsError = false
    /// The date whose rule values are in force: the site as it stands, or will stand, on that day.
    public var asOf: LocalDate
    /// The editors' today, for the editorial checks (a review date in the future, a stale review): a site
    /// previewed as of another date is still reviewed as of today.
    public var today: LocalDate
    public var book: RuleBook
    /// The build cache's folder; nil builds from scratch and keeps no cache (the library's default).
    public var cacheDirectory: String?
    /// The build cache kept in memory rather than in `cacheDirectory` (the preview, which builds on every
    /// save); when set, the folder is neither read nor written.
    public var memory: BuildMemory?
    /// With a cache folder: ignore what it holds and build from scratch (it is then rewritten).
    public var clean = false
    /// False when the process ends right after the build (`guichet build`): the build's memory, every
    /// article's check in millions of small objects, is then left to the system instead of freed piece by
    /// piece, which was about 4 % of a one-article rebuild at 10,000 articles (`perf`: `destroy for BuildRun`;
    /// compilers do the same, clang's -disable-free). The preview and the library free it.
    public var freesMemory = true
    /// How files are written; only tests replace it (to simulate a full disk).
    var fileSink: OutputWriter.FileSink = OutputWriter.disk
    /// What renders the pages; only the differential test asks for swift-mustache alone, its reference.
    var templateEngine: TemplateEngine = .compiled

    /// `today` is `asOf` unless given: a library caller that names one date means both.
    public init(asOf: LocalDate, book: RuleBook, today: LocalDate? = nil) {
        self.asOf = asOf
        self.today = today ?? asOf
        self.book = book
    }
}
