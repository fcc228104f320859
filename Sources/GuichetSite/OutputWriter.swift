import Foundation

/// Writes a build beside the output folder and swaps it in only when everything is written, so that a
/// failed or interrupted build leaves the previous site whole.
struct OutputWriter: Sendable {
    let output: String
    let staging: String

    /// A staging folder next to `output` (same file system, so the swap is a rename).
    init(output: String) {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        let parent = url.deletingLastPathComponent().path
        self.staging = parent + "/." + url.lastPathComponent + ".building-\(ProcessInfo.processInfo.processIdentifier)"
    }

    func begin() throws(SiteError) {
        let fm = FileManager.default
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
            try data.write(to: URL(fileURLWithPath: full))
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

    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
