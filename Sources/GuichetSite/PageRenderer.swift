import GuichetContent
import HelpCentreRules

/// Builds each page's template data (see docs/themes.md) and renders it with the theme. Everything the
/// theme shows comes from here, so the keys of the contract are all in this file.
struct PageRenderer: Sendable {
    let site: SiteOutline
    let theme: Theme
    let asOf: LocalDate
    let book: RuleBook
    /// Absolute base URL ending with `/`, and its path.
    let baseURL: String
    let root: String
    let assetURLs: [String: String]
    /// Published articles by content path, for related links: built once, not once per page.
    private let articlesByPath: [String: ArticleHead]
    /// What every page shows the same way, computed once rather than for each of thousands of pages.
    private let sitewide: Sitewide

    private struct Sitewide: Sendable {
        let title: String
        let description: String
        let organization: JSONLD.Node
        let phoneDisplay: String
        let phoneTel: String
        let hoursText: String
        let formResponseText: String
        let footerLinks: [(title: String, url: String)]
    }

    init(site: SiteOutline, theme: Theme, asOf: LocalDate, book: RuleBook, baseURL: String, root: String,
         assetURLs: [String: String]) {
        self.site = site
        self.theme = theme
        self.asOf = asOf
        self.book = book
        self.baseURL = baseURL
        self.root = root
        self.assetURLs = assetURLs
        self.articlesByPath = Dictionary(uniqueKeysWithValues: site.articles.map { ($0.contentPath, $0) })
        let phone = book.phoneNumber.inForce(on: asOf)
        let hours = book.phoneHours.inForce(on: asOf)
        let title = site.config.title.frenchTypography
        self.sitewide = Sitewide(
            title: title, description: site.config.description.frenchTypography,
            organization: JSONLD.organization(name: title, url: baseURL, phone: phone, hours: hours),
            phoneDisplay: phone?.display ?? "", phoneTel: phone?.telURI ?? "", hoursText: hours?.wording.text ?? "",
            formResponseText: book.formResponse.inForce(on: asOf)?.wording.text ?? "",
            footerLinks: site.categories.map { ($0.category.matter.title.frenchTypography, root + $0.category.path) })
    }

    enum Page: Sendable {
        case home
        case category(Int)
        case article(PreparedArticle, bodyHTML: String)
        case notFound
        case rules(PublishedRules)
        case alias(from: String, to: String)
    }

    // MARK: - Pages

    /// Where `page` is written, without rendering it.
    func path(of page: Page) -> String {
        switch page {
        case .home: "index.html"
        case .category(let index): site.categories[index].category.path + "index.html"
        case .article(let prepared, _): prepared.article.path + "index.html"
        case .notFound: "404.html"
        case .rules: "regles.html"
        case .alias(let from, _): from + "index.html"
        }
    }

    /// What `page` shows besides the outline (settings, categories, the heads of the articles): a build
    /// whose outline did not change may keep it as the last build wrote it when that did not change either.
    static func dependency(of page: Page) -> SiteWideChanges.Dependency {
        switch page {
        case .home, .category, .notFound: .outline
        case .rules: .rulesUsed
        case .article, .alias: .more
        }
    }

