/// The site-wide pages of a build, in the order the site-wide step lists them: the one list the sitemap,
/// the Markdown twins and the names kept from aliases are read from.
package enum SitePages {
    package static func all(_ site: PreparedSite, published: Computed<PublishedRules>, news: Computed<RuleNews>) -> [any SitePage] {
        var pages: [any SitePage] = [HomeSitePage(), NotFoundSitePage()]
        pages += site.categories.indices.map { CategorySitePage(index: $0) }
        pages += site.aliases.map { AliasSitePage(from: $0.from, to: $0.to) }
        pages += [RulesSitePage(published: published), NewsSitePage(news: news), AccessibilitySitePage(),
                  WithdrawalFormSitePage(), LegalNoticeSitePage()] as [any SitePage]
        return pages
    }

    /// The pages of which there is one, at a fixed path.
    package static let singletons: [any SingletonPage.Type] = [NotFoundSitePage.self, RulesSitePage.self, NewsSitePage.self,
                                                       AccessibilitySitePage.self, WithdrawalFormSitePage.self,
                                                       LegalNoticeSitePage.self]

    /// Their paths, and their twins': names no alias may take.
    package static let fixedPaths: [String] = singletons.flatMap { page in
        [page.path] + (page.hasTwin ? [MarkdownTwin.path(of: page.path)] : [])
    }

    /// Every kind of page, articles included, in the order docs/themes.md names them.
    package static let kinds: [any SitePage.Type] = [HomeSitePage.self, CategorySitePage.self, ArticleSitePage.self, RulesSitePage.self,
                                             NewsSitePage.self, AccessibilitySitePage.self, WithdrawalFormSitePage.self,
                                             LegalNoticeSitePage.self, NotFoundSitePage.self, AliasSitePage.self]

    /// The kinds (`page.kind`) whose pages have a twin, the articles' included.
    package static let kindsWithTwin: Set<String> = Set(kinds.filter { $0.hasTwin }.map { $0.kind })

    /// The page's address under the site's root, as the sitemap and links write it: `livraison/`, not
    /// `livraison/index.html`.
    package static func address(ofFile path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }
}
