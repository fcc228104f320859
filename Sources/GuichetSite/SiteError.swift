import Foundation
import GuichetContent

/// Why a build could not publish, beyond problems in the content (which are diagnostics): the output
/// could not be written. Carries the path and the underlying error, printed as a chain.
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable {
        case contentHasErrors(count: Int)
        case cannotWrite
        case cannotPublish
        /// `guichet init` was pointed at a folder that has a site already: `found` names what it holds.
        case alreadyASite(found: String)
    }

    public let reason: Reason
    public let path: String
    public let underlying: String?

    public init(_ reason: Reason, path: String, underlying: (any Error)? = nil) {
        self.reason = reason
        self.path = path
        self.underlying = underlying.map(SiteError.describe)
    }

    /// The cause in words: Foundation wraps system errors (« Not a directory », « No space left on
    /// device ») in NSError domains whose default description is a dump.
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain, let text = strerror(Int32(ns.code)) { return String(cString: text) }
        if let inner = ns.userInfo[NSUnderlyingErrorKey] as? any Error { return describe(inner) }
        if let posix = error as? POSIXError, let text = strerror(posix.code.rawValue) { return String(cString: text) }
        if ns.domain == NSCocoaErrorDomain, let path = ns.userInfo[NSFilePathErrorKey] as? String {
            return "\(ns.localizedDescription) (\(path))"
        }
        return String(describing: error)
    }

    /// The error as a finding, for the preview, which shows it with the content's: no line, and the chain
    /// of causes in the message.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, .cannotWrite, file: path, line: 0, column: 0, message: description, fix: nil)
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
        case .alreadyASite(let found):
            head = "\(path) already holds a site (\(found)); nothing was written"
        }
        return underlying.map { "\(head)\n  caused by: \($0)" } ?? head
    }
}
