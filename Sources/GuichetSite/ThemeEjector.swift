import Foundation
import GuichetRender
import HelpCentreRules

/// `guichet theme eject`: copies the built-in default theme (or some of its files) into a site's
/// Themes/default/, where the site's copy then overrides the built-in one file by file.
public enum ThemeEjector {
    /// The built-in theme's files, as `templates/article.mustache` or `assets/style.css`.
    public static var available: [String] { Theme.builtIn.keys.sorted() }

    public enum Outcome: Sendable {
        case written([String])
        /// Names that are not files of the theme, with the closest one.
        case unknown([(name: String, suggestion: String?)])
    }

    /// Copies `only` (every file when empty; a bare name such as `article.mustache` or `style.css` is enough)
    /// into `themes/default/`. Existing files are kept unless `force`. Returns the paths written.
    public static func eject(into themes: String, only: [String], force: Bool) throws(SiteError) -> (outcome: Outcome, kept: [String]) {
        var chosen: [String] = []
        var unknown: [(String, String?)] = []
        for name in only {
            if let path = available.first(where: { $0 == name || ($0 as NSString).lastPathComponent == name }) {
                chosen.append(path)
            } else {
                let names = available + available.map { ($0 as NSString).lastPathComponent }
                unknown.append((name, Suggestion.closest(to: name, in: names)))
            }
        }
        guard unknown.isEmpty else { return (.unknown(unknown), []) }
        let fm = FileManager.default
        var (written, kept): ([String], [String]) = ([], [])
        for path in (only.isEmpty ? available : chosen) {
            let target = themes + "/default/" + path
            if fm.fileExists(atPath: target), !force { kept.append(path); continue }
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try (Theme.builtIn[path] ?? Data()).write(to: URL(fileURLWithPath: target))
            } catch {
                throw SiteError(.cannotWrite, path: target, underlying: error)
            }
            written.append(path)
        }
        return (.written(written), kept)
    }
}
