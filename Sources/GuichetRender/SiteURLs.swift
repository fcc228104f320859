import Foundation
import GuichetSearch
import HelpCentreRules

/// Every address of the site as a browser would ask for it, to check the links an editor writes as URLs
/// (pasted from the browser: `/livraison/delais/`, `../remboursement/`, `https://aide.example.fr/regles.html`)
/// as the `.md` links are checked. Paths are under the site root, without it: `livraison/delais/`, `regles.html`.
package struct SiteURLs: Sendable {
    /// Path prefix of the site's URLs (`/` or `/aide/`).
    package let root: String
    package let baseURL: String
    /// Page path (`livraison/delais/`, `livraison/`) → content path (`livraison/delais.md`, `livraison/_index.md`).
    package private(set) var pages: [String: String] = [:]
    /// The other files a build writes or keeps: generated pages and data, the theme's assets, aliases.
    package private(set) var files: Set<String> = []

    package init(root: String, baseURL: String, pages: [String: PageLink], assets: some Sequence<String>, aliases: some Sequence<String>) {
        (self.root, self.baseURL) = (root, baseURL)
        self.pages.reserveCapacity(pages.count)
        for (contentPath, page) in pages { self.pages[page.path] = contentPath }
        files = Set(GeneratedFiles.rootFiles + [GeneratedFiles.hoursData, GeneratedFiles.withdrawalData,
                                                GeneratedFiles.claimData, SearchIndex.manifest])
        files.formUnion(assets.map { GeneratedFiles.assetsFolder + "/" + $0 })
        files.formUnion(aliases)
    }

    /// What a link written as a URL names on this site.
    package enum Target: Equatable, Sendable {
        /// The home page (`/`, `/index.html`, `/?q=délai`).
        case home
        /// The page of an article or a category, by its content path.
        case page(String)
        /// A page or file the build writes besides those (`regles.html`, `assets/style.css`, an alias).
        case file
        /// Nothing the build writes: the path under the root, decoded.
        case missing(String)
    }

    /// How the link was spelt, for a suggestion in the same spelling.
    package enum Spelling: Sendable { case absolute, rootRelative, relative }

    /// The path under the root that `link` (fragment removed) names from the page at `pagePath`, as a
    /// browser resolves it, and how it was spelt; nil when it leads outside the site.
    package func sitePath(of link: String, from pagePath: String) -> (path: String, spelling: Spelling)? {
        var link = link
        if let end = link.firstIndex(where: { $0 == "?" || $0 == "#" }) { link = String(link[..<end]) }
        let spelling: Spelling
        var absolute: String
        if ContentPath.hasScheme(link) {
            guard let rest = Self.strip(base: baseURL, from: link) else { return nil }
            (absolute, spelling) = (root + rest, .absolute)
        } else if link.hasPrefix("/") {
            (absolute, spelling) = (link, .rootRelative)
        } else {
            (absolute, spelling) = (root + pagePath + link, .relative)
        }
        guard let resolved = Self.removeDotSegments(absolute), resolved.hasPrefix(root) else { return nil }
        let path = String(resolved.dropFirst(root.count))
        return (path.removingPercentEncoding ?? path, spelling)
    }

    /// What the path under the root names. A folder asked for without its final slash, or with
    /// `index.html`, is its page: servers (and the preview) answer both.
    package func target(of path: String) -> Target {
        var page = path
        if page == "index.html" { page = "" } else if page.hasSuffix("/index.html") { page.removeLast("index.html".count) }
        if page.isEmpty { return .home }
        if let contentPath = pages[page] ?? pages[page + "/"] { return .page(contentPath) }
        if files.contains(page) || files.contains(page + "/") { return .file }
        return .missing(path)
    }

    /// The existing address closest to a missing `path`: the page whose last segment it is (a link with one
    /// `../` too few or too many, or in the wrong folder), else the page or file whose last segment starts
    /// with it or starts its name, else the closest by spelling.
    package func closest(to path: String) -> String? {
        let candidates = (Array(pages.keys) + files.filter { !$0.hasPrefix(SearchIndex.folder + "/") }).sorted()
        let wanted = Self.lastSegment(path)
        guard !wanted.isEmpty else { return nil }
        if let same = candidates.first(where: { Self.lastSegment($0) == wanted }) { return same }
        let folder = Self.folder(of: path)
        // One name the start of the other, three letters at least (`a/` starts too many names to be a
        // likely typo): `remboursement/` for `remboursement-apres-retractation/`, and the other way round.
        if let first = candidates.first(where: { candidate in
            let name = Self.lastSegment(candidate)
            return Self.folder(of: candidate) == folder && min(name.count, wanted.count) >= 3
                && (name.hasPrefix(wanted) || wanted.hasPrefix(name))
        }) {
            return first
        }
        return Suggestion.closest(to: path, in: candidates)
    }

    /// `target` (a path under the root) spelt as the link was: absolute, from the root, or relative to the
    /// page at `pagePath`.
    package func spell(_ target: String, as spelling: Spelling, from pagePath: String) -> String {
        switch spelling {
        case .absolute: return baseURL + target
        case .rootRelative: return root + target
        case .relative:
            let from = pagePath.split(separator: "/").map(String.init)
            var to = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            var common = 0
            while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
            to.removeFirst(common)
            let written = (Array(repeating: "..", count: from.count - common) + to).joined(separator: "/")
            return written.isEmpty ? "./" : written
        }
    }

    private static func lastSegment(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? ""
    }

    private static func folder(of path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        if !parts.isEmpty { parts.removeLast() }
        return parts.joined(separator: "/")
    }

    /// `https://aide.example.fr/livraison/` less the base URL (`livraison/`); the other scheme of the same
    /// host counts, as a browser would be sent there too. Nil for another site.
    package static func strip(base: String, from link: String) -> String? {
        for candidate in [base, base.replacingOccurrences(of: "https://", with: "http://"),
                          base.replacingOccurrences(of: "http://", with: "https://")] {
            let host = candidate.hasSuffix("/") ? String(candidate.dropLast()) : candidate
            if link.lowercased() == host.lowercased() { return "" }
            if link.lowercased().hasPrefix(candidate.lowercased()) { return String(link.dropFirst(candidate.count)) }
        }
        return nil
    }

    /// RFC 3986's remove_dot_segments on an absolute path: `/a/b/../c/./d` → `/a/c/d`; `..` above the host's
    /// root stays there, as in a browser. Nil for a path that is not absolute.
    package static func removeDotSegments(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var out: [Substring] = []
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            switch part {
            case ".":
                if isLast { out.append("") }
            case "..":
                if !out.isEmpty { out.removeLast() }
                if isLast { out.append("") }
            default:
                out.append(part)
            }
        }
        return "/" + out.joined(separator: "/")
    }
}
