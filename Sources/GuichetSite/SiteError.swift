/// Why a build could not publish, beyond problems in the content (which are diagnostics): the output
/// could not be written. Carries the path and the underlying error, printed as a chain.
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable {
        case contentHasErrors(count: Int)
        case cannotWrite
        case cannotPublish
    }

    public let reason: Reason
    public let path: String
    public let underlying: String?

    public init(_ reason: Reason, path: String, underlying: (any Error)? = nil) {
        self.reason = reason
        self.path = path
        self.underlying = underlying.map { String(describing: $0) }
    }

    public var description: String {
        let head: String
        switch reason {
        case .contentHasErrors(let count):
            head = "\(count) error\(count == 1 ? "" : "s") in the content; \(path) was left as it was"
        case .cannotWrite:
            head = "cannot write \(path)"
        case .cannotPublish:
            head = "cannot replace \(path) with the new build; the previous site is still there"
        }
        return underlying.map { "\(head)\n  caused by: \($0)" } ?? head
    }
}
