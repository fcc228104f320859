import Foundation
@testable import GuichetSite
import Testing

@Suite struct FileStampTests {
    @Test func aRewrittenFileGetsAnotherStampAnUntouchedOneKeepsIt() throws {
        let folder = try TemporaryFolder("stamp")
        defer { folder.remove() }
        let path = folder.sub("a.md")
        try Data("un".utf8).write(to: URL(fileURLWithPath: path))
        let first = try #require(FileStamp(path: path))
        #expect(FileStamp(path: path) == first)
        try FileManager.default.removeItem(atPath: path)
        try Data("un".utf8).write(to: URL(fileURLWithPath: path))
        #expect(FileStamp(path: path) != first, "same bytes, but a new file: the stamp differs and the bytes decide")
        #expect(FileStamp(path: folder.sub("absent.md")) == nil)
    }

    @Test func aStampIsTrustedOnlyWhenTheFileSettledBeforeTheBuild() throws {
        let folder = try TemporaryFolder("stamp")
        defer { folder.remove() }
        let path = folder.sub("a.md")
        try Data("un".utf8).write(to: URL(fileURLWithPath: path))
        let stamp = try #require(FileStamp(path: path))
        let touched = max(stamp.modified, stamp.changed)
        #expect(!stamp.isSettled(before: FileStamp.now()), "written just now: another write in the same tick would keep the stamp")
        #expect(!stamp.isSettled(before: touched + 2_000_000_000))
        #expect(stamp.isSettled(before: touched + 2_000_000_001))
    }
}
