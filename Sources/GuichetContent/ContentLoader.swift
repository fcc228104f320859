import Foundation
import HelpCentreRules

/// Lists Content/ (and reads guichet.yml beside it), and reads and parses one file at a time, reporting every
/// problem it finds. The build's steps decide which files to read (SiteBuilder); parsing is in
/// `DocumentParser`, `SiteConfig` and the front-matter types.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it (`Content`), used to print paths.
    public let contentDirectory: String
    public let configFile: String?
    /// The editors' today, which the fix of an impossible `reviewed:` date offers; nil offers an example.
    public let today: LocalDate?

    public init(contentDirectory: String, configFile: String? = nil, today: LocalDate? = nil) {
        self.contentDirectory = contentDirectory
        self.configFile = configFile
        self.today = today
    }

    /// The accessibility audit, `accessibilite.yml`, beside the settings file.
    public var resolvedAuditFile: String {
        let folder = (resolvedConfigFile as NSString).deletingLastPathComponent
        return folder.isEmpty ? AccessibilityAudit.fileName : folder + "/" + AccessibilityAudit.fileName
    }

    /// The audit, if the file exists; its problems otherwise come back with their position.
    public func audit(today: LocalDate) -> (AccessibilityAudit?, [Diagnostic]) {
        let path = resolvedAuditFile
        guard FileManager.default.fileExists(atPath: path) else { return (nil, []) }
        switch read(path: path) {
        case .success(let text): return AccessibilityAudit.parse(text, file: displayPath(path), today: today)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    /// The default settings file: `guichet.yml` in the folder that holds Content/.
    public var resolvedConfigFile: String {
        if let configFile { return configFile }
        let parent = (contentDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? "guichet.yml" : parent + "/guichet.yml"
    }

    /// Reads guichet.yml and lists the files of Content/ (categories first, each followed by its articles),
    /// reporting folders and names that cannot be part of the site. Reads no article: a build decides which
    /// ones it needs to read. Nil when the content folder is missing.
    public func scan() -> (ContentScan?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        let fm = FileManager.default

        var config = SiteConfig()
        let configPath = resolvedConfigFile
        if fm.fileExists(atPath: configPath) {
            switch read(path: configPath) {
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
        // Said only of a folder that holds a site: without Content/ the missing settings are not the news.
        if configFile == nil, !fm.fileExists(atPath: configPath) {
            diagnostics += SiteConfig.missingFile(displayPath(configPath))
        }
        let root = URL(fileURLWithPath: contentDirectory).resolvingSymlinksInPath().path

        var files: [ContentFile] = []
        for (name, type) in sortedEntries(contentDirectory) {
            let path = contentDirectory + "/" + name
            guard let pathIsFolder = inspect(path, type: type, root: root, diagnostics: &diagnostics) else { continue }
            if pathIsFolder {
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
                files.append(ContentFile(kind: .category, path: path + "/_index.md", file: displayPath(path + "/_index.md"),
                                         category: name, slug: name))
                for (entry, type) in sortedEntries(path) where entry != "_index.md" {
                    let child = path + "/" + entry
                    guard let childIsFolder = inspect(child, type: type, root: root, diagnostics: &diagnostics) else { continue }
                    if childIsFolder {
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
                    files.append(ContentFile(kind: .article, path: child, file: displayPath(child), category: name, slug: slug))
                }
            } else if name.hasSuffix(".md") {
                diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(path), line: 0, column: 0,
                    message: "articles must be inside a category folder",
                    fix: "move it to \(contentDirectory)/<category>/\(name)"))
            }
        }
        return (ContentScan(config: config, files: files, sources: sources), diagnostics)
    }

    /// Categories in site order: by `order`, then title, then slug.
    public static func ordered(_ categories: [Category]) -> [Category] {
        categories.sorted { ($0.matter.order, $0.matter.title, $0.slug) < ($1.matter.order, $1.matter.title, $1.slug) }
    }

    /// Articles in site order (category order, then `order`, then title, then slug), without those of a
    /// category that is not in `categories`: its _index.md failed and is reported there.
    public static func ordered<Item>(_ items: [Item], head: (Item) -> ArticleHead, in categories: [Category]) -> [Item] {
        let categoryRank = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.slug, $0) })
        // The keys are computed once per item, and indices sorted rather than the items: a build sorts
        // 10,000 of them, and comparing through `head` copies each item at every comparison.
        var keyed: [(rank: Int, order: Int, title: String, slug: String, index: Int)] = []
        keyed.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let h = head(item)
            guard let rank = categoryRank[h.category] else { continue }
            keyed.append((rank, h.matter.order ?? .max, h.matter.title, h.slug, index))
        }
        keyed.sort { ($0.rank, $0.order, $0.title, $0.slug, $0.index) < ($1.rank, $1.order, $1.title, $1.slug, $1.index) }
        return keyed.map { items[$0.index] }
    }

    // MARK: - Reading

    /// What one file of Content/ became: a category or an article, and what was wrong with it.
    public struct Parsed: Sendable {
        public var category: Category?
        public var article: Article?
        public var diagnostics: [Diagnostic] = []
    }

    /// Parses the text of `file`. Pure: the text was read by `read(_:)` (or by a test).
    public func parse(_ file: ContentFile, text: String) -> Parsed {
        var parsed = Parsed()
        switch file.kind {
        case .category:
            (parsed.category, parsed.diagnostics) = DocumentParser.category(text, file: file.file, slug: file.slug)
        case .article:
            (parsed.article, parsed.diagnostics) = DocumentParser.article(text, file: file.file, category: file.category, slug: file.slug, today: today)
        }
        // A draft is expected to hold the skeleton still; a published page never.
        if parsed.category != nil || parsed.article.map({ !$0.matter.draft }) == true {
            parsed.diagnostics += ArticleScaffold.leftovers(in: text, file: file.file)
        }
        return parsed
    }

    public func read(_ file: ContentFile) -> Result<String, Diagnostic> { read(path: file.path) }

    /// The bytes of `file` as a build reads them, or nil when they cannot be read.
    public func bytes(_ file: ContentFile) -> [UInt8]? {
        FileManager.default.contents(atPath: file.path).map { Array($0) }
    }

    /// Decodes bytes read with `bytes(_:)`: the same checks as `read(_:)` (UTF-8, size).
    public func decode(_ bytes: [UInt8], of file: ContentFile) -> Result<String, Diagnostic> {
        decode(bytes, file: file.file)
    }

    /// What a file that cannot be read gets.
    public static func unreadable(_ file: String) -> Diagnostic {
        .error(.unreadableFile, file, .fileStart, "cannot read the file", fix: "check its permissions")
    }

    private func read(path: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ContentLoader.unreadable(displayPath(path)))
        }
        return decode(Array(data), file: displayPath(path))
    }

    private func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        switch SourceText.decode(bytes) {
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

    /// The visible entries of a folder, sorted, each with its type (`FolderEntries`).
    private func sortedEntries(_ path: String) -> [(name: String, type: UInt8)] {
        FolderEntries.list(path).filter { !$0.name.hasPrefix(".") }.sorted { $0.name < $1.name }
    }

    /// Whether `path` is a folder, from the type `readdir` gave or else one `lstat`; nil (and an error) for a
    /// symbolic link that leads outside Content/. A link may point anywhere inside Content/, never outside
    /// it: the build must not publish (or be tricked into reading) files the editors did not put there.
    /// Only a link can lead outside: a plain file or folder in a folder already inspected is inside, so a
    /// site of 10,000 articles costs no system call per file here (it cost four).
    private func inspect(_ path: String, type: UInt8, root: String, diagnostics: inout [Diagnostic]) -> Bool? {
        // Anything but a plain file or folder (a link, DT_UNKNOWN on some file systems) is looked at.
        if type == FolderEntries.file { return false }
        if type == FolderEntries.folder { return true }
        var info = stat()
        // Gone since the folder was listed: a file, whose reading reports it.
        guard lstat(path, &info) == 0 else { return false }
        guard (info.st_mode & S_IFMT) == S_IFLNK else { return (info.st_mode & S_IFMT) == S_IFDIR }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard resolved == root || resolved.hasPrefix(root + "/") else {
            diagnostics.append(Diagnostic(.error, .unsafePath, file: displayPath(path), line: 0, column: 0,
                message: "symbolic link points outside the content folder (to \(resolved))",
                fix: "copy the file into the content folder instead of linking to it"))
            return nil
        }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Lowercase ASCII letters, digits and single hyphens: safe in a URL and on every file system.
func isValidSlug(_ slug: String) -> Bool {
    // On bytes: every file name of a large site goes through here at each build.
    var previous: UInt8 = UInt8(ascii: "-")
    for byte in slug.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
        case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
        default: return false
        }
        previous = byte
    }
    return !slug.isEmpty && previous != UInt8(ascii: "-")
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