    func render(_ page: Page) -> (path: String, html: String?) {
        switch page {
        case .home:
            var context = common(title: sitewide.title, description: sitewide.description, path: "", kind: "home",
                                 breadcrumbs: [], extraGraph: [])
            context["categories"] = site.categories.map(categoryData)
            return (path(of: page), theme.render("home", context))
        case .category(let index):
            let category = site.categories[index]
            var context = common(title: category.category.matter.title.frenchTypography, description: category.category.matter.description.frenchTypography,
                                 path: category.category.path, kind: "category",
                                 breadcrumbs: [(category.category.matter.title.frenchTypography, category.category.path)], extraGraph: [])
            context["category"] = categoryData(category)
            return (path(of: page), theme.render("category", context))
        case .article(let prepared, let bodyHTML):
            let article = prepared.article
            let category = site.categories.first { $0.category.slug == article.category }?.category
            let (title, description) = (article.matter.title.frenchTypography, article.matter.description.frenchTypography)
            let trail = [(category?.matter.title.frenchTypography ?? article.category, article.category + "/"), (title, article.path)]
            let graph = [JSONLD.article(title: title, description: description, url: baseURL + article.path,
                                        reviewed: article.matter.reviewed?.value, organization: baseURL)]
            var context = common(title: title, description: description, path: article.path,
                                 kind: "article", breadcrumbs: trail, extraGraph: graph)
            context["article"] = articleData(prepared, title: title, description: description, bodyHTML: bodyHTML, category: category)
            return (path(of: page), theme.render("article", context))
        case .notFound:
            var context = common(title: "Page introuvable", description: "Cette page n’existe pas ou a été déplacée.",
                                 path: "404.html", kind: "404", breadcrumbs: [], extraGraph: [])
            context["page"] = pageData(title: "Page introuvable", description: "Cette page n’existe pas ou a été déplacée.",
                                       path: "404.html", kind: "404")
            return (path(of: page), theme.render("404", context))
        case .rules(let published):
            let title = "Nos engagements et délais"
            let description = "Les délais, horaires et conditions du centre d’aide, avec leur source."
            var context = common(title: title, description: description, path: "regles.html", kind: "rules",
                                 breadcrumbs: [(title, "regles.html")], extraGraph: [])
            context["rules_page"] = rulesPageData(published)
            return (path(of: page), theme.render("regles", context))
        case .alias(let from, let to):
            var context = common(title: sitewide.title, description: sitewide.description, path: from, kind: "alias",
                                 breadcrumbs: [], extraGraph: [])
            context["target_url"] = root + to
            context["target_canonical_url"] = baseURL + to
            context["page"] = pageData(title: sitewide.title, description: sitewide.description, path: to, kind: "alias")
            return (path(of: page), theme.render("alias", context))
        }
    }

    // MARK: - Data

    private func common(title: String, description: String, path: String, kind: String,
                        breadcrumbs trail: [(String, String)], extraGraph: [JSONLD.Node]) -> [String: Any] {
        let crumbs = [("Accueil", "")] + trail
        var graph = [sitewide.organization]
        if !trail.isEmpty { graph.append(JSONLD.breadcrumbs(crumbs.map { ($0.0, baseURL + $0.1) })) }
        graph += extraGraph
        let jsonld = JSONLD.Graph(graph: graph).encodedForHTML()
        return [
            "lang": "fr",
            "site": ["title": sitewide.title, "description": sitewide.description, "root": root, "base_url": baseURL],
            "assets": ["css": assetURLs["style.css"] ?? "", "js": assetURLs["site.js"] ?? ""],
            "search_index_url": root + "search-index.json",
            "live": ["hours_url": root + "donnees/horaires.json"],
            "page": pageData(title: title, description: description, path: path, kind: kind),
            "jsonld": jsonld,
            "breadcrumbs": trail.isEmpty ? [] : crumbs.enumerated().map { index, crumb in
                ["title": crumb.0, "url": root + crumb.1, "is_current": index == crumbs.count - 1] as [String: Any]
            },
            "contact": [
                "phone_display": sitewide.phoneDisplay,
                "phone_tel": sitewide.phoneTel,
                "hours_text": sitewide.hoursText,
                "form_response_text": sitewide.formResponseText,
                "form_url": contactFormURL,
                "socials": site.config.socials.map { ["name": $0.name, "url": $0.url] },
                "has_socials": !site.config.socials.isEmpty,
            ] as [String: Any],
            "footer_links": sitewide.footerLinks.map { ["title": $0.title, "url": $0.url] },
        ]
    }

    private func pageData(title: String, description: String, path: String, kind: String) -> [String: Any] {
        ["title": title, "description": description, "url": root + path, "canonical_url": baseURL + path, "kind": kind,
         "og_type": kind == "article" ? "article" : "website"]
    }

