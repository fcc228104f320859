@testable import GuichetCheck
import GuichetContent
import GuichetMarkdown
@testable import GuichetRender
@testable import GuichetSearch
@testable import GuichetSite
import HelpCentreRules
import Testing

@Suite struct CacheCodingTests {
    static let article = PreparedArticle(
        article: ArticleHead(file: "Content/retractation/délai.md", category: "retractation", slug: "delai",
                             matter: ArticleFrontMatter(title: "Délai — « 14 jours »", description: "", order: -3,
                                                        rules: [Located("withdrawal.period", at: SourcePoint(line: 4, column: 9))],
                                                        related: [], aliases: [Located("/ancien/", at: SourcePoint(line: 6, column: 3))],
                                                        draft: true, reviewed: Located(LocalDate(year: 2026, month: 2, day: 28)!, at: SourcePoint(line: 7, column: 11)),
                                                        audience: .vendeur)),
        headings: [MarkdownHeading(level: 2, text: "Le délai", id: "le-delai")],
        related: ["retractation/exclusions.md"],
        usedRules: ["withdrawal.period": [SourcePoint(line: 9, column: 38), SourcePoint(line: 0, column: 0)]],
        diagnostics: [Diagnostic(.warning, .unusedRule, file: "Content/a.md", line: 4, column: 9, message: "m", fix: nil, rule: "r")],
        anchors: [AnchorCheck(file: "Content/a.md", position: SourcePoint(line: 12, column: 5), target: "b.md", anchor: "x")],
        searchTerms: SearchTerms(["delai": 12, "retractation": 3]), searchExcerpt: "Vous disposez de 14 jours…")

    static let cache = BuildCache(output: "/tmp/Output", settings: "s", context: "c",
                                  sources: ["Content/a.md": .init(stamp: FileStamp(size: 10, modified: 1_764_000_000_123_456_789, changed: -1, inode: .max), hash: "h"),
                                            "Content/b.md": .init(stamp: nil, hash: "")],
                                  articles: ["Content/retractation/délai.md": article], files: ["index.html": "0123"],
                                  diagnostics: article.diagnostics, pages: 7, articleCount: 1)

    @Test func aCacheReadsBackAsItWasWritten() throws {
        var cache = Self.cache
        cache.log = ArticleLog.State(generation: "g1", length: 4_321)
        var writer = CacheWriter()
        writer.write(cache)
        var reader = CacheReader(writer.bytes)
        let read = try BuildCache(from: &reader)
        #expect(reader.isAtEnd)
        // Written again, the same bytes: every field came back.
        var again = CacheWriter()
        again.write(read)
        #expect(again.bytes == writer.bytes)
        #expect(read.articles.isEmpty, "the articles' checks are in the article log, not in the record")
        #expect(read.log == ArticleLog.State(generation: "g1", length: 4_321))
        #expect(read.files == ["index.html": "0123"])
        #expect(read.sources["Content/a.md"]?.stamp == FileStamp(size: 10, modified: 1_764_000_000_123_456_789, changed: -1, inode: .max))
        #expect(read.sources["Content/b.md"]?.stamp == nil)
    }

    @Test func theSummaryIsReadWithoutTheBulk() throws {
        var writer = CacheWriter()
        writer.write(Self.cache)
        var reader = CacheReader(writer.bytes)
        let summary = try BuildCache(from: &reader, summaryOnly: true)
        #expect(!reader.isAtEnd, "the files are left unread")
        #expect(summary.settings == "s" && summary.sources.count == 2 && summary.pages == 7 && summary.diagnostics == Self.cache.diagnostics)
        #expect(summary.files.isEmpty && summary.articles.isEmpty)
    }

