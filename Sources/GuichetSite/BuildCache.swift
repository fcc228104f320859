import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch
import HelpCentreRules

/// What the last successful build saw and wrote, kept in a folder of its own (`.guichet-cache/` by
/// default), so that the next build redoes only what changed:
/// - every content file's stamp and hash: an unchanged file is not read again;
/// - every article's check (`PreparedArticle`): an unchanged article is not parsed, checked nor rendered
///   again, as long as what its page depends on besides itself (`context`) is unchanged too; these live in
///   the article log beside the record (`ArticleLog`), one record per article, appended to;
/// - every output file's hash: only files whose bytes changed are written.
/// Saved last, the log first, then the record through a temporary file and a rename: a crash leaves the
/// previous record, which names the part of the log it describes, and the next build corrects against it.
struct BuildCache: Sendable {
    /// The first bytes of a cache file, so that any other file is refused at once.
    static let magic = "guichet-build-cache"

    var version = CacheFormat.version
    /// The output folder this record describes (absolute): one cache folder may serve several outputs.
    var output: String
    /// Fingerprint of every input but Content/: settings, theme, rules, options.
    var settings: String
    /// Fingerprint of what every article's check and page depend on besides the article: the settings,
    /// the categories and every article's head but the fields only its own page shows (`outline(of:)`).
    var context: String
    /// Content file (as reports name it) → what it was.
    var sources: [String: Source]
    /// Article file → its check, from the article log (empty until `readBulk`).
    var articles: [String: PreparedArticle]
    /// The part of the article log this record describes; nil before the first save.
    var log: ArticleLog.State?
    /// The generation of the search postings file (`SearchPostings`) that goes with the output; nil if none.
    var search: String?
    /// Output path → hash of the bytes written.
    var files: [String: String]
    /// Site-wide file or folder (`SiteFile.path`) → what making it read of the articles (`ArticleReads`).
    var reads: [String: ArticleFields] = [:]
    /// The findings of that build (warnings only: a build with errors publishes nothing and saves nothing).
    var diagnostics: [Diagnostic]
    var pages: Int
    var articleCount: Int

    struct Source: Sendable {
        /// Nil when the file changed too close to the build to trust its stamp (see `FileStamp`).
        var stamp: FileStamp?
        var hash: String

        /// The one test of "is this file the one the last build read", for the whole build (nothing changed:
        /// stop after listing) and for each file (keep its last check): the same stamp vouches for it without
        /// reading it; otherwise its bytes do, hashed by `hash` only then.
        func holds(stamp current: FileStamp?, hash: () -> String?) -> Bool {
            if let current, stamp == current { return true }
            return hash() == self.hash
        }
    }

    init(output: String, settings: String, context: String, sources: [String: Source], articles: [String: PreparedArticle],
         files: [String: String], diagnostics: [Diagnostic], pages: Int, articleCount: Int, log: ArticleLog.State? = nil) {
        self.output = output
        self.settings = settings
        self.context = context
        self.sources = sources
        self.articles = articles
        self.files = files
        self.diagnostics = diagnostics
        self.pages = pages
        self.articleCount = articleCount
        self.log = log
    }

    static func absolute(_ output: String) -> String { URL(fileURLWithPath: output).standardizedFileURL.path }

    /// One record per output folder, named after it and its absolute path.
    static func file(in folder: String, output: String) -> String {
        var hasher = Hasher64()
        hasher.combine(absolute(output))
        return folder + "/" + URL(fileURLWithPath: absolute(output)).lastPathComponent + "-" + hasher.hex + ".cache"
    }

    /// The record of `output`, read in two steps: `load` reads the summary (all a build needs to tell that
    /// nothing changed), and `readBulk` the output files, from the bytes already read, and the articles'
    /// checks, from the article log. Nil when there is no record, or it is damaged or from another version.
    static func load(from folder: String, output: String) -> (summary: BuildCache, rest: CacheReader)? {
        guard let bytes = CacheReader.contents(of: file(in: folder, output: output)) else { return nil }
        var reader = CacheReader(bytes)
        guard let cache = try? BuildCache(from: &reader, summaryOnly: true), cache.output == absolute(output) else { return nil }
        return (cache, reader)
    }

