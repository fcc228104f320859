import Foundation
import GuichetContent

/// Writes a build beside the output folder and swaps it in only when everything is written, so that a
/// failed or interrupted build leaves the previous site whole.
///
/// Incremental mode (`previous` given: the files and hashes the last build wrote, from the build cache)
/// stages only the files whose bytes changed, and publishing renames each into the output folder: a reader
/// sees a whole old page or a whole new one, and a build that fails or is interrupted before publishing
/// leaves the output as it was. One interrupted while publishing leaves some files new and the cache old;
/// the next build compares with the cache and rewrites them.
struct OutputWriter: Sendable {
    /// Writes one file's bytes. The real one writes to disk; tests pass one that fails (a full disk).
    typealias FileSink = @Sendable (_ path: String, _ data: Data) throws -> Void

    let output: String
    let staging: String
    private let parent: String
    private let stagingPrefix: String
    private let sink: FileSink
    /// Path → hash of the files the previous build wrote, in incremental mode.
    let previous: [String: String]?
    private let folders: MadeFolders
    /// The output folder, opened once for finding the files kept from the last build (incremental mode).
    private let published: OpenFolder?

    /// What a write did: the file's hash (for the cache) and whether bytes reached the disk.
    struct Written: Sendable {
        let path: String
        let hash: String
        let changed: Bool
    }

    static let disk: FileSink = { path, data in try data.write(to: URL(fileURLWithPath: path)) }

    /// A staging folder next to `output` (same file system, so the swap is a rename).
    init(output: String, sink: @escaping FileSink = OutputWriter.disk, previous: [String: String]? = nil) {
        self.previous = previous
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        self.parent = url.deletingLastPathComponent().path
        self.stagingPrefix = "." + url.lastPathComponent + ".building-"
        self.staging = parent + "/" + stagingPrefix + "\(ProcessInfo.processInfo.processIdentifier)"
        self.folders = MadeFolders(root: staging)
        self.published = previous == nil ? nil : OpenFolder(self.output)
        self.sink = sink
    }

    func begin() throws(SiteError) {
        let fm = FileManager.default
        removeAbandonedStaging()
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            // The user named the output folder, not the staging folder beside it: report that one.
            throw SiteError(.cannotWrite, path: output, underlying: error)
        }
    }

    /// Writes one file under the staging folder. `path` is relative and was made from validated slugs; it is
    /// checked again here because nothing may ever be written outside the output.
    @discardableResult
    func write(_ path: String, _ data: Data) throws(SiteError) -> Written {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw SiteError(.cannotWrite, path: path, underlying: nil)
        }
        let hash = ContentHash.full(data)
        if let previous, previous[path] == hash, published?.contains(path) == true {
            return Written(path: path, hash: hash, changed: false)
        }
        let full = staging + "/" + path
        let folder = MadeFolders.parent(of: full)
        do {
            try folders.make(folder)
            try sink(full, data)
        } catch {
            throw SiteError(.cannotWrite, path: full, underlying: error)
        }
        return Written(path: path, hash: hash, changed: true)
    }

    /// A file the last build wrote and this one did not regenerate (its inputs are unchanged): kept as it
    /// is, or nil when it is missing from the output folder (and must be written again).
    /// Every file the last build wrote under `folder` (ending with `/`), kept; nil unless each is still there.
    func keepFolder(_ folder: String) -> [Written]? {
        guard let previous else { return nil }
        let kept = previous.keys.filter { $0.hasPrefix(folder) }.sorted().compactMap(keep)
        return kept.isEmpty || kept.count != previous.keys.count(where: { $0.hasPrefix(folder) }) ? nil : kept
    }

    func keep(_ path: String) -> Written? {
        // `faccessat` rather than FileManager: a one-article rebuild keeps 20,000 files, and FileManager's path
        // conversion cost more than the system call.
        guard let hash = previous?[path], published?.contains(path) == true else { return nil }
        return Written(path: path, hash: hash, changed: false)
    }

    /// Replaces one file of the published output in place, in one rename, outside any staging: what
    /// render-ahead writes before the build that follows publishes everything.
    func replacePublished(_ path: String, with bytes: [UInt8]) throws(SiteError) {
        try BuildCache.replace(output + "/" + path, with: bytes)
    }

    /// Replaces the output folder with the staging folder: rename the old one aside, rename the new one in,
    /// then delete the old one. If the second rename fails, the old one is put back.
    func publish(keeping current: Set<String>) throws(SiteError) {
        let fm = FileManager.default
        if let previous {
            // In place: each staged file replaces its old version; what the last build wrote and this one
            // did not is gone from the site.
            for path in stagedFiles() {
                let target = output + "/" + path
                do {
                    try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    guard rename(staging + "/" + path, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                } catch {
                    throw SiteError(.cannotPublish, path: target, underlying: error)
                }
            }
            try? fm.removeItem(atPath: staging)
            // The gone files found first, and only they sorted: sorting the 20,000 paths of a large site was
            // most of publishing a one-article change (perf).
            for path in previous.keys.filter({ !current.contains($0) }).sorted() {
                try? fm.removeItem(atPath: output + "/" + path)
                removeEmptyFolders(above: path)
            }
            return
        }
        let previous = staging + ".previous"
        try? fm.removeItem(atPath: previous)
        let hadOutput = fm.fileExists(atPath: output)
        do {
            if hadOutput { try fm.moveItem(atPath: output, toPath: previous) }
        } catch {
            throw SiteError(.cannotPublish, path: output, underlying: error)
        }
        do {
            try fm.moveItem(atPath: staging, toPath: output)
        } catch {
            if hadOutput { try? fm.moveItem(atPath: previous, toPath: output) }
            throw SiteError(.cannotPublish, path: output, underlying: error)
        }
        try? fm.removeItem(atPath: previous)
    }

    /// The files under the staging folder, relative to it.
    private func stagedFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: staging) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: staging + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// A build that was killed leaves its staging folder behind; remove those whose process is gone, so they
    /// never pile up (a live one belongs to a build running now and is left alone).
    private func removeAbandonedStaging() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(stagingPrefix) {
            let suffix = name.dropFirst(stagingPrefix.count).prefix { $0.isNumber }
            guard let pid = Int32(suffix), kill(pid, 0) != 0 || pid == ProcessInfo.processInfo.processIdentifier else { continue }
            try? fm.removeItem(atPath: parent + "/" + name)
        }
    }

    private func removeEmptyFolders(above path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            let full = output + "/" + folder
            guard ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? ["x"]).isEmpty else { return }
            try? FileManager.default.removeItem(atPath: full)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
