import Foundation

/// What `guichet init` writes: the starter site of this repository's Starter/ folder (guichet.yml with every
/// key, one category per topic of a marketplace help centre with a starter article, a README for editors),
/// carried in the binary (`EmbeddedStarter`, generated at build time) so that the binary alone starts a site.
public enum SiteStarter {
    /// Path under the new site's folder → bytes, sorted by path.
    public static let files: [(path: String, data: Data)] = EmbeddedStarter.base64
        .map { ($0.path, Data(base64Encoded: $0.bytes) ?? Data()) }
        .sorted { $0.path < $1.path }

    /// Writes the starter into `folder` (created if needed) and returns the paths written. A folder that holds
    /// a site already (guichet.yml or Content/) is refused unless `force`; even then no existing file is
    /// overwritten: the paths kept come back in `kept`. A Content/ folder that exists is the site's own: the
    /// starter's articles are not mixed into it (`kept` then names `Content/`), so that `init --force .`
    /// restores a deleted guichet.yml and nothing else.
    public static func write(into folder: String, force: Bool) throws(SiteError) -> (written: [String], kept: [String]) {
        let fm = FileManager.default
        let found = ["guichet.yml", "Content"].filter { fm.fileExists(atPath: folder + "/" + $0) }
        if !found.isEmpty, !force {
            throw SiteError(.alreadyASite(found: found.joined(separator: " and ")), path: folder)
        }
        var (written, kept): ([String], [String]) = ([], [])
        let hasContent = fm.fileExists(atPath: folder + "/Content")
        if hasContent { kept.append("Content/") }
        for (path, data) in files where !(hasContent && path.hasPrefix("Content/")) {
            let target = folder + "/" + path
            if fm.fileExists(atPath: target) { kept.append(path); continue }
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is not replaced either.
                try data.write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
            } catch {
                throw SiteError(.cannotWrite, path: target, underlying: error)
            }
            written.append(path)
        }
        return (written, kept)
    }
}
