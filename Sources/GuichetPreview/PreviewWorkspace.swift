import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary folder a preview builds into: one sub-folder per successful build (`site-3`), so that a
/// rebuild never changes files under a request that is being answered. Removed when the server stops.
struct PreviewWorkspace: Sendable {
    let root: String

    /// Creates a fresh private folder (mode 0700) under the system's temporary folder.
    static func create() throws -> PreviewWorkspace {
        let template = (NSTemporaryDirectory() as NSString).appendingPathComponent("guichet-preview-XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        let path = String(cString: made)
        // Resolved once (on macOS the temporary folder is behind a symbolic link), so that the served
        // folders can be compared with `realpath` results.
        return PreviewWorkspace(root: RequestPath.realPath(path) ?? path)
    }

    func folder(forBuild number: Int) -> String { root + "/site-\(number)" }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