    @Test func theBulkIsReadFromTheSameBytesAndTheLogOrRefusedWhenDamaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let logFile = folder.sub("out.articles")
        var cache = Self.cache
        cache.log = try ArticleLog.save(Self.cache.articles, rewritten: [], previous: nil, to: logFile, generation: "g1")
        var writer = CacheWriter()
        writer.write(cache)
        var reader = CacheReader(writer.bytes)
        var whole = try BuildCache(from: &reader, summaryOnly: true)
        #expect(whole.readBulk(&reader, logFile: logFile) && whole.files == ["index.html": "0123"])
        #expect(whole.articles["Content/retractation/délai.md"]?.article.matter.title == "Délai — « 14 jours »")
        #expect(whole.articles["Content/retractation/délai.md"]?.searchTerms == SearchTerms(["delai": 12, "retractation": 3]))
        var cut = CacheReader(Array(writer.bytes.dropLast(3)))
        var damaged = try BuildCache(from: &cut, summaryOnly: true)
        #expect(damaged.settings == "s", "the summary is whole")
        #expect(!damaged.readBulk(&cut, logFile: logFile) && damaged.articles.isEmpty && damaged.files.isEmpty)
        var reader2 = CacheReader(writer.bytes)
        var noLog = try BuildCache(from: &reader2, summaryOnly: true)
        #expect(!noLog.readBulk(&reader2, logFile: folder.sub("missing.articles")), "a record whose log is gone is not used")
    }

    /// A cache file damaged anywhere is refused or read, never a crash: 2,000 seeded corruptions (bytes
    /// changed, cut short, grown) of a real one.
    @Test func damagedBytesNeverCrashTheReader() {
        var writer = CacheWriter()
        writer.write(Self.cache)
        let original = writer.bytes
        var random = SeededRandom(seed: 20261128)
        var refused = 0
        for round in 0..<2_000 {
            var bytes = original
            switch round % 3 {
            case 0:
                for _ in 0..<(1 + random.next() % 4) { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            case 1:
                bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
            default:
                bytes.insert(contentsOf: (0..<(1 + random.next() % 8)).map { _ in UInt8(truncatingIfNeeded: random.next()) },
                             at: Int(random.next() % UInt64(bytes.count)))
            }
            var reader = CacheReader(bytes)
            if (try? BuildCache(from: &reader)) == nil { refused += 1 }
        }
        #expect(refused > 1_000, "most damaged files are refused (\(refused) of 2,000)")
    }

    @Test func integersOfEverySizeReadBack() throws {
        let values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min, 1 << 40]
        var writer = CacheWriter()
        for value in values { writer.writeInt(value) }
        var reader = CacheReader(writer.bytes)
        #expect(try values.map { _ in try reader.readInt() } == values)
    }

    /// A tenth byte holds the 64th bit alone: one with more set is damage, refused rather than cut to 64 bits.
    @Test(arguments: [(UInt8(0x01), true), (0x00, true), (0x02, false), (0x21, false), (0x81, false)])
    func aTenthByteBeyondSixtyFourBitsIsRefused(last: UInt8, valid: Bool) {
        var reader = CacheReader(Array(repeating: 0xFF, count: 9) + [last])
        #expect(((try? reader.readInt()) != nil) == valid)
    }

    @Test func aTruncatedOrForeignFileIsRefused() {
        var writer = CacheWriter()
        writer.write(Self.cache)
        for length in [0, 5, writer.bytes.count / 2, writer.bytes.count - 1] {
            var reader = CacheReader(Array(writer.bytes.prefix(length)))
            #expect(throws: CacheReader.Corrupt.self) { try BuildCache(from: &reader) }
        }
        var other = CacheWriter()
        other.writeString(BuildCache.magic)
        other.writeInt(CacheFormat.version - 1)
        var reader = CacheReader(other.bytes)
        #expect(throws: CacheReader.Corrupt.self) { try BuildCache(from: &reader) }
        var json = CacheReader(Array("{\"version\":4}".utf8))
        #expect(throws: CacheReader.Corrupt.self) { try BuildCache(from: &json) }
    }
}

