import Foundation

/// The folders a build already made under its staging folder, shared by the threads that write pages.
///
/// Each file's folder used to be made before each write with `createDirectory` and its intermediate folders
/// (several system calls for every level), 1.6 % of a 10,000-article build. A folder whose parent this build
/// made takes one `mkdir`; one already made, none. It assumes that nothing removes a folder under the staging
/// folder while the build writes there: the writer is made once per build and `begin` runs before any write.
final class MadeFolders: @unchecked Sendable {
    // `@unchecked`: `made` is only read and written under `lock`.
    private let lock = NSLock()
    private var made: Set<String> = []

    /// Starts with `root`, the staging folder, which the writer's `begin` makes; `make` records the others.
    init(root: String) {
        made.insert(root)
    }

    /// The folder a path is in: the paths here are absolute and clean (no `.`, `..` or trailing `/`). NSString's
    /// `deletingLastPathComponent` went through Foundation's bridging, a third of this class's time.
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// Makes `folder` and its parents unless this build made them already.
    func make(_ folder: String) throws {
        let parent = Self.parent(of: folder)
        let (known, parentKnown) = lock.withLock { (made.contains(folder), made.contains(parent)) }
        if known { return }
        // Anything but a new folder (one there already, a file in the way) goes the general way, which says why.
        if parentKnown, mkdir(folder, 0o777) == 0 {
            lock.withLock { _ = made.insert(folder) }
            return
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lock.withLock {
            var folder = folder
            while !made.contains(folder), folder.count > 1 {
                made.insert(folder)
                folder = Self.parent(of: folder)
            }
        }
    }
}