    /// Fills `files` from the rest of the record and `articles` from the log beside it (`logFile`); false
    /// (and both left empty) when either is damaged, in which case the record must not be used beyond its
    /// summary.
    mutating func readBulk(_ reader: inout CacheReader, logFile: String) -> Bool {
        guard let files = try? BuildCache.readMap(String.self, from: &reader), reader.isAtEnd else { return false }
        var articles: [String: PreparedArticle] = [:]
        if let log {
            guard let read = ArticleLog.read(logFile, state: log) else { return false }
            (articles, self.log) = (read.articles, read.state)
        }
        self.files = files
        self.articles = articles
        return true
    }

    /// Deletes the record of `output`: done before publishing, when it stops describing the output.
    static func remove(from folder: String, output: String) {
        try? FileManager.default.removeItem(atPath: file(in: folder, output: output))
    }

    /// Saves the articles' checks into the log (appending the records of `rewritten`, the articles this
    /// build checked, to the log `previous` describes, or writing it anew), then the record.
    /// `searchPostings`, when this build made the search index, is written beside them and named by `search`.
    func save(to folder: String, output: String, rewritten: Set<String>, previous: ArticleLog.State?,
              searchPostings: [UInt8]?) throws(SiteError) {
        let path = BuildCache.file(in: folder, output: output)
        var record = self
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            record.log = try ArticleLog.save(articles, rewritten: rewritten, previous: previous, to: ArticleLog.file(for: path),
                                             generation: BuildCache.newGeneration(output: output))
            if let searchPostings { try BuildCache.replace(SearchPostings.file(for: path), with: searchPostings) }
        } catch let error as SiteError {
            throw error
        } catch {
            throw SiteError(.cannotWrite, path: ArticleLog.file(for: path), underlying: error)
        }
        try record.saveRecord(to: path, folder: folder)
    }

    /// A name for one writing of the article log: the time and the process, so two writings never share one.
    static func newGeneration(output: String) -> String {
        var hasher = Hasher64()
        hasher.combine("\(absolute(output)) \(ProcessInfo.processInfo.processIdentifier) \(Date().timeIntervalSince1970) \(FileStamp.now())")
        return hasher.hex
    }

    private func saveRecord(to path: String, folder: String) throws(SiteError) {
        var writer = CacheWriter()
        writer.write(self)
        try BuildCache.replace(path, with: writer.bytes)
    }

    /// Writes `bytes` to `path` through a temporary file and a rename: a crash leaves the old file or the new.
    static func replace(_ path: String, with bytes: [UInt8]) throws(SiteError) {
        BuildCache.removeAbandonedTemporaries(of: path)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            // Written without copying the bytes into a Data first: megabytes for a large site.
            try bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
                    .write(to: URL(fileURLWithPath: temporary))
            }
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw SiteError(.cannotWrite, path: path, underlying: error)
        }
    }

    /// A save killed halfway leaves `<record>.tmp-<pid>` behind, tens of MB for a large site: removed when
    /// its process is gone.
    static func removeAbandonedTemporaries(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != ProcessInfo.processInfo.processIdentifier,
                  kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// The running guichet: a new version may write other bytes for the same inputs, and its rules are
    /// compiled in. Its stamp (not its bytes: a static binary is 100 MB) is enough to tell versions apart.
    static let executableIdentity: String = {
        let path = Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "unknown"
        guard let stamp = FileStamp(path: path) else { return path }
        return "\(path) \(stamp.size) \(stamp.modified) \(stamp.inode)"
    }()

    /// Hashes every input but the content files: the guichet executable, the themes folder (paths and
    /// bytes), the settings file, the options, and the rule book's whole history.
    static func settings(_ options: BuildOptions, configFile: String) -> String {
        var hasher = Hasher64()
        hasher.combine("guichet-cache-\(CacheFormat.version)")
        hasher.combine("executable:" + executableIdentity)
        hasher.combine("folder:" + options.themesDirectory)
        for path in Theme.files(in: options.themesDirectory) {
            let data = FileManager.default.contents(atPath: options.themesDirectory + "/" + path) ?? Data()
            hasher.combine("\(path) \(data.count)") // the length first: bytes of two files cannot pass for one
            hasher.combine(data)
        }
        hasher.combine("content:" + options.contentDirectory)
        hasher.combine("config:" + configFile)
        hasher.combine(FileManager.default.contents(atPath: configFile) ?? Data("absent".utf8))
        let audit = ((configFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(AccessibilityAudit.fileName)
        hasher.combine("audit:" + audit)
        hasher.combine(FileManager.default.contents(atPath: audit) ?? Data("absent".utf8))
        hasher.combine("as-of:\(options.asOf.iso) today:\(options.today.iso) base:\(options.baseURL ?? "-") drafts:\(options.includeDrafts)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for entry in options.book.entries {
            for version in entry.versions {
                hasher.combine((try? encoder.encode(version)) ?? Data())
            }
        }
        hasher.combine(options.book.functions.map(\.id).joined(separator: ","))
        return hasher.hex
    }

    /// The fingerprint of the outline: what an article's check and page depend on besides the article
    /// itself (links and related articles show other pages' titles and descriptions and refuse drafts;
    /// breadcrumbs, the footer and the search index show the categories), and all that the home, category
    /// and 404 pages show (the listings: order and audience too).
    static func context(settings: String, categories: [(file: String, hash: String)], heads: [ArticleHead]) -> String {
        var hasher = Hasher64()
        hasher.combine(settings)
        for category in categories {
            hasher.combine(category.file)
            hasher.combine(category.hash)
        }
        for head in heads { hasher.combine(outline(of: head)) }
        return hasher.hex
    }

    /// What the outline holds of one article (`SiteOutline.outlined`), as the cache encodes it. The fingerprint
    /// above combines it for every article; the preview renders a saved article's page ahead of its build only
    /// while it is unchanged (`RenderAhead`).
    static func outline(of head: ArticleHead) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(SiteOutline.outlined(head))
        return writer.bytes
    }
}

extension BuildCache: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        try self.init(from: &reader, summaryOnly: false)
    }

    /// Refuses, before reading further, a file that is not a cache or was written by another version.
    init(from reader: inout CacheReader, summaryOnly: Bool) throws(CacheReader.Corrupt) {
        guard try reader.readString() == BuildCache.magic, try reader.readInt() == CacheFormat.version else {
            throw CacheReader.Corrupt()
        }
        self.init(output: try reader.read(), settings: try reader.read(), context: try reader.read(),
                  sources: try BuildCache.readMap(Source.self, from: &reader), articles: [:], files: [:],
                  diagnostics: try reader.read(), pages: try reader.read(), articleCount: try reader.read())
        if try reader.read(Bool.self) {
            log = ArticleLog.State(generation: try reader.read(), length: try reader.read())
        }
        search = try reader.read()
        let reads: [String: Int] = try reader.read()
        self.reads = reads.mapValues { ArticleFields(rawValue: $0) }
        if summaryOnly { return }
        guard let files = try? BuildCache.readMap(String.self, from: &reader), reader.isAtEnd else { throw CacheReader.Corrupt() }
        self.files = files
    }

    /// The summary first (what tells that nothing changed), then the output files' hashes. The articles'
    /// checks are in the article log (`ArticleLog`), which the summary names.
    func write(to writer: inout CacheWriter) {
        writer.writeString(BuildCache.magic)
        writer.writeInt(version)
        writer.write(output)
        writer.write(settings)
        writer.write(context)
        BuildCache.write(sources, to: &writer)
        writer.write(diagnostics)
        writer.write(pages)
        writer.write(articleCount)
        writer.write(log != nil)
        if let log {
            writer.write(log.generation)
            writer.write(log.length)
        }
        writer.write(search)
        writer.write(reads.mapValues(\.rawValue))
        BuildCache.write(files, to: &writer)
    }

    /// What `write(_:to:)` wrote, as `Dictionary.init(from:)` reads it, specialised in the same way.
    static func readMap<Value: CacheCodable>(_ type: Value.Type, from reader: inout CacheReader) throws(CacheReader.Corrupt) -> [String: Value] {
        let count = try reader.readInt()
        guard count >= 0 else { throw CacheReader.Corrupt() }
        var map: [String: Value] = [:]
        map.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            let key = try reader.readString()
            map[key] = try Value(from: &reader)
        }
        return map
    }

    /// The bytes `Dictionary.write(to:)` writes (the count, then each key and value in key order), from code
    /// specialised for the record's two large maps: the generic extension copies and compares every key
    /// through String's witnesses, and those 30,000 keys were most of saving the cache (perf).
    private static func write<Value: CacheCodable>(_ map: [String: Value], to writer: inout CacheWriter) {
        writer.writeInt(map.count)
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            writer.writeString(key)
            writer.write(value)
        }
    }
}
