import GuichetCheck
import GuichetContent
import GuichetMarkdown
import GuichetSearch

/// One article after its check: everything the site-wide steps (listings, anchors, coverage, search,
/// regles.json) and the next build need from it, without its body. The build cache keeps one per article,
/// so that an unchanged article is neither read nor checked again.
///
/// A class: each build hands every article's check from step to step (the cache, the inputs, the results,
/// the site), and copying a struct of nine fields retained each of them every time, 12 % of a one-article
/// rebuild at 10,000 articles (perf). Nothing in it changes once made.
package final class PreparedArticle: Sendable {
    // Stored under other names: every read goes through an accessor below, which tells `ArticleReads` what
    // a site-wide file read of the article (`ArticleField`).
    // The parts a one-article build reads of every unchanged article (its head, findings, anchors and rules)
    // are decoded with its record; the others, most of its bytes, only when read (`DeferredPart`).
    private let storedArticle: ArticleHead
    private let storedHeadings: DeferredPart<[MarkdownHeading]>
    private let storedRelated: DeferredPart<[String]>
    private let storedUsedRules: [String: [SourcePoint]]
    private let storedDiagnostics: [Diagnostic]
    private let storedAnchors: [AnchorCheck]
    private let storedSearchTerms: DeferredPart<SearchTerms>
    private let storedSearchExcerpt: DeferredPart<String>

    package var article: ArticleHead { ArticleReads.note(.head); return storedArticle }
    package var headings: [MarkdownHeading] { ArticleReads.note(.headings); return storedHeadings.value }
    /// Content paths of the related articles, in the order written.
    package var related: [String] { ArticleReads.note(.related); return storedRelated.value }
    /// Rules the body uses, with every use: what `rules show` reports as a rule's impact.
    package var usedRules: [String: [SourcePoint]] { ArticleReads.note(.usedRules); return storedUsedRules }
    /// Its own findings: front-matter, references, figures, links. Anchors are checked once every page's
    /// headings are known.
    package var diagnostics: [Diagnostic] { ArticleReads.note(.diagnostics); return storedDiagnostics }
    package var anchors: [AnchorCheck] { ArticleReads.note(.anchors); return storedAnchors }
    /// Its words for the search index, with their weights.
    package var searchTerms: SearchTerms { ArticleReads.note(.searchTerms); return storedSearchTerms.value }
    /// The start of its body, for the search's snippets (`SearchIndex.excerpt`).
    package var searchExcerpt: String { ArticleReads.note(.searchExcerpt); return storedSearchExcerpt.value }

    package convenience init(article: ArticleHead, headings: [MarkdownHeading], related: [String], usedRules: [String: [SourcePoint]],
                             diagnostics: [Diagnostic], anchors: [AnchorCheck], searchTerms: SearchTerms, searchExcerpt: String) {
        self.init(article: article, headings: DeferredPart(headings), related: DeferredPart(related), usedRules: usedRules,
                  diagnostics: diagnostics, anchors: anchors, searchTerms: DeferredPart(searchTerms), searchExcerpt: DeferredPart(searchExcerpt))
    }

    private init(article: ArticleHead, headings: DeferredPart<[MarkdownHeading]>, related: DeferredPart<[String]>,
                 usedRules: [String: [SourcePoint]], diagnostics: [Diagnostic], anchors: [AnchorCheck],
                 searchTerms: DeferredPart<SearchTerms>, searchExcerpt: DeferredPart<String>) {
        storedArticle = article
        storedHeadings = headings
        storedRelated = related
        storedUsedRules = usedRules
        storedDiagnostics = diagnostics
        storedAnchors = anchors
        storedSearchTerms = searchTerms
        storedSearchExcerpt = searchExcerpt
    }

    /// The parts in which `other` (the same article's last check) differs from this one, compared by the
    /// bytes the build cache keeps of each: whatever a part holds, a difference in it is seen.
    package func fields(differingFrom other: PreparedArticle) -> ArticleFields {
        var differing = ArticleFields()
        for field in ArticleField.allCases where encoded(field) != other.encoded(field) { differing.insert(ArticleFields(field)) }
        return differing
    }

    private func encoded(_ field: ArticleField) -> [UInt8] {
        var writer = CacheWriter()
        switch field {
        case .head: writer.write(storedArticle)
        case .headings: writer.write(storedHeadings.value)
        case .related: writer.write(storedRelated.value)
        case .usedRules: writer.write(storedUsedRules)
        case .diagnostics: writer.write(storedDiagnostics)
        case .anchors: writer.write(storedAnchors)
        case .searchTerms: writer.write(storedSearchTerms.value)
        case .searchExcerpt: writer.writeString(storedSearchExcerpt.value)
        }
        return writer.bytes
    }
}

// How the build cache writes it: its fields in declaration order, the deferred ones after their length
// (raise `CacheFormat.version` with a change).
extension PreparedArticle: CacheCodable {
    package convenience init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), headings: try DeferredPart(from: &reader, fallback: []),
                  related: try DeferredPart(from: &reader, fallback: []), usedRules: try reader.read(),
                  diagnostics: try reader.read(), anchors: try reader.read(),
                  searchTerms: try DeferredPart(from: &reader, fallback: SearchTerms([:])),
                  searchExcerpt: try DeferredPart(from: &reader, fallback: ""))
    }
    package func write(to writer: inout CacheWriter) {
        writer.write(storedArticle)
        storedHeadings.write(to: &writer)
        storedRelated.write(to: &writer)
        writer.write(storedUsedRules)
        writer.write(storedDiagnostics)
        writer.write(storedAnchors)
        storedSearchTerms.write(to: &writer)
        storedSearchExcerpt.write(to: &writer)
    }
}
