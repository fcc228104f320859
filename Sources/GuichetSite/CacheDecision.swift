import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch

/// What the last build's record lets this build skip. It is the one place that reads the build cache: the
/// steps ask it "is nothing changed?", "what did this file hold?", "is this article's page still right?",
/// "is this site-wide file still right?", and never look at the record themselves.
struct CacheDecision: Sendable {
    /// The last build's record: its summary at first, its articles and files once `loadArticles()` ran.
    private(set) var record: BuildCache?
    private var rest: CacheReader?
    /// The article log and the search postings beside the record.
    private var logFile = ""
    private var searchFile = ""
    /// True when the record came whole from a `BuildMemory`: its articles are there already.
    private var remembered = false
    private var rememberedPostings: SearchPostings?
    /// The fingerprint of the settings, theme and binary: a build with other settings redoes everything.
    let settings: String
    /// True once the outline (settings, categories, every head) is known to be the last build's.
    private(set) var outlineUnchanged = false
    /// The parts of their check that the articles checked again changed (all of them for an article the
    /// last build did not know): a site-wide file that read none of them may be kept.
    private(set) var changed = ArticleFields()
    /// The articles checked again whose words or excerpt changed: their terms before and after, so that the
    /// search index is redone from the last one (`SearchBuild`).
    private(set) var searchEdits: [String: (before: SearchTerms, after: SearchTerms)] = [:]

    /// No record at all: `guichet check`, `--clean`, no cache folder, or no output to keep files from.
    static func none(settings: String) -> CacheDecision { CacheDecision(record: nil, rest: nil, settings: settings) }

    init(options: BuildOptions, configFile: String) {
        settings = BuildCache.settings(options, configFile: configFile)
        guard !options.clean, FileManager.default.fileExists(atPath: options.outputDirectory) else { return }
        switch CacheStore(options) {
        case .nowhere:
            return
        case .memory(let memory):
            guard let (record, postings) = memory.recall(output: options.outputDirectory) else { return }
            self.record = record
            remembered = true
            rememberedPostings = postings
        case .folder(let folder):
            guard let (summary, rest) = BuildCache.load(from: folder, output: options.outputDirectory) else { return }
            (record, self.rest) = (summary, rest)
            let recordFile = BuildCache.file(in: folder, output: options.outputDirectory)
            (logFile, searchFile) = (ArticleLog.file(for: recordFile), SearchPostings.file(for: recordFile))
        }
    }

    private init(record: BuildCache?, rest: CacheReader?, settings: String) {
        (self.record, self.rest, self.settings) = (record, rest, settings)
    }

    /// The last build's record when this build has nothing to do: same settings, and every content file is
    /// the one it read (same stamp, or same bytes when its stamp was too recent to trust).
    func unchanged(files: [ContentFile], stamps: [FileStamp?], loader: ContentLoader) -> BuildCache? {
        guard let record, record.settings == settings, record.sources.count == files.count else { return nil }
        let same = zip(files, stamps).allSatisfy { file, stamp in
            guard let source = record.sources[file.file] else { return false }
            return source.holds(stamp: stamp) { loader.bytes(file).map { ContentHash.full($0) } }
        }
        return same ? record : nil
    }

    /// Reads the rest of the record (each article's last check, each output file's hash); without it, the
    /// build redoes everything. Returns the record the reading step hands to each file.
    mutating func loadArticles() -> BuildCache? {
        if remembered { return record }
        guard var full = record, var reader = rest, full.readBulk(&reader, logFile: logFile) else {
            (record, rest) = (nil, nil)
            return nil
        }
        record = full
        rest = nil
        return full
    }

    /// Step "outline": pages may be kept only when what every page shows is what the last build showed.
    /// `key` is `BuildCache.context`, which includes the settings' fingerprint.
    mutating func outline(is key: String) {
        outlineUnchanged = record?.context == key
    }

    /// The last check of an article whose bytes are unchanged, when its page may be kept as well.
    func keeps(_ input: SourceInput) -> PreparedArticle? { outlineUnchanged ? input.memo : nil }

    /// Records an article checked again, for the site-wide files that show something of it.
    mutating func checked(_ article: PreparedArticle) {
        let before = record?.articles[article.article.file]
        changed.formUnion(before.map { article.fields(differingFrom: $0) } ?? .all)
        if let before, before.searchTerms != article.searchTerms || before.searchExcerpt != article.searchExcerpt {
            searchEdits[article.article.file] = (before.searchTerms, article.searchTerms)
        }
    }

    /// The generation of the last build's search postings, whatever the outline.
    var previousSearchGeneration: String? { record?.search }

    /// The last build's search postings, when the outline (and so every document's number) is the same.
    var previousSearch: SearchBuild.Previous? {
        guard outlineUnchanged, let generation = record?.search else { return nil }
        if remembered { return rememberedPostings.flatMap { $0.generation == generation ? .kept($0) : nil } }
        return searchFile.isEmpty ? nil : .file(searchFile, generation: generation)
    }

    /// A site-wide file (or folder) may be kept when the outline is unchanged and the last build recorded
    /// what making it read of the articles (`ArticleReads`), none of which the articles checked again changed.
    func keeps(siteWide path: String) -> Bool {
        guard outlineUnchanged, let read = record?.reads[path] else { return false }
        return read.isDisjoint(with: changed)
    }

    /// What the last build recorded that `path` read, for a file this build keeps.
    func reads(ofKept path: String) -> ArticleFields? { record?.reads[path] }

    /// The hash of every file of the last build's output, for writing only what changed.
    var previousFiles: [String: String]? { record?.files }

    /// The article log as this build found it, to append to; nil when the build redid everything (then the
    /// log is written anew).
    var previousLog: ArticleLog.State? { record?.log }
}
