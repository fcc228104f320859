import GuichetContent

/// What one build or check was asked to do: the same for every stage, handed from one to the next.
struct BuildSetting: Sendable {
    enum Mode: Sendable { case check, build }

    let options: BuildOptions
    let mode: Mode
    let loader: ContentLoader
    let preparer: SitePreparer
    /// When the build started: the cache does not trust a stamp taken less than the file system's resolution
    /// before it.
    let started = FileStamp.now()

    init(options: BuildOptions, mode: Mode) {
        self.options = options
        self.mode = mode
        loader = ContentLoader(contentDirectory: options.contentDirectory, configFile: options.configFile, today: options.today)
        preparer = SitePreparer(options: options, configFile: loader.resolvedConfigFile)
    }

    /// The cache a build consults (step "prepare the cache"); a check uses none.
    func cacheDecision() -> CacheDecision {
        mode == .build ? CacheDecision(options: options, configFile: loader.resolvedConfigFile) : .none(settings: "")
    }
}
