import Foundation

/// Reads Content/ (and guichet.yml beside it) into a `ContentSite`, reporting every problem it finds.
/// Reading is here; parsing is in `DocumentParser`, `SiteConfig` and the front-matter types.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it (`Content`), used to print paths.
    public let contentDirectory: String
    public let configFile: String?

    public init(contentDirectory: String, configFile: String? = nil) {
        self.contentDirectory = contentDirectory
        self.configFile = configFile
    }

    /// The default settings file: `guichet.yml` in the folder that holds Content/.
    public var resolvedConfigFile: String {
        if let configFile { return configFile }
        let parent = (contentDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? "guichet.yml" : parent + "/guichet.yml"
    }

    public func load() -> (ContentSite?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        let fm = FileManager.default

        var config = SiteConfig()
        let configPath = resolvedConfigFile
        if fm.fileExists(atPath: configPath) {
            switch read(configPath) {
            case .success(let text):
                sources[displayPath(configPath)] = text
                let (parsed, found) = SiteConfig.parse(text, file: displayPath(configPath))
                config = parsed
                diagnostics += found
            case .failure(let d): diagnostics.append(d)
            }
        } else if configFile != nil {
            diagnostics.append(.error(.unreadableFile, configPath, .fileStart, "settings file not found"))
        }

        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(.error, .unreadableFile, file: contentDirectory, line: 0, column: 0,
                                          message: "content folder not found",
                                          fix: "run from the folder that holds Content/, or pass --content DIR"))
            return (nil, diagnostics)
        }
        let root = URL(fileURLWithPath: contentDirectory).resolvingSymlinksInPath().path

        // Collect the files first, then parse them on every core.
        var jobs: [Job] = []
        for name in sortedEntries(contentDirectory) {
            let path = contentDirectory + "/" + name
            guard checkInside(path, root: root, diagnostics: &diagnostics) else { continue }
            if isFolder(path) {
                guard isValidSlug(name) else {
                    diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(path), line: 0, column: 0,
                        message: "category folder '\(name)' is not a valid URL segment",
                        fix: "rename it to '\(suggestSlug(name))' (lowercase letters, digits and hyphens)"))
                    continue
                }
                guard fm.fileExists(atPath: path + "/_index.md") else {
                    diagnostics.append(Diagnostic(.error, .missingCategoryIndex, file: displayPath(path), line: 0, column: 0,
                        message: "category '\(name)' has no _index.md",
                        fix: "create \(displayPath(path))/_index.md with a title, a description and an order"))
                    continue
                }
                jobs.append(Job(kind: .category, path: path + "/_index.md", category: name, slug: name))
                for entry in sortedEntries(path) where entry != "_index.md" {
                    let child = path + "/" + entry
                    guard checkInside(child, root: root, diagnostics: &diagnostics) else { continue }
                    if isFolder(child) {
                        diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(child), line: 0, column: 0,
                            message: "folders inside a category are not supported",
                            fix: "move its articles into \(displayPath(path))/"))
                        continue
                    }
                    guard entry.hasSuffix(".md") else { continue }
                    let slug = String(entry.dropLast(3))
                    guard isValidSlug(slug) else {
                        diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(child), line: 0, column: 0,
                            message: "file name '\(entry)' is not a valid URL segment",
                            fix: "rename it to '\(suggestSlug(slug)).md' (lowercase letters, digits and hyphens)"))
                        continue
                    }
                    jobs.append(Job(kind: .article, path: child, category: name, slug: slug))
                }
            } else if name.hasSuffix(".md") {
                diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(path), line: 0, column: 0,
                    message: "articles must be inside a category folder",
                    fix: "move it to \(contentDirectory)/<category>/\(name)"))
            }
        }

        let results = jobs.parallelMap { job in self.parse(job) }
        var categories: [Category] = []
        var articles: [Article] = []
        for result in results {
            diagnostics += result.diagnostics
            if let text = result.text { sources[result.file] = text }
            if let category = result.category { categories.append(category) }
            if let article = result.article { articles.append(article) }
        }
        categories.sort { ($0.matter.order, $0.matter.title, $0.slug) < ($1.matter.order, $1.matter.title, $1.slug) }
        let categoryRank = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.slug, $0) })
        articles.sort {
            (categoryRank[$0.category] ?? .max, $0.matter.order ?? .max, $0.matter.title, $0.slug)
                < (categoryRank[$1.category] ?? .max, $1.matter.order ?? .max, $1.matter.title, $1.slug)
        }
        // Articles of a category whose _index.md failed are reported there; keep them out of the site.
        articles.removeAll { categoryRank[$0.category] == nil }
        return (ContentSite(config: config, categories: categories, articles: articles, sources: sources),
                diagnostics.sorted())
    }

    // MARK: - Reading

    private struct Job: Sendable {
        enum Kind { case category, article }
        let kind: Kind
        let path: String
        let category: String
        let slug: String
    }

    private struct Parsed: Sendable {
        var file: String
        var text: String?
        var category: Category?
        var article: Article?
        var diagnostics: [Diagnostic] = []
    }

    private func parse(_ job: Job) -> Parsed {
        let file = displayPath(job.path)
        var parsed = Parsed(file: file)
        switch read(job.path) {
        case .failure(let diagnostic):
            parsed.diagnostics = [diagnostic]
        case .success(let text):
            parsed.text = text
            switch job.kind {
            case .category:
                (parsed.category, parsed.diagnostics) = DocumentParser.category(text, file: file, slug: job.slug)
            case .article:
                (parsed.article, parsed.diagnostics) = DocumentParser.article(text, file: file, category: job.category, slug: job.slug)
            }
        }
        return parsed
    }

    private func read(_ path: String) -> Result<String, Diagnostic> {
        let file = displayPath(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(.unreadableFile, file, .fileStart, "cannot read the file", fix: "check its permissions"))
        }
        switch SourceText.decode(Array(data)) {
        case .success(let text):
            return .success(text)
        case .failure(.invalidUTF8(let line, let column)):
            return .failure(.error(.invalidEncoding, file, SourcePoint(line: line, column: column),
                                   "the file is not valid UTF-8", fix: "save it as UTF-8 in your editor"))
        case .failure(.tooLarge(let bytes, let limit)):
            return .failure(.error(.fileTooLarge, file, .fileStart,
                                   "the file is \(bytes) bytes, over the limit of \(limit) bytes (\(limit / 1_048_576) MB) for an article",
                                   fix: "split it into several articles"))
        }
    }

    func displayPath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    private func sortedEntries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A symbolic link may point anywhere inside Content/, never outside it: the build must not publish
    /// (or be tricked into reading) files the editors did not put there.
    private func checkInside(_ path: String, root: String, diagnostics: inout [Diagnostic]) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if resolved == root || resolved.hasPrefix(root + "/") { return true }
        diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(path), line: 0, column: 0,
            message: "symbolic link points outside the content folder (to \(resolved))",
            fix: "copy the file into the content folder instead of linking to it"))
        return false
    }
}

/// Lowercase ASCII letters, digits and single hyphens: safe in a URL and on every file system.
func isValidSlug(_ slug: String) -> Bool {
    !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
        && slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
}

/// A valid slug close to `name`: lower case, accents folded, anything else made a hyphen.
func suggestSlug(_ name: String) -> String {
    var slug = ""
    for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            slug.unicodeScalars.append(scalar)
        } else if !slug.hasSuffix("-") {
            slug += "-"
        }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    while slug.hasPrefix("-") { slug.removeFirst() }
    return slug.isEmpty ? "article" : slug
}
