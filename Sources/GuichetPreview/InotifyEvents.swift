#if canImport(Glibc)
import Glibc

/// Linux's inotify over the preview's watched paths: the kernel says when something changed, so an idle
/// preview costs one non-blocking `read` per check instead of a `stat` of every file (at 10,000 articles,
/// tens of milliseconds of CPU every 300 ms). Folders are watched with all their subfolders, including
/// those created later; a watched file (guichet.yml, accessibilite.yml) through its folder, so that a
/// save that writes a new file and renames it over the old one is seen, and only events naming it count
/// (the build swapping Output/ beside it must not trigger a build).
///
/// Used from one task at a time (the rebuild loop), hence `@unchecked Sendable`.
final class InotifyEvents: @unchecked Sendable {
    /// -1 once closed: a failed initialiser closes it, and `deinit` may run after it.
    private var descriptor: Int32
    /// Watch → the folder, for folders watched with everything in them.
    private var folders: [Int32: String] = [:]
    /// Watch → the folder and the names that count in it: the folder of each watched path, so that a
    /// settings file saved by a rename, or a Content/ or Themes/ that appears, is replaced or removed, is seen.
    private var namesOf: [Int32: (folder: String, names: Set<String>)] = [:]
    /// The watched paths, to watch again after the queue overflowed.
    private let paths: [String]
    /// True once a watch could not be added (the system's limit): changes may be missed, so the watcher
    /// goes back to polling.
    private(set) var isDegraded = false
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil when inotify is not available or a folder cannot be watched (the limit of watches reached):
    /// the watcher then polls.
    init?(paths: [String]) {
        self.paths = paths
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard watchAll() else {
            closeDescriptor()
            return nil
        }
    }

    deinit { closeDescriptor() }

    private func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Every path through its folder, by name; a folder also with all it holds; a linked file also where
    /// the link leads (an edit to the target is an edit).
    private func watchAll() -> Bool {
        for path in paths {
            guard watchName(path) else { return false }
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                guard addFolder(path, depth: 0) else { return false }
            } else if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) {
                defer { free(target) }
                guard watchName(String(cString: target)) else { return false }
            }
        }
        return true
    }

    private func watchName(_ path: String) -> Bool {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let watch = inotify_add_watch(descriptor, folder.isEmpty ? "/" : folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return false }
        namesOf[watch, default: (folder.isEmpty ? "/" : folder, [])].names.insert(name)
        return true
    }

    /// Watches `folder` and its subfolders; real folders only, as the polling walks them, so that a link
    /// loop cannot exhaust the watches.
    private func addFolder(_ folder: String, depth: Int) -> Bool {
        guard depth < 32 else { return true }
        let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return false }
        folders[watch] = folder
        for name in SiteWatcher.entries(folder) where !SiteWatcher.isIgnored(name) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            guard addFolder(path, depth: depth + 1) else { return false }
        }
        return true
    }

    /// What changed since the last call, without waiting.
    enum Change: Equatable {
        case nothing
        /// These paths (as `<folder>/<name>`, the way the watcher's signature names them) were created,
        /// written, removed or renamed.
        case paths(Set<String>)
        /// More than the events can say: the queue overflowed, or a watched path itself was replaced.
        case everything

        /// What `self` then `other` changed.
        func merged(with other: Change) -> Change {
            switch (self, other) {
            case (.nothing, _): other
            case (_, .nothing): self
            case (.paths(let a), .paths(let b)): .paths(a.union(b))
            default: .everything
            }
        }
    }

    /// What happened since the last call, without waiting. New folders are watched as they appear; an
    /// overflowing queue counts as everything, and every path is watched again.
    func changes() -> Change {
        var changed = false
        var everything = false
        var touched: Set<String> = []
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                let created = event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    (changed, everything) = (true, true)
                    if !watchAll() { isDegraded = true }
                    continue
                }
                if let watched = namesOf[event.wd], folders[event.wd] == nil {
                    guard watched.names.contains(name) else { continue }
                    (changed, everything) = (true, true)
                    // A watched folder that appears (Themes/ ejected) or comes back (Content/ replaced).
                    if created, !addFolder(watched.folder + "/" + name, depth: 0) { isDegraded = true }
                    continue
                }
                guard let folder = folders[event.wd] else { continue }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    continue
                }
                if !name.isEmpty, SiteWatcher.isIgnored(name) { continue }
                changed = true
                // An event about the folder itself (no name): its own stamp, and whatever it holds.
                touched.insert(name.isEmpty ? folder : folder + "/" + name)
                if created, !addFolder(folder + "/" + name, depth: 1) { isDegraded = true }
            }
        }
        return !changed ? .nothing : everything ? .everything : .paths(touched)
    }
}
#endif
