import Foundation
import GuichetContent
import GuichetRender

/// The articles' checks of the build cache, one record per article, in a file of their own beside the
/// summary: a build that changed one article appends that article's record instead of rewriting the
/// 35 MB of every check (issue 16). Records are appended, and the last one of an article wins; when
/// dead records outweigh the live ones, the next save rewrites the file with the live ones only.
///
/// Layout: the magic string, the format version and the generation (the header), then records one after
/// the other: the XXH64 of the rest of the record, the article's file, then its check as a length and
/// `PreparedArticle`'s bytes, or -1 for an article gone from the site. Strings and integers as in `CacheWriter`.
///
/// The checksum is what finds a damaged record: most of a record is decoded only if a site-wide step reads
/// it (`DeferredPart`), long after the file was read, and a hash of 33 MB costs less than decoding them.
///
/// The summary names the generation and the length it describes. Bytes past that length (a save killed
/// after appending, before its summary was renamed in) are not read, and the next append cuts them off;
/// a log of another generation (rewritten since) is not read at all.
struct ArticleLog: Sendable {
    static let magic = "guichet-article-log"
    /// Written fresh once dead bytes pass this share of the file (and a floor, so a small site never churns).
    static let compactionFloor = 1 << 20

    /// What the summary records of the log, and what this build learnt while reading it.
    struct State: Sendable, Equatable {
        /// Names one writing of the whole file: an append goes only to the generation the summary names.
        var generation: String
        /// The bytes the summary vouches for.
        var length: Int
        /// Bytes of the records that are the last of their article: what a rewrite would keep.
        var liveBytes = 0
        /// Each article's last record's size, to keep `liveBytes` right when it is replaced.
        var recordSizes: [String: Int] = [:]
    }

    /// The log beside the summary `summaryPath`.
    static func file(for summaryPath: String) -> String {
        (summaryPath.hasSuffix(".cache") ? String(summaryPath.dropLast(6)) : summaryPath) + ".articles"
    }

    /// Every article's last check, up to `state.length`; nil when the file is missing, of another
    /// generation, or damaged anywhere (a build then redoes every article, as without a cache).
    static func read(_ path: String, state: State) -> (articles: [String: PreparedArticle], state: State)? {
        // A damaged record may claim any length: only one within the file is read.
        guard state.length >= 0, var bytes = CacheReader.contents(of: path), bytes.count >= state.length else { return nil }
        bytes.removeSubrange(state.length...)
        var reader = CacheReader(bytes)
        guard (try? reader.readString()) == magic, (try? reader.readInt()) == CacheFormat.version,
              (try? reader.readString()) == state.generation else { return nil }
        // First pass: where each article's last record is. Second: those decoded, on every core.
        var last: [String: (covered: Int, offset: Int, end: Int, size: Int, checksum: UInt64)] = [:]
        var state = state
        do {
            while !reader.isAtEnd {
                let start = reader.offset
                let checksum = UInt64(bitPattern: Int64(try reader.readInt()))
                let covered = reader.offset
                let key = try reader.readString()
                let count = try reader.readInt()
                let value = reader.offset
                if count == -1 {
                    guard Self.checksum(bytes, covered..<value) == checksum else { return nil }
                    last[key] = nil
                    continue
                }
                try reader.skip(count)
                last[key] = (covered, value, reader.offset, reader.offset - start, checksum)
            }
        } catch {
            return nil
        }
        // In no particular order: each record lands in a dictionary.
        let live = Array(last)
        let all = bytes
        let decoded = live.parallelMap { entry -> PreparedArticle? in
            guard Self.checksum(all, entry.value.covered..<entry.value.end) == entry.value.checksum else { return nil }
            var record = CacheReader(all, at: entry.value.offset)
            // A check must end where its record says: one that reads into the next record is damaged.
            guard let article = try? PreparedArticle(from: &record), record.offset == entry.value.end else { return nil }
            return article
        }
        var articles: [String: PreparedArticle] = [:]
        articles.reserveCapacity(live.count)
        for (entry, article) in zip(live, decoded) {
            guard let article else { return nil }
            articles[entry.key] = article
        }
        state.recordSizes = last.mapValues(\.size)
        state.liveBytes = state.recordSizes.values.reduce(0, +)
        return (articles, state)
    }

    /// Saves `articles`: by appending the records of `rewritten` and of the articles gone since `previous`
    /// (the state read at the start of this build), or by writing the file anew when there is no previous
    /// state or dead records would outweigh live ones. Returns the state for the summary.
    static func save(_ articles: [String: PreparedArticle], rewritten: Set<String>, previous: State?, to path: String,
                     generation: @autoclosure () -> String, floor: Int = compactionFloor) throws -> State {
        guard var state = previous else { return try writeAnew(articles, to: path, generation: generation()) }
        var writer = CacheWriter()
        for key in rewritten.sorted() {
            guard let article = articles[key] else { continue }
            let start = writer.bytes.count
            append(key, article, to: &writer)
            let size = writer.bytes.count - start
            state.liveBytes += size - (state.recordSizes[key] ?? 0)
            state.recordSizes[key] = size
        }
        // Only the gone articles' keys are sorted (for the same bytes every time), not every article's.
        for key in state.recordSizes.keys.filter({ articles[$0] == nil }).sorted() {
            var record = CacheWriter()
            record.writeString(key)
            record.writeInt(-1)
            append(record, to: &writer)
            state.liveBytes -= state.recordSizes.removeValue(forKey: key) ?? 0
        }
        let length = state.length + writer.bytes.count
        if length - state.liveBytes > max(state.liveBytes, floor) {
            return try writeAnew(articles, to: path, generation: generation())
        }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return try writeAnew(articles, to: path, generation: generation()) }
        defer { close(descriptor) }
        // What a killed save appended past the summary's length goes first.
        guard ftruncate(descriptor, off_t(state.length)) == 0, lseek(descriptor, 0, SEEK_END) == off_t(state.length) else {
            throw SiteError(.cannotWrite, path: path, underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        try writeAll(writer.bytes, to: descriptor, path: path)
        state.length = length
        return state
    }

    private static func append(_ key: String, _ article: PreparedArticle, to writer: inout CacheWriter) {
        var value = CacheWriter()
        value.write(article)
        var record = CacheWriter()
        record.writeString(key)
        record.writeInt(value.bytes.count)
        record.append(value.bytes)
        append(record, to: &writer)
    }

    /// A record after its checksum.
    private static func append(_ record: CacheWriter, to writer: inout CacheWriter) {
        writer.writeInt(Int(Int64(bitPattern: checksum(record.bytes, 0..<record.bytes.count))))
        writer.append(record.bytes)
    }

    private static func checksum(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { XXHash64.hash(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// The whole log, live records only, through a temporary file and a rename.
    private static func writeAnew(_ articles: [String: PreparedArticle], to path: String, generation: String) throws -> State {
        var writer = CacheWriter()
        writer.writeString(magic)
        writer.writeInt(CacheFormat.version)
        writer.writeString(generation)
        var state = State(generation: generation, length: 0)
        for key in articles.keys.sorted() {
            let start = writer.bytes.count
            append(key, articles[key]!, to: &writer)
            state.recordSizes[key] = writer.bytes.count - start
        }
        state.liveBytes = state.recordSizes.values.reduce(0, +)
        state.length = writer.bytes.count
        try BuildCache.replace(path, with: writer.bytes)
        return state
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SiteError) {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw SiteError(.cannotWrite, path: path, underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
            done += written
        }
    }
}
