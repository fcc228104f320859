import ArgumentParser
import Foundation

/// `--site DIR` / `-s DIR`: the folder a site lives in. Content/, Themes/, guichet.yml, Output/ and the build
/// cache are found there unless an option names one of them itself (which is then taken as written).
struct SiteFolder: ParsableArguments {
    @Option(name: [.customShort("s"), .customLong("site")],
            help: "The site's folder, where Content/, Themes/, guichet.yml, Output/ and the build cache are (default: the current folder).")
    var site: String?

    /// `name` inside the site's folder: `Content`, or `aide/Content` with `--site aide`.
    func path(_ name: String) -> String {
        guard let site, !site.isEmpty, site != "." else { return name }
        return site.hasSuffix("/") ? site + name : site + "/" + name
    }

    /// Refuses a folder that holds no site (neither guichet.yml nor Content/), unless an option names the
    /// content or the settings itself: every command but `init` works on a site, and one run in the wrong
    /// folder would otherwise start a site there (`new`) or report on one that does not exist.
    func requireSite(content: String? = nil, config: String? = nil) throws {
        guard content == nil, config == nil else { return }
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path("guichet.yml")), !fm.fileExists(atPath: path("Content")) else { return }
        let named = site.flatMap { $0.isEmpty || $0 == "." ? nil : $0 }
        throw CommandFailure.usage("no help centre \(named.map { "in \($0)" } ?? "here") (no guichet.yml or Content/) — "
            + "run `guichet init\(named.map { " " + $0 } ?? "")` or pass `-s DIR`")
    }
}
