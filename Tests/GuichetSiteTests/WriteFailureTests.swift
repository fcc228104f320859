import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// A full disk, simulated through `BuildOptions.fileSink`: the first N files are written, then every write
/// fails with ENOSPC. The build throws a `SiteError` naming the file and the cause; the previous output is
/// untouched and no staging folder is left behind.
@Suite struct WriteFailureTests {
    static let fixture = Paths.fixtures.appendingPathComponent("boutique/Content").path

    /// Writes the first `limit` files to disk, then refuses every other one as a full disk would.
    final class FillingDisk: @unchecked Sendable {
        private let lock = NSLock()
        private let limit: Int
        private(set) var written: [String] = []
        private(set) var refused: [String] = []

        init(limit: Int) { self.limit = limit }

        func write(_ path: String, _ data: Data) throws {
            let accepted = lock.withLock {
                if written.count < limit { written.append(path); return true }
                refused.append(path)
                return false
            }
            guard accepted else { throw POSIXError(.ENOSPC) }
            try OutputWriter.disk(path, data)
        }
    }

    /// A first, good build into `folder/Output` with a marker beside its files: the site to keep.
    static func publishPreviousSite(in folder: TemporaryFolder) throws -> (files: [String], bytes: [String: Data]) {
        let report = try SiteBuilder(options: buildOptions(content: fixture, output: folder.sub("Output"))).build()
        #expect(report.published)
        try Data("le site en ligne\n".utf8).write(to: URL(fileURLWithPath: folder.sub("Output/marqueur.txt")))
        let files = relativeFiles(in: folder.sub("Output"))
        var bytes: [String: Data] = [:]
        for file in files { bytes[file] = FileManager.default.contents(atPath: folder.sub("Output/" + file)) }
        return (report.files, bytes)
    }

    /// Builds with a disk that fills up after `limit` files; returns the error thrown.
    static func buildOnFullDisk(in folder: TemporaryFolder, limit: Int) throws -> (SiteError?, FillingDisk) {
        let disk = FillingDisk(limit: limit)
        var options = buildOptions(content: fixture, output: folder.sub("Output"))
        options.fileSink = { path, data in try disk.write(path, data) }
        do {
            let report = try SiteBuilder(options: options).build()
            Issue.record("the build did not fail (published: \(report.published), \(disk.written.count) files written)")
            return (nil, disk)
        } catch {
            return (error, disk)
        }
    }

    /// The fixture's build writes 16 files: 2 assets, then 7 pages on every core, then the data files.
    /// 0: the first file (an asset); 4: while the pages are written; 11: among the data files; -1: the very
    /// last file, once everything else is written.
    @Test(arguments: [0, 4, 11, -1])
    func aFullDiskLeavesThePreviousSiteAndNoStagingFolder(_ after: Int) throws {
        let folder = try TemporaryFolder("disk-full")
        defer { folder.remove() }
        let previous = try Self.publishPreviousSite(in: folder)
        let limit = after >= 0 ? after : previous.files.count - 1
        try #require(limit < previous.files.count, "the fixture writes only \(previous.files.count) files")

        let (thrown, disk) = try Self.buildOnFullDisk(in: folder, limit: limit)
        let error = try #require(thrown)
        #expect(disk.written.count == limit)
        #expect(!disk.refused.isEmpty)
        if case .cannotWrite = error.reason {} else { Issue.record("reason: \(error.reason)") }

        // The message names the file that could not be written, and why.
        let description = error.description
        #expect(description.hasPrefix("cannot write "), "\(description)")
        #expect(disk.refused.contains(error.path), "\(error.path) is not a file the disk refused")
        #expect(description.contains(error.path))
        let written = String(error.path.split(separator: "/").last ?? "")
        #expect(previous.files.contains { $0.hasSuffix(written) }, "\(description) names no file of the site")
        #expect(description.contains("No space left on device"), "\(description)")

        // The previous output is untouched: the same files, the same bytes, the marker.
        let files = relativeFiles(in: folder.sub("Output"))
        #expect(files == previous.bytes.keys.sorted())
        for file in files {
            #expect(FileManager.default.contents(atPath: folder.sub("Output/" + file)) == previous.bytes[file], "\(file) changed")
        }
        #expect(readText(folder.sub("Output/marqueur.txt")) == "le site en ligne\n")

        // No staging folder (nor a `.previous`) is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
    }

    /// The first publication on a full disk: no Output/ appears at all, half-written or otherwise.
    @Test func aFullDiskOnTheFirstBuildCreatesNoOutput() throws {
        let folder = try TemporaryFolder("disk-full-first")
        defer { folder.remove() }
        let (thrown, _) = try Self.buildOnFullDisk(in: folder, limit: 10)
        let error = try #require(thrown)
        #expect(error.description.contains("No space left on device"), "\(error.description)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// After the disk is freed, the next build publishes normally.
    @Test func theNextBuildSucceedsOnceThereIsSpace() throws {
        let folder = try TemporaryFolder("disk-full-then-free")
        defer { folder.remove() }
        let previous = try Self.publishPreviousSite(in: folder)
        _ = try Self.buildOnFullDisk(in: folder, limit: 7)
        let report = try SiteBuilder(options: buildOptions(content: Self.fixture, output: folder.sub("Output"))).build()
        #expect(report.published)
        #expect(report.files == previous.files)
        #expect(relativeFiles(in: folder.sub("Output")) == previous.files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
    }
}
