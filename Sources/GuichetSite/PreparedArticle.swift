import GuichetContent
import GuichetMarkdown

/// One article after its check: everything the site-wide steps (listings, anchors, coverage, search,
/// regles.json) and the next build need from it, without its body. The build cache keeps one per article,
/// so that an unchanged article is neither read nor checked again.
struct PreparedArticle: Sendable {
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
}
