import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// Builds each page's template value (the types of ThemeContract/, documented in docs/themes.md) and renders
/// it with the theme. Everything the theme shows is computed here; what each key means is declared there.
struct PageRenderer: Sendable {
    let site: SiteOutline
    let theme: Theme
    let asOf: LocalDate
    let book: RuleBook
    /// Absolute base URL ending with `/`, and its path.
    let baseURL: String
    let root: String
    let assetURLs: [String: String]
    /// `accessibilite.yml`, when the site has one.
    let audit: AccessibilityAudit?
    /// Published articles by content path, for related links: built once, not once per page.
    private let articlesByPath: [String: ArticleHead]
    /// What every page shows the same way, computed once rather than for each of thousands of pages.
    private let sitewide: Sitewide
    /// The changes due within `announce_days`, by rule, as notices: the same for every article that uses the rule.
    private let noticesByRule: [String: [RuleNotice]]

    private struct Sitewide: Sendable {
        let title: String
        let description: String
        let organization: JSONLD.Node
        let contact: Layout.Contact
        let footerLinks: [Layout.Link]
    }

    init(site: SiteOutline, theme: Theme, asOf: LocalDate, book: RuleBook, baseURL: String, root: String,
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

    enum Page: Sendable {
        case home
        case category(Int)
        case article(PreparedArticle, bodyHTML: SafeHTML)
        case notFound
        case rules(Computed<PublishedRules>)
        case news(Computed<RuleNews>)
        case accessibility
        case withdrawalForm
        case legalNotice
        case alias(from: String, to: String)
    }

    // MARK: - Pages

    /// Where `page` is written, without rendering it.
    func path(of page: Page) -> String {
        switch page {
        case .home: "index.html"
        case .category(let index): site.categories[index].category.path + "index.html"
        case .article(let prepared, _): prepared.article.path + "index.html"
        case .notFound: GeneratedFiles.notFound
        case .rules: GeneratedFiles.rulesPage
        case .news: GeneratedFiles.newsPage
        case .accessibility: GeneratedFiles.accessibilityPage
        case .withdrawalForm: GeneratedFiles.withdrawalForm
        case .legalNotice: GeneratedFiles.legalNotice
        case .alias(let from, _): from + "index.html"
        }
    }

    func render(_ page: Page) -> (path: String, html: String?) {
        switch page {
        case .home:
            let layout = self.layout(title: sitewide.title, description: sitewide.description, path: "", kind: "home")
            return (path(of: page), theme.render(HomePage(layout: layout, categories: site.categories.map(categoryData))))
        case .category(let index):
            let category = site.categories[index]
            let title = category.category.matter.title.frenchTypography
            let layout = self.layout(title: title, description: category.category.matter.description.frenchTypography,
                                     path: category.category.path, kind: "category", breadcrumbs: [(title, category.category.path)])
            return (path(of: page), theme.render(CategoryPage(layout: layout, category: categoryData(category))))
        case .article(let prepared, let bodyHTML):
            let article = prepared.article
            let category = site.categories.first { $0.category.slug == article.category }?.category
            let (title, description) = (article.matter.title.frenchTypography, article.matter.description.frenchTypography)
            let trail = [(category?.matter.title.frenchTypography ?? article.category, article.category + "/"), (title, article.path)]
            let graph = [JSONLD.article(title: title, description: description, url: baseURL + article.path,
                                        reviewed: article.matter.reviewed?.value, organization: baseURL)]
            let layout = self.layout(title: title, description: description, path: article.path,
                                     kind: "article", breadcrumbs: trail, extraGraph: graph)
            let data = articleData(prepared, title: title, description: description, bodyHTML: bodyHTML, category: category)
            return (path(of: page), theme.render(ArticlePage(layout: layout, article: data)))
        case .notFound:
            let layout = self.layout(title: "Page introuvable", description: "Cette page n’existe pas ou a été déplacée.",
                                     path: GeneratedFiles.notFound, kind: "404")
            return (path(of: page), theme.render(NotFoundPage(layout: layout)))
        case .rules(let published):
            let title = "Nos engagements et délais"
            let description = "Les délais, horaires et conditions du centre d’aide, avec leur source."
            let layout = self.layout(title: title, description: description, path: GeneratedFiles.rulesPage, kind: "rules",
                                     breadcrumbs: [(title, GeneratedFiles.rulesPage)])
            return (path(of: page), theme.render(RulesPage(layout: layout, rulesPage: rulesPageData(published.get))))
        case .news(let news):
            let title = "Nouveautés"
            let description = "Les changements de nos délais, horaires et conditions : ceux à venir et ceux des douze derniers mois."
            let layout = self.layout(title: title, description: FrenchTypography.apply(description), path: GeneratedFiles.newsPage,
                                     kind: "news", breadcrumbs: [(title, GeneratedFiles.newsPage)])
            return (path(of: page), theme.render(NewsPage(layout: layout, newsPage: newsPageData(news.get))))
        case .accessibility:
            let title = "Déclaration d’accessibilité"
            let description = FrenchTypography.apply("L’état de conformité de ce centre d’aide au RGAA : ce qui est accessible, ce qui ne l’est pas, et comment nous le signaler.")
            let layout = self.layout(title: title, description: description, path: GeneratedFiles.accessibilityPage,
                                     kind: "accessibility", breadcrumbs: [(title, GeneratedFiles.accessibilityPage)])
            let statement = AccessibilityPage.Statement(
                siteTitle: sitewide.title, publisher: site.config.legal?.company ?? sitewide.title, audit: audit,
                contactURL: audit?.contact ?? contactFormURL)
            return (path(of: page), theme.render(AccessibilityPage(layout: layout, statement: statement)))
        case .withdrawalForm:
            let title = "Formulaire de rétractation"
            let description = "Le modèle de formulaire de rétractation du Code de la consommation, à imprimer et à envoyer au vendeur."
            let layout = self.layout(title: title, description: description, path: GeneratedFiles.withdrawalForm,
                                     kind: "withdrawal-form", breadcrumbs: [(title, GeneratedFiles.withdrawalForm)])
            let function = book.withdrawalFunction.inForce(on: asOf)
            let form = WithdrawalFormPage.Form(periodText: book.withdrawalPeriod.inForce(on: asOf)?.wording.text ?? "",
                                               functionText: function?.onlineFunctionRequired == true ? function?.wording.text ?? "" : "")
            return (path(of: page), theme.render(WithdrawalFormPage(layout: layout, form: form)))
        case .legalNotice:
            let title = "Mentions légales"
            let description = FrenchTypography.apply("Qui publie ce centre d’aide, qui l’héberge, et le médiateur de la consommation que vous pouvez saisir.")
            let layout = self.layout(title: title, description: description, path: GeneratedFiles.legalNotice,
                                     kind: "legal-notice", breadcrumbs: [(title, GeneratedFiles.legalNotice)])
            let notice = LegalNoticePage.Notice(site.config.legal, mediator: sitewide.contact.mediator)
            return (path(of: page), theme.render(LegalNoticePage(layout: layout, notice: notice)))
        case .alias(_, let to):
            // Where an alias leads comes from an article's head (its `aliases:`), read before this page was
            // asked for: said here, so that a build keeps this page only while the heads are unchanged.
            ArticleReads.note(.head)
            // The page is the target's, so that `page.canonical_url` names where the reader is sent.
            let layout = self.layout(title: sitewide.title, description: sitewide.description, path: to, kind: "alias")
            return (path(of: page), theme.render(AliasPage(layout: layout, target: root + to, canonicalTarget: baseURL + to)))
        }
    }

    // MARK: - Markdown twins

    /// An article's Markdown twin, from the tree its page's body is rendered from.
    func markdownTwin(of prepared: PreparedArticle, body: MarkdownDocument) -> String {
        MarkdownTwin.article(prepared, body: body, site: site, baseURL: baseURL, root: root, asOf: asOf)
    }

    /// The Markdown twin of a site-wide page, or nil for a page without one.
    func markdownTwin(of page: Page) -> String? {
        switch page {
        case .home: MarkdownTwin.home(site: site, baseURL: baseURL, root: root)
        case .category(let index): MarkdownTwin.category(site.categories[index], site: site, baseURL: baseURL, root: root)
        case .rules(let published): MarkdownTwin.rules(published.get, asOf: asOf, baseURL: baseURL, root: root)
        case .news(let news): MarkdownTwin.news(news.get, baseURL: baseURL)
        case .article, .notFound, .accessibility, .withdrawalForm, .legalNotice, .alias: nil
        }
    }

    // MARK: - Data

    private func layout(title: String, description: String, path: String, kind: String,
                        breadcrumbs trail: [(String, String)] = [], extraGraph: [JSONLD.Node] = []) -> Layout {
        let twinURL = MarkdownTwin.pageKinds.contains(kind) ? root + MarkdownTwin.path(of: path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path) : ""
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

    private func categoryData(_ prepared: PreparedCategory) -> CategorySummary {
        let category = prepared.category
        return CategorySummary(
            title: category.matter.title.frenchTypography, description: category.matter.description.frenchTypography,
            url: root + category.path, icon: category.matter.icon, introHTML: prepared.introHTML,
            articles: site.articles.filter { $0.category == category.slug }.map { article in
                CategorySummary.Card(title: article.matter.title.frenchTypography, description: article.matter.description.frenchTypography,
                                     url: root + article.path, audienceLabel: article.matter.audience.label)
            })
    }

    private func articleData(_ prepared: PreparedArticle, title: String, description: String, bodyHTML: SafeHTML,
                             category: Category?) -> ArticleData {
        let article = prepared.article
        return ArticleData(
            title: title, description: description, bodyHTML: bodyHTML,
            toc: prepared.headings.filter { $0.level == 2 || $0.level == 3 }.map { ArticleData.Heading(id: $0.id, text: $0.text, level: $0.level) },
            related: prepared.related.compactMap { articlesByPath[$0] }.map {
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

    private func newsPageData(_ news: RuleNews) -> NewsPage.Content {
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

    private func rulesPageData(_ published: PublishedRules) -> RulesPage.Content {
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

private extension String {
    /// Titles and descriptions from front-matter and settings get the same no-break spaces as the body.
    var frenchTypography: String { FrenchTypography.apply(self) }
}