    private func categoryData(_ prepared: PreparedCategory) -> [String: Any] {
        let category = prepared.category
        return [
            "title": category.matter.title.frenchTypography, "description": category.matter.description.frenchTypography, "url": root + category.path,
            "icon": category.matter.icon ?? "", "has_icon": category.matter.icon != nil, "intro_html": prepared.introHTML,
            "articles": site.articles.filter { $0.category == category.slug }.map { article in
                ["title": article.matter.title.frenchTypography, "description": article.matter.description.frenchTypography,
                 "url": root + article.path, "audience_label": article.matter.audience.label]
            },
        ]
    }

    private func articleData(_ prepared: PreparedArticle, title: String, description: String, bodyHTML: String,
                             category: Category?) -> [String: Any] {
        let article = prepared.article
        let toc = prepared.headings.filter { $0.level == 2 || $0.level == 3 }
        let calculators = self.calculators(prepared)
        let related: [[String: Any]] = prepared.related.compactMap { articlesByPath[$0] }.map {
            ["title": $0.matter.title.frenchTypography, "url": root + $0.path, "description": $0.matter.description.frenchTypography]
        }
        let rules: [[String: Any]] = article.matter.rules.compactMap { site.rules[$0.value] }.map { rule in
            ["id": rule.id, "title": rule.title, "wording": rule.wording.text, "source": rule.source.french,
             "source_url": rule.source.url ?? "", "has_source_url": rule.source.url != nil]
        }
        return [
            "title": title, "description": description, "body_html": bodyHTML,
            "toc": toc.map { ["id": $0.id, "text": $0.text, "level": $0.level] as [String: Any] },
            // A table of contents helps once a page has several sections; short answers read without one.
            "has_toc": toc.filter { $0.level == 2 }.count >= 3,
            "related": related, "has_related": !related.isEmpty,
            "reviewed_text": article.matter.reviewed.map { FrenchFormat.date($0.value) } ?? "",
            "reviewed_iso": article.matter.reviewed?.value.iso ?? "",
            "has_reviewed": article.matter.reviewed != nil,
            "rules": rules, "has_rules": !rules.isEmpty,
            "audience_label": article.matter.audience.label,
            "category": ["title": category?.matter.title.frenchTypography ?? article.category, "url": root + article.category + "/"],
            "feedback_url": contactFormURL,
            "calculators": calculators, "has_calculators": !calculators.isEmpty,
        ]
    }

    /// A deadline calculator on the articles that explain the withdrawal period or the claim waiting period.
    private func calculators(_ prepared: PreparedArticle) -> [[String: Any]] {
        var result: [[String: Any]] = []
        if prepared.usedRules[WithdrawalPeriodPolicy.id] != nil {
            result.append(["id": "calcul-retractation", "title": "Calculer la fin de votre délai de rétractation",
                           "label": "Date de réception de la commande (du dernier colis)",
                           "data_url": root + "donnees/retractation.json"])
        }
        if prepared.usedRules[ClaimWaitingPolicy.id] != nil {
            result.append(["id": "calcul-reclamation", "title": "Calculer quand ouvrir une réclamation",
                           "label": "Date de validation de la commande",
                           "data_url": root + "donnees/reclamation.json"])
        }
        return result
    }

    private func rulesPageData(_ published: PublishedRules) -> [String: Any] {
        return [
            "as_of_text": FrenchFormat.date(asOf),
            "json_url": root + "regles.json",
            "rules": published.rules.map { entry -> [String: Any] in
                let rule = entry.snapshot
                return [
                    "id": rule.id, "anchor": rule.id.replacingOccurrences(of: ".", with: "-"), "title": rule.title,
                    "wording": rule.wording.text, "items": rule.wording.items, "has_items": !rule.wording.items.isEmpty,
                    "source": rule.source.french, "source_url": rule.source.url ?? "", "has_source_url": rule.source.url != nil,
                    "valid_from_text": FrenchFormat.date(rule.validFrom),
                    "articles": entry.articles.map { ["title": $0.title, "url": $0.url] },
                    "has_articles": !entry.articles.isEmpty,
                ]
            },
        ]
    }

    private var contactFormURL: String { site.contactFormURL }
}

private extension String {
    /// Titles and descriptions from front-matter and settings get the same no-break spaces as the body.
    var frenchTypography: String { FrenchTypography.apply(self) }
}
