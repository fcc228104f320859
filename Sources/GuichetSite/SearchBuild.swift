import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch

/// The search index's part of one build: what the site-wide step needs to redo the index from the last
/// build's postings (`SearchIndexUpdate`) rather than from every article's terms, and the postings of the
/// index it made, which the build cache keeps for the next build.
final class SearchBuild: @unchecked Sendable {
    // @unchecked: `made` is only touched under `lock`; the rest is immutable.
    /// The last build's postings and their generation, when this build's outline is the last one's.
    let previous: Previous?

    /// Where the last build's postings are: in the cache folder, or kept in memory (`BuildMemory`).
    enum Previous: Sendable {
        case file(String, generation: String)
        /// Kept by the last build of this process: read already.
        case kept(SearchPostings)

        func read() -> SearchPostings? {
            switch self {
            case .file(let path, let generation): SearchPostings.read(path, generation: generation)
            case .kept(let postings): postings
            }
        }
    }
    /// Article file → its terms before and after, for each article checked again whose words or excerpt changed.
    let edits: [String: (before: SearchTerms, after: SearchTerms)]
    let generation: String
    /// The files the last build wrote (path → hash): a fragment keeps its name only if it is one of them.
    let lastFiles: [String: String]?
    private let lock = NSLock()
    private var made: SearchPostings?
    private var how: SiteBuilder.SearchIndexWork = .kept

    init(previous: Previous?, edits: [String: (before: SearchTerms, after: SearchTerms)], generation: String,
         lastFiles: [String: String]? = nil) {
        (self.previous, self.edits, self.generation, self.lastFiles) = (previous, edits, generation, lastFiles)
    }

    /// The postings of the index this build made; nil when it kept the last one (or made none).
    var postings: SearchPostings? {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    var work: SiteBuilder.SearchIndexWork {
        lock.lock()
        defer { lock.unlock() }
        return how
    }

    /// The search's files: from the last build's postings when they fit, else from every document's terms.
    func files(_ site: PreparedSite, root: String, synonyms: [[String]]) throws -> [MadeFile] {
        let documents = SiteFiles.searchDocuments(site, root: root)
        if let old = previous?.read() {
            var numbers: [String: Int32] = [:]
            for (number, entry) in documents.enumerated() { if let file = entry.file { numbers[file] = Int32(number) } }
            // A draft is in no document: its edits change nothing.
            let edits = self.edits.sorted { $0.key < $1.key }.compactMap { file, change in
                numbers[file].map { SearchIndexUpdate.Edit(document: $0, before: change.before, after: change.after) }
            }
            if let result = try SearchIndexUpdate.build(previous: old, documents: documents.map(\.document), edits: edits,
                                                        synonyms: synonyms, generation: generation,
                                                        wrote: { [lastFiles] in lastFiles?[$0] != nil }) {
                keep(result.postings, .updated)
                return result.files
            }
        }
        var index = SearchIndex()
        for entry in documents { index.add(entry.document, terms: entry.terms()) }
        let result = try index.build(synonyms: synonyms, generation: generation)
        keep(result.postings, .built)
        return result.files
    }

    private func keep(_ postings: SearchPostings, _ work: SiteBuilder.SearchIndexWork) {
        lock.lock()
        (made, how) = (postings, work)
        lock.unlock()
    }
}
