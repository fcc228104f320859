import GuichetContent
import GuichetMarkdown

/// One article after its check: everything the site-wide steps (listings, anchors, coverage, search,
/// regles.json) and the next build need from it, without its body. The build cache keeps one per article,
/// so that an unchanged article is neither read nor checked again.
///
/// A class: each build hands every article's check from step to step (the cache, the inputs, the results,
/// the site), and copying a struct of nine fields retained each of them every time, 12 % of a one-article
/// rebuild at 10,000 articles (perf). Nothing in it changes once made.
final class PreparedArticle: Sendable {
    let article: ArticleHead
    let headings: [MarkdownHeading]
    /// Content paths of the related articles, in the order written.
    let related: [String]
    /// Rules the body uses, with every use: what `rules show` reports as a rule's impact.
    let usedRules: [String: [SourcePoint]]
    /// Its own findings: front-matter, references, figures, links. Anchors are checked once every page's
    /// headings are known.
    let diagnostics: [Diagnostic]
    let anchors: [AnchorCheck]
    /// Its words for the search index, with their weights.
    let searchTerms: SearchTerms
    /// The start of its body, for the search's snippets (`SearchIndex.excerpt`).
    let searchExcerpt: String

    init(article: ArticleHead, headings: [MarkdownHeading], related: [String], usedRules: [String: [SourcePoint]],
         diagnostics: [Diagnostic], anchors: [AnchorCheck], searchTerms: SearchTerms, searchExcerpt: String) {
        self.article = article
        self.headings = headings
        self.related = related
        self.usedRules = usedRules
        self.diagnostics = diagnostics
        self.anchors = anchors
        self.searchTerms = searchTerms
        self.searchExcerpt = searchExcerpt
    }
}
