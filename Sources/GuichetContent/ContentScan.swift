/// What `ContentLoader.scan()` found: the settings and the list of files to read, before any is read.
public struct ContentScan: Sendable {
    public var config: SiteConfig
    /// Categories first, each followed by its articles, in file-name order.
    public var files: [ContentFile]
    /// The settings file's text by user-facing path, for quoting its lines.
    public var sources: [String: String]
}

/// One Markdown file of Content/ and what it is in the site.
public struct ContentFile: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case category, article }
    public let kind: Kind
    /// The path to read.
    public let path: String
    /// The path as the user names it in reports: `Content/livraison/delais.md`.
    public let file: String
    public let category: String
    public let slug: String

    public init(kind: Kind, path: String, file: String, category: String, slug: String) {
        self.kind = kind
        self.path = path
        self.file = file
        self.category = category
        self.slug = slug
    }
}
