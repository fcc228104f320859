import Foundation

/// A value made at most once, on first use, from any thread: the site-wide step lists every file it may
/// make, but a build that keeps the rules page and regles.json must not pay for what they show (going
/// through every article's rules, at 10,000 articles 5 % of a one-article rebuild).
final class Computed<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value` and `make` are only touched under `lock`.
    private let lock = NSLock()
    private var value: Value?
    private var make: (@Sendable () -> Value)?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make!()
        (value, make) = (made, nil)
        return made
    }
}
