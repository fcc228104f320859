import GuichetContent
import GuichetMarkdown
import GuichetRender
import GuichetSearch
import HelpCentreRules

/// The site's files that are not pages: sitemap, robots.txt, the search index.
enum SiteFiles {
    /// `pages`: the addresses of the site-wide pages the sitemap lists (`SitePage.inSitemap`), in their order;
    /// then every published article, with its review date.
    static func sitemap(_ site: PreparedSite, pages: [String], baseURL: String) -> String {
        var entries: [(String, String?)] = pages.map { ($0, nil) }
        entries += site.articles.filter { !$0.article.matter.draft }.map { ($0.article.path, $0.article.matter.reviewed?.value.iso) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastmod) in entries {
            xml += "  <url><loc>\(HTMLEscaping.escaped(baseURL + path))</loc>"
            if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)sitemap.xml\n"
    }

    /// The search's documents in index order, each with its terms and, for an article, its file: each category
    /// (a reader typing « réclamation » may want the whole rubric), then its published articles, with the
    /// terms each one's check scored. A category is scored here, from its title and description: there are few.
    ///
    /// An article's terms are read only when the index is built whole (`terms()`), and its excerpt only when
    /// its fragment is made: an update from the last build's postings needs the edited articles' only, and
    /// decoding every article's from the cache was a fifth of a one-article build. The search files depend on
    /// every article's terms and excerpt all the same, and say so (`ArticleReads`) whether or not they were read.
    static func searchDocuments(_ site: PreparedSite, root: String) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        let articles = Dictionary(grouping: site.articles.filter { !$0.article.matter.draft }, by: \.article.category)
        // Both are read when a fragment or the index is made, which may be after this file's recording ended.
        if !articles.isEmpty {
            ArticleReads.note(.searchTerms)
            ArticleReads.note(.searchExcerpt)
        }
        for prepared in site.categories {
            let category = prepared.category
            let title = category.matter.title
            let scores = SearchTermScorer.terms([(title, .title), (category.matter.description, .description), (title, .category)])
            documents.append(SearchDocument(document: SearchIndex.Document(url: root + category.path, title: title,
                                                                           description: category.matter.description,
                                                                           category: "Rubrique", excerpt: "", isCategory: true),
                                            terms: { scores }, file: nil))
            for article in articles[category.slug] ?? [] {
                documents.append(SearchDocument(document: SearchIndex.Document(url: root + article.article.path, title: article.article.matter.title,
                                                                               description: article.article.matter.description, category: title,
                                                                               excerpt: article.searchExcerpt),
                                                terms: { article.searchTerms }, file: article.article.file))
            }
        }
        return documents
    }

    /// One document of the search index, its terms made when asked.
    struct SearchDocument {
        let document: SearchIndex.Document
        let terms: () -> SearchTerms
        /// The article's file; nil for a category.
        let file: String?
    }
}
