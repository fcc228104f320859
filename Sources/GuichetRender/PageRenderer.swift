import GuichetContent
import GuichetMarkdown
import GuichetSearch
import HelpCentreRules

/// Builds each page's template value (the types of ThemeContract/, documented in docs/themes.md) and renders
/// it with the theme. Everything the theme shows is computed here; what each key means is declared there.
package struct PageRenderer: Sendable {
    package let site: SiteOutline
    package let theme: Theme
    package let asOf: LocalDate
    package let book: RuleBook
    /// Absolute base URL ending with `/`, and its path.
    package let baseURL: String
    package let root: String
    package let assetURLs: [String: String]
    /// `accessibilite.yml`, when the site has one.
    package let audit: AccessibilityAudit?
    /// Published articles by content path, for related links: built once, not once per page.
    private let articlesByPath: [String: ArticleHead]
    /// What every page shows the same way, computed once rather than for each of thousands of pages.
    package let sitewide: Sitewide
    /// The changes due within `announce_days`, by rule, as notices: the same for every article that uses the rule.
    private let noticesByRule: [String: [RuleNotice]]

    package struct Sitewide: Sendable {
        package let title: String
        package let description: String
        package let organization: JSONLD.Node
        package let contact: Layout.Contact
        package let footerLinks: [Layout.Link]
    }

    package init(site: SiteOutline, theme: Theme, asOf: LocalDate, book: RuleBook, baseURL: String, root: String,
         assetURLs: [String: String], audit: AccessibilityAudit?) {
        self.audit = audit
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
            contact: Layout.Contact(phoneDisplay: phone?.display ?? "", phoneTel: phone?.telURI ?? "",
                                    hoursText: hours?.wording.text ?? "",
                                    formResponseText: book.formResponse.inForce(on: asOf)?.wording.text ?? "",
                                    formURL: site.contactFormURL,
                                    socials: site.config.socials.map { Layout.Social(name: $0.name, url: $0.url) },
                                    mediator: LegalNoticePage.Mediator(site.config.mediator)),
            footerLinks: site.categories.map { Layout.Link(title: $0.category.matter.title.frenchTypography, url: root + $0.category.path) })
        self.noticesByRule = RuleNews.announced(in: book, asOf: asOf, days: site.config.announceDays).mapValues { changes in
            changes.map { change in
                RuleNotice(ruleID: change.id, ruleTitle: change.title, dateText: FrenchFormat.shortDate(change.date),
                           dateISO: change.date.iso, newWording: change.after.wording.text, currentWording: change.before?.wording.text,
                           source: change.after.source.french, sourceURL: change.after.source.url)
            }
        }
    }

    /// Renders `page`: where it goes, and its HTML (nil when the theme has no template for it). What each
    /// kind of page shows is declared in its own file (Pages/); this holds what they share.
    package func render(_ page: some SitePage) -> (path: String, html: String?) { (page.path(in: self), page.render(with: self)) }

    // MARK: - Data

    package func layout(title: String, description: String, path: String, kind: String,
                        breadcrumbs trail: [(String, String)] = [], extraGraph: [JSONLD.Node] = []) -> Layout {
        let twinURL = SitePages.kindsWithTwin.contains(kind) ? root + MarkdownTwin.path(of: path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path) : ""
        let crumbs = [("Accueil", "")] + trail
        var graph = [sitewide.organization]
        if !trail.isEmpty { graph.append(JSONLD.breadcrumbs(crumbs.map { ($0.0, baseURL + $0.1) })) }
        graph += extraGraph
        return Layout(
            site: Layout.Site(title: sitewide.title, description: sitewide.description, root: root, baseURL: baseURL),
            assets: Layout.Assets(css: assetURLs["style.css"] ?? "", js: assetURLs["site.js"] ?? ""),
            searchIndexURL: root + SearchIndex.manifest,
            live: Layout.Live(hoursURL: root + GeneratedFiles.hoursData),
            page: Layout.Page(title: title, description: description, url: root + path, canonicalURL: baseURL + path, kind: kind,
                              markdownURL: twinURL),
            jsonld: SafeHTML(writtenByGuichet: JSONLD.Graph(graph: graph).encodedForHTML()),
            breadcrumbs: trail.isEmpty ? [] : crumbs.enumerated().map { index, crumb in
                Layout.Link(title: crumb.0, url: root + crumb.1, isCurrent: index == crumbs.count - 1)
            },
            contact: sitewide.contact,
            footerLinks: sitewide.footerLinks,
            news: Layout.News(pageURL: root + GeneratedFiles.newsPage, feedURL: baseURL + GeneratedFiles.newsFeed),
            accessibility: Layout.Accessibility(pageURL: root + GeneratedFiles.accessibilityPage,
                                                statusText: (audit?.status ?? .nonConforming).rawValue),
            legalNoticeURL: root + GeneratedFiles.legalNotice)
    }

    package func categoryData(_ prepared: PreparedCategory) -> CategorySummary {
        let category = prepared.category
        return CategorySummary(
            title: category.matter.title.frenchTypography, description: category.matter.description.frenchTypography,
            url: root + category.path, icon: category.matter.icon, introHTML: prepared.introHTML,
            articles: site.articles.filter { $0.category == category.slug }.map { article in
                CategorySummary.Card(title: article.matter.title.frenchTypography, description: article.matter.description.frenchTypography,
                                     url: root + article.path, audienceLabel: article.matter.audience.label)
            })
    }

    /// The published articles an article links to as related, by dictionary: a scan of the site's articles for
    /// each would make a build quadratic in the number of articles.
    package func relatedHeads(of prepared: PreparedArticle) -> [ArticleHead] {
        prepared.related.compactMap { articlesByPath[$0] }
    }

    package func articleData(_ prepared: PreparedArticle, title: String, description: String, bodyHTML: SafeHTML,
                             category: Category?) -> ArticleData {
        let article = prepared.article
        return ArticleData(
            title: title, description: description, bodyHTML: bodyHTML,
            toc: prepared.headings.filter { $0.level == 2 || $0.level == 3 }.map { ArticleData.Heading(id: $0.id, text: $0.text, level: $0.level) },
            related: relatedHeads(of: prepared).map {
                ArticleData.Related(title: $0.matter.title.frenchTypography, url: root + $0.path, description: $0.matter.description.frenchTypography)
            },
            reviewed: article.matter.reviewed.map { (FrenchFormat.date($0.value), $0.value.iso) },
            rules: article.matter.rules.compactMap { site.rules[$0.value] }.map { rule in
                ArticleData.AppliedRule(id: rule.id, title: rule.title, wording: rule.wording.text, source: rule.source.french,
                                        sourceURL: rule.source.url, upcoming: notices(rule.id))
            },
            audienceLabel: article.matter.audience.label,
            category: Layout.Link(title: category?.matter.title.frenchTypography ?? article.category, url: root + article.category + "/"),
            feedbackURL: contactFormURL,
            calculators: calculators(prepared),
            notices: article.matter.rules.flatMap { notices($0.value) }.sorted { $0.dateISO < $1.dateISO },
            withdrawalFormURL: [WithdrawalPeriodPolicy.id, WithdrawalFunctionPolicy.id].contains { prepared.usedRules[$0] != nil }
                ? root + GeneratedFiles.withdrawalForm : nil)
    }

    /// The changes to `rule` due within `announce_days`, as the article announces them.
    private func notices(_ rule: String) -> [RuleNotice] { noticesByRule[rule] ?? [] }

    package func newsPageData(_ news: RuleNews) -> NewsPage.Content {
        func change(_ item: RuleNews.Item) -> NewsPage.Change {
            let change = item.change
            return NewsPage.Change(anchor: item.anchor, ruleID: change.id, ruleTitle: change.title,
                                   dateText: FrenchFormat.shortDate(change.date), dateISO: change.date.iso,
                                   oldWording: change.before?.wording.text ?? "", newWording: change.after.wording.text,
                                   source: change.after.source.french, sourceURL: change.after.source.url,
                                   articles: item.articles.map { Layout.Link(title: $0.title.frenchTypography, url: $0.url) })
        }
        return NewsPage.Content(asOfText: FrenchFormat.date(asOf), feedURL: baseURL + GeneratedFiles.newsFeed,
                                upcoming: news.upcoming.map(change), past: news.past.map(change))
    }

    /// A deadline calculator on the articles that explain the withdrawal period or the claim waiting period.
    private func calculators(_ prepared: PreparedArticle) -> [ArticleData.Calculator] {
        var result: [ArticleData.Calculator] = []
        if prepared.usedRules[WithdrawalPeriodPolicy.id] != nil {
            result.append(ArticleData.Calculator(id: "calcul-retractation", title: "Calculer la fin de votre délai de rétractation",
                                                 label: "Date de réception de la commande (du dernier colis)",
                                                 dataURL: root + GeneratedFiles.withdrawalData))
        }
        if prepared.usedRules[ClaimWaitingPolicy.id] != nil {
            result.append(ArticleData.Calculator(id: "calcul-reclamation", title: "Calculer quand ouvrir une réclamation",
                                                 label: "Date de validation de la commande",
                                                 dataURL: root + GeneratedFiles.claimData))
        }
        return result
    }

    package func rulesPageData(_ published: PublishedRules) -> RulesPage.Content {
        RulesPage.Content(
            asOfText: FrenchFormat.date(asOf),
            jsonURL: root + GeneratedFiles.rulesData,
            rules: published.rules.map { entry in
                let rule = entry.snapshot
                return RulesPage.Rule(id: rule.id, title: rule.title, wording: rule.wording.text, items: rule.wording.items,
                                      source: rule.source.french, sourceURL: rule.source.url,
                                      validFromText: FrenchFormat.date(rule.validFrom),
                                      articles: entry.articles.map { Layout.Link(title: $0.title.frenchTypography, url: $0.url) })
            })
    }

    private var contactFormURL: String { site.contactFormURL }
}

extension String {
    /// Titles and descriptions from front-matter and settings get the same no-break spaces as the body.
    package var frenchTypography: String { FrenchTypography.apply(self) }
}
