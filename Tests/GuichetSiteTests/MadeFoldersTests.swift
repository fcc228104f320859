import Foundation
@testable import GuichetSite
import Testing

/// `MadeFolders` makes each folder of a build once, with one `mkdir` when this build made its parent.
struct MadeFoldersTests {
    @Test func theParentOfAPath() {
        #expect(MadeFolders.parent(of: "/tmp/site/livraison/index.html") == "/tmp/site/livraison")
        #expect(MadeFolders.parent(of: "/tmp") == "/")
        #expect(MadeFolders.parent(of: "/") == "/")
        #expect(MadeFolders.parent(of: "/tmp/é/ü") == "/tmp/é")
    }

    @Test func foldersAreMadeAtAnyDepthAndAgainWithoutHarm() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-made-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folders = MadeFolders(root: root)
        // Two levels at once (intermediate folders), then a sibling whose parent is known (one mkdir), then again.
        for folder in ["\(root)/livraison/retard", "\(root)/livraison/colis", "\(root)/livraison/colis", "\(root)/contact"] {
            try folders.make(folder)
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue, "\(folder)")
        }
    }

    @Test func aFileWhereAFolderGoesIsAnError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-made-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/livraison", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(FileManager.default.createFile(atPath: root + "/livraison/colis", contents: Data("x".utf8)))
        let folders = MadeFolders(root: root)
        // The parent unknown: the general way refuses the file.
        #expect(throws: (any Error).self) { try folders.make(root + "/livraison/colis/page") }
        // The parent known (made by this build): `mkdir` finds the file, and the general way refuses it too.
        try folders.make(root + "/livraison")
        #expect(throws: (any Error).self) { try folders.make(root + "/livraison/colis") }
    }
}
