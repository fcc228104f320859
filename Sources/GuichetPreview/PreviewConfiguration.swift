import GuichetContent
import GuichetSite

/// What `guichet serve` needs: the build's inputs, where to listen, and how often to look for changes.
public struct PreviewConfiguration: Sendable {
    /// The inputs of every build. The preview replaces `outputDirectory` (a temporary folder) and `baseURL`
    /// (the preview's own address, so that canonical URLs and the sitemap point at it and the site is always
    /// served from `/`, even when guichet.yml publishes it under a sub-path).
    public var build: BuildOptions
    /// Loopback by default: the preview is for the editor's own browser.
    public var host = "127.0.0.1"
    /// 0 lets the system choose a free port; the address passed to `onReady` carries the real one.
    public var port = 8080
    /// How often the watched files are compared with their last signature.
    public var pollInterval: Duration = .milliseconds(300)
    /// Polls even where the system can tell of changes (inotify): network file systems do not.
    public var polls = false
    /// Prints how long each step of every build took, after its summary line (`serve --timings`).
    public var printsTimings = false
    /// How often an idle event stream sends a comment, so that proxies and browsers keep it open.
    public var heartbeatInterval: Duration = .seconds(15)

    public init(build: BuildOptions) { self.build = build }

    /// The content folder, the themes folder and the settings file: what a change to triggers a rebuild.
    public var watchedPaths: [String] {
        let loader = ContentLoader(contentDirectory: build.contentDirectory, configFile: build.configFile)
        return [build.contentDirectory, build.themesDirectory, loader.resolvedConfigFile, loader.resolvedAuditFile]
    }

    /// The host as it appears in a URL: a wildcard address is shown as `localhost`, IPv6 gets brackets.
    func urlHost() -> String {
        switch host {
        case "0.0.0.0", "::", "": return "localhost"
        case let h where h.contains(":"): return "[\(h)]"
        default: return host
        }
    }
}
