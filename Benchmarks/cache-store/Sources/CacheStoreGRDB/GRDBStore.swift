import CacheStoreCore
import Foundation
import GRDB

/// SQLite through GRDB: one table `article(key TEXT PRIMARY KEY, value BLOB NOT NULL)`.
///
/// One `DatabaseQueue` (one connection: a build is one process with one writer; a `DatabasePool` would add
/// reader connections that a CLI does not need). On every open, `PRAGMA journal_mode = WAL` (stored in the
/// file: a no-op once set) and `PRAGMA synchronous = NORMAL` (per connection). WAL makes a save one append
/// to the `-wal` file instead of a rollback journal plus in-place writes; NORMAL skips the fsync on every
/// commit (SQLite still fsyncs when it checkpoints). After a power loss the database stays consistent and
/// may lose the last saves, which is right for a cache that can be rebuilt.
///
/// GRDB's own `Configuration.journalMode = .wal` is not used: besides the two pragmas, it makes sure a
/// non-empty `-wal` file exists by running a `CREATE TABLE`/`DROP TABLE` transaction whenever the `-wal`
/// file is missing, which is on every fresh process, since SQLite deletes the `-wal` when the last
/// connection closes. That matters for `DatabasePool` readers, not for one `DatabaseQueue`.
public final class GRDBStore: CacheStore {
    private let queue: DatabaseQueue

    /// - Parameter memoryMapped: reads through `PRAGMA mmap_size` (256 MiB) instead of `read` into SQLite's
    ///   page cache.
    public init(path: String, withoutRowID: Bool, memoryMapped: Bool = false) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if memoryMapped {
                _ = try Int.fetchOne(db, sql: "PRAGMA mmap_size = 268435456")
            }
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            if try !db.tableExists("article") {
                try db.execute(
                    sql: """
                        CREATE TABLE article (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL)\
                        \(withoutRowID ? " WITHOUT ROWID" : "")
                        """)
            }
        }
    }

    public static func kind(withoutRowID: Bool, memoryMapped: Bool = false) -> StoreKind {
        StoreKind(
            name: (withoutRowID ? "sqlite-norowid" : "sqlite") + (memoryMapped ? "-mmap" : ""),
            summary: "SQLite \(sqliteVersion()) via GRDB, WAL + synchronous=NORMAL, table "
                + (withoutRowID ? "WITHOUT ROWID" : "with rowid (key in a separate unique index)")
                + (memoryMapped ? ", PRAGMA mmap_size = 256 MiB" : "")
        ) { directory in
            try GRDBStore(path: directory + "/cache.sqlite", withoutRowID: withoutRowID, memoryMapped: memoryMapped)
        }
    }

    static func sqliteVersion() -> String {
        (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? "?"
    }

    public func load() throws -> [String: [UInt8]] {
        try queue.read { db in
            var records = [String: [UInt8]]()
            let rows = try Row.fetchCursor(db, sql: "SELECT key, value FROM article")
            while let row = try rows.next() {
                let key: String = row[0]
                records[key] = try row.withUnsafeData(atIndex: 1) { data in data.map { [UInt8]($0) } ?? [] }
            }
            return records
        }
    }

    public func save(changed: [String: [UInt8]], removed: [String]) throws {
        guard !changed.isEmpty || !removed.isEmpty else { return }
        try queue.write { db in
            let delete = try db.cachedStatement(sql: "DELETE FROM article WHERE key = ?")
            for key in removed where changed[key] == nil {
                try delete.execute(arguments: [key])
            }
            let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO article (key, value) VALUES (?, ?)")
            for (key, value) in changed {
                try upsert.execute(arguments: [key, Data(value)])
            }
        }
    }

    public func close() throws {
        try queue.close()
    }
}
