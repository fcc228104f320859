import GuichetContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says about a file without reading it: size, modification and status-change
/// times (nanoseconds), inode. The build cache trusts an equal stamp to mean equal bytes, as make and git do,
/// so that a rebuild of 10,000 unchanged articles reads none of them.
///
/// A file written twice within one tick of the file system's clock could keep its stamp; like git, the
/// cache does not trust a stamp taken too close to the build that recorded it (`isSettled`), and such a
/// file is read and hashed next time.
///
/// The one reading of `stat` in Guichet: the build cache and the preview's watcher both use it.
public struct FileStamp: Hashable, Sendable {
    public let size: Int64
    public let modified: Int64
    public let changed: Int64
    public let inode: UInt64
    /// Not part of the stamp's identity (nor of the cache): what the watcher needs to walk folders.
    public private(set) var isDirectory = false

    public static func == (l: FileStamp, r: FileStamp) -> Bool {
        (l.size, l.modified, l.changed, l.inode) == (r.size, r.modified, r.changed, r.inode)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(modified)
        hasher.combine(changed)
        hasher.combine(inode)
    }

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// `stat`, following links (an edit to a link's target is an edit); nil when nothing is there.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamps of many files, in order: each folder is opened once and each file `fstatat`ed in it, one
    /// name to resolve instead of the whole path, on every core. This is all a rebuild that finds nothing
    /// changed does per file.
    public static func stamps(of paths: [String]) -> [FileStamp?] {
        var folders: [String: Int32] = [:]
        let located = paths.map { path -> (folder: Int32, name: String)? in
            // Searched in the UTF-8 bytes: `String.lastIndex(of:)` walks characters, and was a third of a
            // no-change rebuild at 10,000 articles.
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            let folder = String(path[..<slash])
            if folders[folder] == nil { folders[folder] = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            return (folders[folder]!, String(path[path.utf8.index(after: slash)...]))
        }
        defer { for descriptor in folders.values where descriptor >= 0 { close(descriptor) } }
        return Array(zip(paths, located)).parallelMap { path, located in
            guard let located, located.folder >= 0 else { return FileStamp(path: path) }
            var info = stat()
            guard fstatat(located.folder, located.name, &info, 0) == 0 else { return nil }
            return FileStamp(info)
        }
    }

    private init(_ info: stat) {
        isDirectory = UInt32(info.st_mode) & 0o170000 == 0o040000
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }

    /// The wall clock in nanoseconds, to compare with stamps.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether the file was last touched well before `buildStart` (two seconds, more than any file
    /// system's timestamp granularity): only then may a later build trust the stamp.
    func isSettled(before buildStart: Int64) -> Bool {
        max(modified, changed) < buildStart - 2_000_000_000
    }
}
