import GuichetContent

/// What every request reads: the last good build's folder, the current findings, and a generation that
/// goes up after each build, good or bad. Also the open event streams, told about each new generation.
actor PreviewState {
    struct Snapshot: Sendable {
        /// 0 until the first build is done.
        var generation = 0
        /// The folder of the last build that published, kept while later builds fail.
        var siteFolder: String?
        /// The findings of the latest build (not of the one being served, when that build failed).
        var problems: [Diagnostic] = []
        /// Whether the latest build published (so the site served is current).
        var published = false

        var errors: [Diagnostic] { problems.filter { $0.severity == .error } }
    }

    enum Event: Sendable {
        case reload(generation: Int)
        case heartbeat
    }

    private(set) var snapshot = Snapshot()
    private var subscribers: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextSubscriber = 0
    var subscriberCount: Int { subscribers.count }

    /// Records a build, bumps the generation and tells every open stream; `reloads` false records it without
    /// (the pages it changed were rendered ahead and have been reloaded already).
    func record(_ build: PreviewBuild, reloads: Bool = true) {
        snapshot.problems = build.problems
        snapshot.published = build.folder != nil
        if let folder = build.folder { snapshot.siteFolder = folder }
        if reloads { reload() }
    }

    /// Bumps the generation and tells every open stream: pages were rendered ahead of the build.
    func reload() {
        snapshot.generation += 1
        for continuation in subscribers.values { continuation.yield(.reload(generation: snapshot.generation)) }
    }

    /// Adds an event stream; `unsubscribe` removes it (its termination handler does so).
    func subscribe(_ continuation: AsyncStream<Event>.Continuation) -> Int {
        nextSubscriber += 1
        subscribers[nextSubscriber] = continuation
        return nextSubscriber
    }

    func unsubscribe(_ id: Int) { subscribers[id] = nil }

    /// Ends every open stream (the server is stopping).
    func closeStreams() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}
