/// What every request reads: the last good build's folder, the current findings, and a generation that
/// goes up after each build, good or bad. Also the open event streams, told about each new generation.
actor PreviewState {
    struct Snapshot: Sendable {
        /// 0 until the first build is done.
        var generation = 0
        /// The folder of the last build that published, kept while later builds fail.
        var siteFolder: String?
        /// The findings of the latest build (not of the one being served, when that build failed).
        var problems: [PreviewProblem] = []
        /// Whether the latest build published (so the site served is current).
        var published = false

        var errors: [PreviewProblem] { problems.filter(\.isError) }
    }

    enum Event: Sendable {
        case reload(generation: Int)
        case heartbeat
    }

    private(set) var snapshot = Snapshot()
    private var subscribers: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextSubscriber = 0
    /// Folders of published builds, oldest first. The previous one is kept a little while, for requests
    /// that started reading it just before the swap.
    private var folders: [String] = []

    var subscriberCount: Int { subscribers.count }

    /// Records a build, bumps the generation, tells every open stream, and returns the folders no longer
    /// needed (for the caller to delete).
    func record(_ build: PreviewBuild) -> [String] {
        snapshot.generation += 1
        snapshot.problems = build.problems
        snapshot.published = build.folder != nil
        var retired: [String] = []
        if let folder = build.folder {
            snapshot.siteFolder = folder
            folders.append(folder)
            while folders.count > 2 { retired.append(folders.removeFirst()) }
        }
        for continuation in subscribers.values { continuation.yield(.reload(generation: snapshot.generation)) }
        return retired
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
