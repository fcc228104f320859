import Foundation
import GuichetContent
import GuichetSearch

/// An article's search terms as the build cache holds them, decoded the first time they are read.
///
/// Why: a build that changed a few articles redoes the search index from the last build's postings and
/// reads the terms of the edited articles only; decoding every article's terms was 45 % of reading the
/// article log, itself the largest step of a one-article build at 10,000 articles (perf). The bytes are
/// checked when the log is read (`SearchTerms.skip`), so a damaged record is still refused there, as before.
package final class DeferredSearchTerms: @unchecked Sendable {
    // @unchecked: `decoded` and `encoded` are only touched under `lock`.
    private let lock = NSLock()
    private var decoded: SearchTerms?
    /// A reader at the terms' bytes (sharing the log's bytes, not copying them), until they are decoded.
    private var encoded: CacheReader?

    package init(_ terms: SearchTerms) { decoded = terms }

    /// Checks the terms at `reader` and passes over them.
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        encoded = reader
        try SearchTerms.skip(&reader)
    }

    package var value: SearchTerms {
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        var reader = encoded!
        // `init(from:)` checked everything `SearchTerms(from:)` can refuse (`SearchTerms.skip` must follow it
        // when it changes): the empty terms are never made, and a debug build says so if they are.
        let terms: SearchTerms
        do {
            terms = try SearchTerms(from: &reader)
        } catch {
            assertionFailure("search terms that SearchTerms.skip accepted do not decode")
            terms = SearchTerms([:])
        }
        (decoded, encoded) = (terms, nil)
        return terms
    }
}