@Suite struct SearchTermsTests {
    @Test func termsComeBackSortedWithTheirWeights() {
        let terms = SearchTerms(["livraison": 12, "colis": 3, "a": 1])
        #expect(terms.joined == "a colis livraison" && terms.weights == [1, 3, 12])
        var seen: [String] = []
        terms.forEachEntry { seen.append("\($0)=\($1)") }
        #expect(seen == ["a=1", "colis=3", "livraison=12"])
        var none = 0
        SearchTerms([:]).forEachEntry { _, _ in none += 1 }
        #expect(none == 0)
        #expect(SearchTerms(joined: "a b", weights: [1]) == nil, "two terms, one weight")
    }

    /// A part of a record is passed over when read (its length first) and decoded when used, each time to the
    /// value written; written again, it is the same bytes, whether it was made now or read from a file.
    @Test(arguments: [("livraison colis", [Int32(3), 12]), ("", [Int32]()), ("a", [Int32(-7)])])
    func deferredPartsArePassedOverWhenReadAndDecodedWhenUsed(_ joined: String, _ weights: [Int32]) throws {
        let terms = try #require(SearchTerms(joined: joined, weights: weights))
        var writer = CacheWriter()
        DeferredPart(terms).write(to: &writer)
        writer.writeString("after")
        var reader = CacheReader(writer.bytes)
        let deferred = try DeferredPart(from: &reader, fallback: SearchTerms([:]))
        #expect(try reader.readString() == "after", "passed over exactly the part's bytes")
        #expect(deferred.value == terms)
        #expect(deferred.value.weights == weights, "read twice, the same")
        var again = CacheWriter()
        deferred.write(to: &again)
        again.writeString("after")
        #expect(again.bytes == writer.bytes, "copied as read")
    }

    /// A part whose length runs past the file is refused when read, not when used.
    @Test func aDeferredPartLongerThanItsFileIsRefused() {
        var writer = CacheWriter()
        writer.writeLengthPrefixed("excerpt")
        var short = CacheReader(Array(writer.bytes.dropLast()))
        #expect(throws: CacheReader.Corrupt.self) { try DeferredPart(from: &short, fallback: "") }
        var negative = CacheWriter()
        negative.writeInt(-3)
        var reader = CacheReader(negative.bytes)
        #expect(throws: CacheReader.Corrupt.self) { try DeferredPart(from: &reader, fallback: "") }
    }

    @Test func weightsOfEverySizeReadBack() throws {
        let weights: [Int32] = [0, 1, -1, .max, .min, 1 << 20, -300]
        var writer = CacheWriter()
        writer.writeInt32s(weights)
        var reader = CacheReader(writer.bytes)
        #expect(try reader.readInt32s() == weights)
        #expect(reader.isAtEnd)
        var short = CacheReader(Array(writer.bytes.dropLast()))
        #expect(throws: CacheReader.Corrupt.self) { try short.readInt32s() }
    }

    /// Damaged weights are refused by the reader: a value past 32 bits, a length that disagrees with the
    /// values, a count that disagrees with the length.
    @Test(arguments: [
        (1, [Int(Int32.max) + 1], 0, 0, false, "a value past 32 bits"),
        (2, [1, 2], 1, 1, false, "a length past the values"),
        (2, [1, 200], -1, 0, false, "a length that cuts the last value"),
        (3, [1, 2], 0, 0, false, "more values than bytes"),
        (2, [1, 2], 0, 0, true, "as written"),
    ] as [(Int, [Int], Int, Int, Bool, String)])
    func damagedWeightsAreRefused(count: Int, values: [Int], lengthChange: Int, extraBytes: Int, valid: Bool, what: String) {
        var encoded = CacheWriter()
        for value in values { encoded.writeInt(value) }
        var writer = CacheWriter()
        writer.writeInt(count)
        writer.writeInt(encoded.bytes.count + lengthChange)
        writer.append(encoded.bytes + Array(repeating: 0, count: extraBytes))
        var reader = CacheReader(writer.bytes)
        let read = (try? reader.readInt32s()) != nil
        #expect(read == valid, "\(what)")
    }
}

/// SplitMix64: the same sequence on every machine, so that a failure can be replayed.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
