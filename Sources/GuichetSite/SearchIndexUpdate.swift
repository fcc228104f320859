import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch

/// Redoes the search after a build changed some articles' words, from the last build's `SearchPostings`:
/// the entries of every word whose weight an edited article changed (added and removed words included) are
/// made again, the others' bytes are copied, and the whole is cut into shards as a full build cuts it; the
/// fragments of documents that hold no edited article keep the last build's names. The files are the same
/// bytes a full build would write (IncrementalBuildTests compares the two). Used only when the outline is the
/// last build's, so that every document keeps its number.
enum SearchIndexUpdate {
    /// One edited article: its document number, its terms before and after.
    struct Edit: Sendable {
        let document: Int32
        let before: SearchTerms
        let after: SearchTerms
    }

    /// Nil when the last build's postings do not fit (another number of documents, damaged postings): the
    /// caller then builds the index whole.
    static func build(previous: SearchPostings, documents: [SearchIndex.Document], edits: [Edit], synonyms: [[String]],
                      generation: String, shardBytes: Int = SearchIndex.shardBytes,
                      wrote: (String) -> Bool) throws -> (files: [MadeFile], postings: SearchPostings)? {
        guard previous.documentCount == documents.count else { return nil }
        let edited = Set(edits.map(\.document))
        // Only the fragments holding an edited document are made again: the outline is the last build's, so
        // every other document is the same.
        let fragments = SearchIndex.fragments(documents, previous: previous.fragments, changed: Set(edited.map(Int.init)), wrote: wrote)
        var touched = Set<String>()
        var added: [String: [SearchIndex.Posting]] = [:]
        for edit in edits {
            // Only the terms whose weight the edit changed (added and removed ones included) are redone: a
            // sentence added to an article leaves most of its terms as they were, and redoing a word found in
            // every article means its whole list of postings (perf: most of the update after a one-article edit).
            var before: [Substring: Int32] = [:]
            edit.before.forEachEntry { term, weight in before[term] = weight }
            edit.after.forEachEntry { term, weight in
                if before.removeValue(forKey: term) != weight { touched.insert(String(term)) }
                added[String(term), default: []].append(SearchIndex.Posting(document: edit.document, weight: weight))
            }
            for term in before.keys { touched.insert(String(term)) }
        }
        // The touched terms in order, walked beside the last build's (in order too): no set of every term.
        let touchedInOrder = touched.sorted()
        var layout = SearchIndex.Layout(shardBytes: shardBytes, fragments: fragments,
                                        topicReach: SearchVocabulary.topicReach(synonyms: synonyms))
        var postings = SearchPostings.Writer(generation: generation, documentCount: documents.count, fragments: layout.fragmentNames)
        var entry: [UInt8] = []
        func redo(_ term: String, keeping old: [SearchIndex.Posting]) {
            var list = old.filter { !edited.contains($0.document) } + (added[term] ?? [])
            guard !list.isEmpty else { return }
            list.sort { $0.document < $1.document }
            entry.removeAll(keepingCapacity: true)
            SearchIndex.appendEntry(term[...], postings: list, to: &entry)
            layout.add(term[...], entry: entry, heaviest: list.lazy.map(\.weight).max() ?? 0)
            postings.add(term[...], postings: list, entry: entry)
        }
        var next = 0
        for index in previous.table.indices {
            let term = previous.table[index].term
            // Touched terms the last build did not have come before this one.
            while next < touchedInOrder.count, touchedInOrder[next] < term {
                redo(touchedInOrder[next], keeping: [])
                next += 1
            }
            if next < touchedInOrder.count, touchedInOrder[next] == term {
                next += 1
                guard let old = previous.postings(at: index) else { return nil }
                redo(term, keeping: old)
            } else {
                // A term that can stand for a subject: its heaviest posting says whether the site treats it,
                // and postings that do not decode make the update give up, as for a touched term.
                var heaviest: Int32 = 0
                if layout.watches(term[...]) {
                    guard let old = previous.postings(at: index) else { return nil }
                    heaviest = old.lazy.map(\.weight).max() ?? 0
                }
                layout.add(term[...], entry: previous.entry(at: index), heaviest: heaviest)
                postings.add(term[...], postingsBytes: previous.postingsBytes(at: index), entry: previous.entry(at: index))
            }
        }
        for term in touchedInOrder[next...] { redo(term, keeping: []) }
        return (try layout.files(documents: documents, synonyms: synonyms), SearchPostings(postings))
    }
}
