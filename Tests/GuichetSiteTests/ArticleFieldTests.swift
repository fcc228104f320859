import Foundation
import GuichetContent
import GuichetMarkdown
@testable import GuichetRender
@testable import GuichetSearch
@testable import GuichetSite
import HelpCentreRules
import Testing

/// What a site-wide file depends on is recorded while it is made (`ArticleReads`), not listed by hand.
@Suite struct ArticleFieldTests {
    static func article(excerpt: String = "Le début.", reviewed: Bool = false) -> PreparedArticle {
        let matter = ArticleFrontMatter(title: "T", description: "D", order: nil, rules: [], related: [], aliases: [], draft: false,
                                        reviewed: reviewed ? Located(LocalDate(year: 2026, month: 11, day: 2)!, at: SourcePoint(line: 3, column: 11)) : nil,
                                        audience: .acheteur)
        return PreparedArticle(article: ArticleHead(file: "Content/a/b.md", category: "a", slug: "b", matter: matter), headings: [],
                               related: [], usedRules: [:], diagnostics: [], anchors: [],
                               searchTerms: SearchTerms([:]), searchExcerpt: excerpt)
    }

    /// Every stored part of `PreparedArticle` is a case of `ArticleField`: a part added without one would be
    /// read without being recorded, and a file showing it would be kept stale.
    @Test func everyStoredPartOfAnArticlesCheckIsAField() {
        let stored = Mirror(reflecting: Self.article()).children.compactMap(\.label)
        let expected = ArticleField.allCases.map { "stored" + String("\($0)".prefix(1)).uppercased() + String("\($0)".dropFirst()) }
        #expect(stored == expected.map { $0 == "storedHead" ? "storedArticle" : $0 })
    }

    @Test func makingAFileRecordsWhatItReads() {
        let article = Self.article()
        let (_, none) = ArticleReads.recording { "robots" }
        #expect(none.isEmpty)
        let (_, excerpt) = ArticleReads.recording { article.searchExcerpt + article.article.path }
        #expect(excerpt == [ArticleFields(.searchExcerpt), ArticleFields(.head)])
        #expect(excerpt.names == ["head", "searchExcerpt"])
        // Outside a recording nothing is noted, and nothing fails.
        _ = article.usedRules
    }

    /// A value shared by several files (the rules page and regles.json) is made once, and what it read is
    /// noted again for each file that uses it.
    @Test func aSharedComputationNotesItsReadsToEveryFileThatUsesIt() {
        let article = Self.article()
        let shared = Computed { article.usedRules.count }
        let (_, first) = ArticleReads.recording { shared.get }
        let (_, second) = ArticleReads.recording { shared.get }
        #expect(first == ArticleFields(.usedRules) && second == first)
    }

    @Test func theDifferingPartsAreFoundByTheirBytes() {
        #expect(Self.article().fields(differingFrom: Self.article()).isEmpty)
        #expect(Self.article(excerpt: "Autre.").fields(differingFrom: Self.article()) == ArticleFields(.searchExcerpt))
        #expect(Self.article(reviewed: true).fields(differingFrom: Self.article()) == ArticleFields(.head))
    }

    /// The outline (what every page may show of an article) is its whole head but for `ownPageOnly`: each
    /// front-matter field, changed alone, changes the outline unless it is one of those. A field added to
    /// the front-matter must be given a variant here, and is in the outline until shown otherwise.
    @Test func theOutlineIsTheWholeHeadButTheFieldsOnlyItsOwnPageShows() {
        let base = Self.article().article.matter
        let at = SourcePoint(line: 4, column: 8)
        func vary(_ change: (inout ArticleFrontMatter) -> Void) -> ArticleFrontMatter { var matter = base; change(&matter); return matter }
        let variants: [String: ArticleFrontMatter] = [
            "title": vary { $0.title = "Autre" },
            "description": vary { $0.description = "Autre." },
            "order": vary { $0.order = 3 },
            "rules": vary { $0.rules = [Located("withdrawal.period", at: at)] },
            "related": vary { $0.related = [Located("a/c.md", at: at)] },
            "aliases": vary { $0.aliases = [Located("/ancien/", at: at)] },
            "draft": vary { $0.draft = true },
            "reviewed": vary { $0.reviewed = Located(LocalDate(year: 2026, month: 1, day: 5)!, at: at) },
            "audience": vary { $0.audience = .vendeur },
        ]
        #expect(Set(variants.keys) == Set(Mirror(reflecting: base).children.compactMap(\.label)), "a field without a variant")
        func outline(_ matter: ArticleFrontMatter) -> [UInt8] {
            BuildCache.outline(of: ArticleHead(file: "Content/a/b.md", category: "a", slug: "b", matter: matter))
        }
        for (name, matter) in variants.sorted(by: { $0.key < $1.key }) {
            #expect((outline(matter) != outline(base)) == !SiteOutline.ownPageOnly.contains(name), "\(name)")
        }
        // The path is in it too: a moved article is another page.
        #expect(BuildCache.outline(of: ArticleHead(file: "Content/a/c.md", category: "a", slug: "c", matter: base)) != outline(base))
    }

    /// What the outline leaves out, it does not hold: a page reading an article's `rules`, `related` or `reviewed`
    /// from the outline gets nothing, so it must ask the article's check, which records the read.
    @Test func theOutlineDoesNotHoldWhatItLeavesOut() throws {
        let at = SourcePoint(line: 4, column: 8)
        var matter = Self.article(reviewed: true).article.matter
        matter.rules = [Located("withdrawal.period", at: at)]
        matter.related = [Located("a/c.md", at: at)]
        let head = ArticleHead(file: "Content/a/b.md", category: "a", slug: "b", matter: matter)
        let outline = SiteOutline(config: SiteConfig(), categories: [], articles: [head], rules: [:], contactFormURL: "")
        let held = try #require(outline.articles.first).matter
        #expect(held.rules.isEmpty && held.related.isEmpty && held.reviewed == nil)
        #expect(held.title == "T" && held.description == "D")
    }
}
