/// Why `guichet mcp` could not serve the site.
public struct SiteLoadFailure: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
