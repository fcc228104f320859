import GuichetSearch
/// Where the build cache is kept: in the memory of a long-running process (the preview's `BuildMemory`), in
/// a folder (`--cache`), or nowhere. The stages go through this one interface and never name either store.
enum CacheStore: Sendable {
    case nowhere
    case folder(String)
    case memory(BuildMemory)

    /// The memory when the process keeps one, else the folder when there is one.
    init(_ options: BuildOptions) {
        if let memory = options.memory {
            self = .memory(memory)
        } else if let folder = options.cacheDirectory {
            self = .folder(folder)
        } else {
            self = .nowhere
        }
    }

    var keepsAnything: Bool {
        if case .nowhere = self { return false }
        return true
    }

    /// The old record no longer describes the output once the first file is renamed in: removed before
    /// publishing, so that a build killed while publishing leaves no cache, and the next one starts clean.
    func forget(output: String) {
        switch self {
        case .nowhere: break
        case .folder(let folder): BuildCache.remove(from: folder, output: output)
        case .memory(let memory): memory.forget()
        }
    }

    /// Keeps this build's record for the next one. `ahead` is made only for the memory, the preview's.
    func keep(_ record: BuildCache, output: String, postings: SearchPostings?, rewritten: Set<String>,
              previous: ArticleLog.State?, ahead: () -> RenderAhead?) throws(SiteError) {
        switch self {
        case .nowhere: break
        case .folder(let folder):
            try record.save(to: folder, output: output, rewritten: rewritten, previous: previous, searchPostings: postings?.bytes)
        case .memory(let memory): memory.keep(record, postings: postings, ahead: ahead())
        }
    }
}
