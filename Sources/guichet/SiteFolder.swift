import ArgumentParser

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
}
