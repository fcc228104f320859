import Foundation
import GuichetContent
import GuichetMarkdown
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
}
