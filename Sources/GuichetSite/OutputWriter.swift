import Foundation

/// Writes a build beside the output folder and swaps it in only when everything is written, so that a
/// failed or interrupted build leaves the previous site whole.
struct OutputWriter: Sendable {
    /// Writes one file's bytes. The real one writes to disk; tests pass one that fails (a full disk).
    typealias FileSink = @Sendable (_ path: String, _ data: Data) throws -> Void

    let output: String
    let staging: String
    private let parent: String
    private let stagingPrefix: String
    private let sink: FileSink

    static let disk: FileSink = { path, data in try data.write(to: URL(fileURLWithPath: path)) }

    /// A staging folder next to `output` (same file system, so the swap is a rename).
    init(output: String, sink: @escaping FileSink = OutputWriter.disk) {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        self.parent = url.deletingLastPathComponent().path
        self.stagingPrefix = "." + url.lastPathComponent + ".building-"
        self.staging = parent + "/" + stagingPrefix + "\(ProcessInfo.processInfo.processIdentifier)"
        self.sink = sink
    }

    func begin() throws(SiteError) {
        let fm = FileManager.default
        removeAbandonedStaging()
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw SiteError(.cannotWrite, path: staging, underlying: error)
        }
    }

    /// Writes one file under the staging folder. `path` is relative and was made from validated slugs; it is
    /// checked again here because nothing may ever be written outside the output.
    func write(_ path: String, _ data: Data) throws(SiteError) {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw SiteError(.cannotWrite, path: path, underlying: nil)
        }
        let full = staging + "/" + path
        let folder = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try sink(full, data)
        } catch {
            throw SiteError(.cannotWrite, path: full, underlying: error)
        }
    }

    func copy(_ source: String, to path: String) throws(SiteError) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw SiteError(.cannotWrite, path: source, underlying: nil)
        }
        try write(path, data)
    }

    /// Replaces the output folder with the staging folder: rename the old one aside, rename the new one in,
    /// then delete the old one. If the second rename fails, the old one is put back.
    func publish() throws(SiteError) {
        let fm = FileManager.default
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

    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
