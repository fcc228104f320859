import Foundation
@testable import GuichetRender
@testable import GuichetSite
import GuichetContent
import Testing

/// The article log: one record per article, appended to, read back last-record-wins, within the part the
/// summary vouches for.
@Suite struct ArticleLogTests {
    /// The article of CacheCodingTests, told apart by its excerpt.
    static func article(_ excerpt: String) -> PreparedArticle {
        let base = CacheCodingTests.article
        return PreparedArticle(article: base.article, headings: base.headings, related: base.related, usedRules: base.usedRules,
                               diagnostics: base.diagnostics, anchors: base.anchors, searchTerms: base.searchTerms,
                               searchExcerpt: excerpt)
    }

    static let three = ["a.md": article("A"), "b.md": article("B"), "c.md": article("C")]

    func titles(_ articles: [String: PreparedArticle]) -> [String: String] { articles.mapValues(\.searchExcerpt) }

    @Test func aLogWrittenAnewReadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        let state = try ArticleLog.save(Self.three, rewritten: [], previous: nil, to: path, generation: "g1")
        #expect(state.length == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
        let read = try #require(ArticleLog.read(path, state: ArticleLog.State(generation: "g1", length: state.length)))
        #expect(titles(read.articles) == ["a.md": "A", "b.md": "B", "c.md": "C"])
        #expect(read.state == state, "sizes and live bytes are learnt back from the file")
    }

    @Test func oneChangedArticleIsAppendedNotRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        let first = try ArticleLog.save(Self.three, rewritten: [], previous: nil, to: path, generation: "g1")
        let before = try #require(FileManager.default.contents(atPath: path))
        var changed = Self.three
        changed["b.md"] = Self.article("B, revu")
        changed["c.md"] = nil
        let second = try ArticleLog.save(changed, rewritten: ["b.md"], previous: first, to: path, generation: "g2")
        let after = try #require(FileManager.default.contents(atPath: path))
        #expect(second.generation == "g1", "appended to the same writing")
        #expect(after.prefix(before.count) == before, "the records already there are untouched")
        #expect(after.count == second.length && second.length > first.length)
        let read = try #require(ArticleLog.read(path, state: ArticleLog.State(generation: "g1", length: second.length)))
        #expect(titles(read.articles) == ["a.md": "A", "b.md": "B, revu"], "the last record wins; c.md is gone")
        #expect(read.state.liveBytes == second.liveBytes)
        let old = try #require(ArticleLog.read(path, state: first))
        #expect(titles(old.articles) == ["a.md": "A", "b.md": "B", "c.md": "C"], "the first summary still reads its own part")
    }

    @Test func bytesPastTheSummarysLengthAreIgnoredThenCutOff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        let first = try ArticleLog.save(Self.three, rewritten: [], previous: nil, to: path, generation: "g1")
        // A save killed after appending, before its summary was renamed in.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("half a record".utf8))
        handle.closeFile()
        #expect(titles(try #require(ArticleLog.read(path, state: first)).articles).count == 3)
        var changed = Self.three
        changed["a.md"] = Self.article("A2")
        let second = try ArticleLog.save(changed, rewritten: ["a.md"], previous: first, to: path, generation: "g2")
        let read = try #require(ArticleLog.read(path, state: second))
        #expect(titles(read.articles)["a.md"] == "A2")
        #expect(second.length == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int), "the tail was cut off")
    }

    @Test func anotherGenerationOrADamagedLogIsNotRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        let state = try ArticleLog.save(Self.three, rewritten: [], previous: nil, to: path, generation: "g1")
        #expect(ArticleLog.read(path, state: ArticleLog.State(generation: "g0", length: state.length)) == nil)
        #expect(ArticleLog.read(path, state: ArticleLog.State(generation: "g1", length: state.length + 1)) == nil, "shorter than vouched for")
        #expect(ArticleLog.read(path, state: ArticleLog.State(generation: "g1", length: state.length - 5)) == nil, "a record cut short")
        #expect(ArticleLog.read(path, state: ArticleLog.State(generation: "g1", length: -7)) == nil, "a damaged record's length")
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count - 40] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = ArticleLog.read(path, state: state)
        #expect(damaged == nil || damaged?.articles.count == 3, "refused, or read whole: never a crash")
    }

    /// Most of a record is decoded only when a site-wide step reads it (`DeferredPart`), long after the file
    /// was read: its checksum is what refuses it, whichever byte of it changed.
    @Test func aChangedByteAnywhereInARecordIsRefusedWhenTheLogIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        let state = try ArticleLog.save(["a.md": Self.article("un extrait de l’article")], rewritten: [], previous: nil, to: path,
                                        generation: "g1")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        var header = CacheWriter()
        header.writeString(ArticleLog.magic)
        header.writeInt(CacheFormat.version)
        header.writeString("g1")
        var refused = 0
        for position in header.bytes.count..<bytes.count {
            var damaged = bytes
            damaged[position] ^= 0x20
            try damaged.write(to: URL(fileURLWithPath: path))
            if ArticleLog.read(path, state: state) == nil { refused += 1 }
        }
        #expect(refused == bytes.count - header.bytes.count, "every byte after the header")
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(ArticleLog.read(path, state: state)?.articles["a.md"]?.searchExcerpt == "un extrait de l’article")
    }

    @Test func deadRecordsOutweighingLiveOnesMakeTheLogWrittenAnew() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.sub("x.articles")
        var state = try ArticleLog.save(Self.three, rewritten: [], previous: nil, to: path, generation: "g1")
        var articles = Self.three
        var rewrites = 0
        for round in 0..<200 {
            articles["a.md"] = Self.article("A\(round)")
            state = try ArticleLog.save(articles, rewritten: ["a.md"], previous: state, to: path, generation: "g\(round + 2)",
                                        floor: 8_192)
            if state.generation != "g1", rewrites == 0 { rewrites = round }
        }
        #expect(rewrites > 0, "written anew once dead bytes passed the floor")
        #expect(state.length - state.liveBytes <= max(state.liveBytes, 8_192))
        let read = try #require(ArticleLog.read(path, state: state))
        #expect(titles(read.articles) == ["a.md": "A199", "b.md": "B", "c.md": "C"])
    }
}
