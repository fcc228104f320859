import Foundation

/// A value made at most once, on first use, from any thread: the site-wide step lists every file it may
/// make, but a build that keeps the rules page and regles.json must not pay for what they show (going
/// through every article's rules, at 10,000 articles 5 % of a one-article rebuild).
///
/// What making it read of the articles (`ArticleReads`) is noted again on every use: the rules page and
/// regles.json share one value, and each must depend on what it holds, whichever made it first.
package final class Computed<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value`, `reads` and `make` are only touched under `lock`.
    private let lock = NSLock()
    private var value: Value?
    private var reads = ArticleFields()
    private var make: (@Sendable () -> Value)?

    package init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    package var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value {
            ArticleReads.note(reads)
            return value
        }
        let (made, read) = ArticleReads.recording { make!() }
        (value, reads, make) = (made, read, nil)
        ArticleReads.note(read)
        return made
    }
}
