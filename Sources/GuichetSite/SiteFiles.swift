import GuichetMarkdown
import GuichetContent
import HelpCentreRules

/// The site's files that are not pages: sitemap, robots.txt, the search index.
enum SiteFiles {
    static func sitemap(_ site: PreparedSite, baseURL: String) -> String {
        var entries: [(String, String?)] = [("", nil)]
        entries += site.categories.map { ($0.category.path, nil) }
        entries.append((GeneratedFiles.rulesPage, nil))
        entries.append((GeneratedFiles.newsPage, nil))
        entries.append((GeneratedFiles.accessibilityPage, nil))
        entries.append((GeneratedFiles.withdrawalForm, nil))
        entries.append((GeneratedFiles.legalNotice, nil))
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

    /// The search index of the published articles, from the terms each one's check scored.
    static func searchIndex(_ site: PreparedSite, root: String) -> SearchIndex {
        let categoryTitles = Dictionary(uniqueKeysWithValues: site.categories.map { ($0.category.slug, $0.category.matter.title) })
        var index = SearchIndex()
        for prepared in site.articles where !prepared.article.matter.draft {
            let article = prepared.article
            index.add(SearchIndex.Document(url: root + article.path, title: article.matter.title,
                                           description: article.matter.description,
                                           category: categoryTitles[article.category] ?? article.category),
                      terms: prepared.searchTerms)
        }
        return index
    }
}

