import GuichetRender
import GuichetSite

/// A tool's call that cannot be answered: the argument at fault (`query`, `arguments.received`…) and the
/// reason, which the server sends as an MCP error (invalid params) rather than as an answer.
public struct ToolFailure: Error, Sendable, CustomStringConvertible {
    public let argument: String
    public let reason: String

    public init(_ argument: String, _ reason: String) {
        // French typography, as the site's own text: the reason may be shown to the customer as is.
        (self.argument, self.reason) = (argument, FrenchTypography.apply(reason))
    }

    public var description: String { "argument '\(argument)': \(reason)" }
}
