/// A build cache of one binary record per article, keyed by the article's path.
///
/// An instance is "open" from its initialiser to `close()`; the benchmark times exactly that span, so a
/// store's open and close costs are part of every number it reports.
public protocol CacheStore: AnyObject {
    /// Every live record, last write wins.
    func load() throws -> [String: [UInt8]]
    /// Writes the changed records and removes the removed keys, as one unit. A key that is in both is kept
    /// (with its changed value).
    func save(changed: [String: [UInt8]], removed: [String]) throws
    /// Releases the store's resources (files, connections).
    func close() throws
}

/// How the benchmark names, opens and measures one kind of store.
public struct StoreKind {
    /// Short name used on the command line and in the results (`log`, `sqlite`, ...).
    public let name: String
    /// One line saying what the store is, for the results (made only when asked for).
    public var summary: String { describe() }
    /// Opens (or creates) the store kept in `directory`, which holds nothing else.
    public let open: (_ directory: String) throws -> any CacheStore
    private let describe: () -> String

    public init(
        name: String, summary: @escaping @autoclosure () -> String,
        open: @escaping (_ directory: String) throws -> any CacheStore
    ) {
        self.name = name
        self.describe = summary
        self.open = open
    }
}

public struct CacheStoreError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
