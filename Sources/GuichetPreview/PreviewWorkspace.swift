import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary folder a preview builds into: the site (`site/`) and its build cache (`cache/`). A rebuild
/// updates `site/` in place, each changed file renamed over the old one once the build has no error, so a
/// request reads a whole old file or a whole new one. Removed when the server stops.
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

    /// Where the site is built and served from.
    var site: String { root + "/site" }
    /// The build cache: a rebuild redoes only the articles that changed.
    var cache: String { root + "/cache" }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
