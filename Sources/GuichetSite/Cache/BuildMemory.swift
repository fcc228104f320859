import Foundation
import GuichetSearch

/// The build cache kept in memory instead of a folder, for a process that builds the same site again and
/// again: the preview. What a build would save (every article's check, every output file's hash, the search
/// index's postings) stays here for the next build, which then neither reads nor decodes nor writes it.
///
/// At 10,000 articles, decoding the article log was a fifth of a one-article rebuild and saving the cache
/// another 6 % (BENCHMARKS.md); the preview rebuilds on every save and is the one process that can keep
/// them. The record is the one a saved cache would hold, so a build from memory decides exactly as a build
/// from the folder would (`IncrementalBuildTests` builds both ways).
public final class BuildMemory: @unchecked Sendable {
    // @unchecked: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var record: BuildCache?
    private var postings: SearchPostings?
    /// What the last build's outline needs to render an edited article's page at once (`RenderAhead`).
    private var ahead: RenderAhead?

    public init() {}

    /// The last build's record (with its articles and files) and search postings, for `output`.
    func recall(output: String) -> (record: BuildCache, postings: SearchPostings?)? {
        lock.lock()
        defer { lock.unlock() }
        guard let record, record.output == BuildCache.absolute(output) else { return nil }
        return (record, postings)
    }

    /// Keeps what a build would have saved. `postings` nil keeps the last build's (its index was kept).
    func keep(_ record: BuildCache, postings: SearchPostings?, ahead: RenderAhead?) {
        lock.lock()
        defer { lock.unlock() }
        self.ahead = ahead
        if record.search == nil { self.postings = nil } else if let postings { self.postings = postings }
        self.record = record
    }

    /// Forgets the record once the output stops matching it (a build is publishing). The postings stay: the
    /// next record names their generation if they still go with the output, and they are not used otherwise.
    func forget() {
        lock.lock()
        defer { lock.unlock() }
        record = nil
        ahead = nil
    }

    /// These articles' pages were replaced outside a build (`RenderAhead`): the record must no longer vouch
    /// for the files or the pages, or a build of the article saved back as it was would find nothing
    /// changed and keep the page rendered ahead. Marked stale rather than removed: a hash no bytes have is
    /// never matched, and the page stays among the files the last build wrote, so that a build that no
    /// longer makes it (the article deleted, renamed, made a draft) removes it; and the record still counts
    /// the file, so that a deleted one is seen as a change.
    func forget(articles: [(file: String, page: String)]) {
        lock.lock()
        defer { lock.unlock() }
        for article in articles {
            if record?.sources[article.file] != nil { record?.sources[article.file] = BuildCache.Source(stamp: nil, hash: "") }
            if record?.files[article.page] != nil { record?.files[article.page] = "" }
        }
    }

    /// No page is rendered ahead until the next build has published: a build was overtaken by a save, and
    /// what it had seen change (a template, the settings) is not in the next change's paths.
    public func holdRenderAhead() {
        lock.lock()
        defer { lock.unlock() }
        ahead = nil
    }

    /// What the last build left to render pages ahead of the next one, for `output`.
    func renderAhead(output: String) -> RenderAhead? {
        lock.lock()
        defer { lock.unlock() }
        return ahead?.output == output ? ahead : nil
    }
}
