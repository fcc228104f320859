import Foundation
import GuichetContent
import GuichetSite

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes under the watched paths (Content/, Themes/, guichet.yml) by comparing signatures —
/// relative path, size, modification time (nanoseconds) and inode of every file — with the last one.
///
/// On Linux, inotify (`InotifyEvents`) says when to take one: an idle preview costs one non-blocking
/// `read` per check, and a save is seen within `eventCheck`. Elsewhere, or when inotify is unavailable
/// (the limit of watches reached), it polls: a signature every interval, one `stat` per file (under a
/// millisecond for the real Content/, tens of milliseconds for 10,000 files). Either way edits made through
/// any editor are seen (in place, or by writing a new file and renaming it over the old one), and a
/// missing settings file that appears. Hidden files and editor backups (`.x.swp`, `x~`) are ignored.
public struct SiteWatcher: Sendable {
    /// What is known of one file: enough to see any save.
    public struct Stamp: Sendable, Equatable {
        let size: Int64
        let modified: Int64
        let inode: UInt64
        let isDirectory: Bool
    }

    /// Every watched file and folder by `<watched path>/<relative path>`.
    public struct Signature: Sendable, Equatable {
        public fileprivate(set) var stamps: [String: Stamp] = [:]

        /// The paths whose stamp differs from `last`'s, or that one of the two has and the other not.
        public func changes(since last: Signature) -> Set<String> {
            var changed = Set(stamps.compactMap { path, stamp in last.stamps[path] == stamp ? nil : path })
            for path in last.stamps.keys where stamps[path] == nil { changed.insert(path) }
            return changed
        }
    }

    public let paths: [String]
    /// How often inotify's queue is read: a `read` that finds nothing costs next to nothing, so a save is
    /// seen quickly without polling the files.
    static let eventCheck: Duration = .milliseconds(20)
    /// How long the events of one save must have stopped for before it is built, and the longest a stream
    /// of events (a folder being copied in) delays the build.
    static let settle: Duration = .milliseconds(10)
    static let settleLimit: Duration = .milliseconds(500)

    /// Polls even where inotify is available (`guichet serve --poll`).
    public let polls: Bool

    public init(paths: [String], polls: Bool = false) { (self.paths, self.polls) = (paths, polls) }

    public func signature() -> Signature {
        var signature = Signature()
        for path in paths { visit(path, into: &signature, depth: 0) }
        return signature
    }

    /// Calls `onChange` with the paths that changed after each poll that finds a different signature, until
    /// the task is cancelled.
    /// `onChange` is awaited before the next poll, so builds never overlap, and a burst of saves during a
    /// build gives one more build, not one per save.
    public func watch(from initial: Signature, every interval: Duration,
                      onChange: @Sendable (Set<String>) async -> Void) async {
        var last = initial
        #if canImport(Glibc)
        if !polls, let events = InotifyEvents(paths: paths) {
            // A save made before the watches existed (during the first build) is found by comparing once.
            var pending = InotifyEvents.Change.everything
            while !Task.isCancelled, !events.isDegraded {
                if pending == .nothing {
                    do { try await Task.sleep(for: Self.eventCheck) } catch { return }
                    pending = events.changes()
                    // A save is several events (truncated, written, closed; or written and renamed): the
                    // build waits until they stop, or it could read a file half-written.
                    var waited = Duration.zero
                    while pending != .nothing, waited < Self.settleLimit {
                        do { try await Task.sleep(for: Self.settle) } catch { return }
                        waited += Self.settle
                        let more = events.changes()
                        if more == .nothing { break }
                        pending = pending.merged(with: more)
                    }
                }
                let current: Signature
                switch pending {
                case .nothing: continue
                case .everything: current = signature()
                // Only the paths the events name are stamped again: a whole signature is a `stat` of every
                // file, tens of milliseconds at 10,000 articles, between the save and its build.
                case .paths(let paths): current = updated(last, at: paths)
                }
                pending = .nothing
                // The signature still decides: a file touched but unchanged, or saved back as it was, builds nothing.
                guard current != last else { continue }
                let changed = current.changes(since: last)
                last = current
                await onChange(changed)
            }
            // A watch the system refused (its limit): changes may go unseen, so the watcher polls from here.
        }
        #endif
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let current = signature()
            guard current != last else { continue }
            let changed = current.changes(since: last)
            last = current
            await onChange(changed)
        }
    }

    /// `signature` with `paths` stamped again: each one gone is removed with all it held, each one there is
    /// visited as `signature()` would (a new folder with its files). The same as a whole new signature when
    /// the paths are all that changed (`SiteWatcherTests`).
    func updated(_ signature: Signature, at paths: Set<String>) -> Signature {
        var signature = signature
        for path in paths.sorted() {
            if signature.stamps[path]?.isDirectory == true {
                let inside = path + "/"
                signature.stamps = signature.stamps.filter { !$0.key.hasPrefix(inside) }
            }
            signature.stamps[path] = nil
            let depth = self.paths.first { path.hasPrefix($0 + "/") }.map { root in
                path.dropFirst(root.count).reduce(0) { $0 + ($1 == "/" ? 1 : 0) }
            } ?? 1
            visit(path, into: &signature, depth: depth)
        }
        return signature
    }

    private func visit(_ path: String, into signature: inout Signature, depth: Int) {
        guard depth < 32, let stamp = Self.stamp(path) else { return }
        // A folder counts by its entries, not its own times: an editor's swap file appearing beside an
        // article must not trigger a build.
        signature.stamps[path] = stamp.isDirectory ? Stamp(size: 0, modified: 0, inode: stamp.inode, isDirectory: true) : stamp
        // Folders are followed only when they are real folders: a symbolic link to a folder is stamped,
        // not entered, so that a link loop cannot keep the watcher busy.
        guard stamp.isDirectory, !Self.isSymbolicLink(path) else { return }
        for name in Self.entries(path) where !Self.isIgnored(name) {
            visit(path + "/" + name, into: &signature, depth: depth + 1)
        }
    }

    /// The names in a folder (`FolderEntries`).
    static func entries(_ path: String) -> [String] { FolderEntries.list(path).map(\.name) }

    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp")
    }

    /// The build's own `FileStamp` (following links, so that an edit to a link's target is seen); nil when
    /// nothing is there.
    static func stamp(_ path: String) -> Stamp? {
        guard let stamp = FileStamp(path: path) else { return nil }
        return Stamp(size: stamp.size, modified: stamp.modified, inode: stamp.inode, isDirectory: stamp.isDirectory)
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && UInt32(info.st_mode) & 0o170000 == 0o120000
    }
}
