import Foundation
import GuichetCheck
import GuichetContent
import GuichetMarkdown
import GuichetRender
import GuichetSearch
import HelpCentreRules

/// The check step: applies the rules to every body, resolves links, related articles and aliases, and
/// collects every problem. Pure over its inputs: nothing is read or written here.
///
/// It runs in three parts, so that a build can check and render one article at a time and skip the
/// articles the build cache vouches for: `context` (the outline, from the front-matter of every file),
/// `prepare` (one article), `finish` (what needs every article: anchors, aliases, coverage).
struct SitePreparer: Sendable {
    let options: BuildOptions
    /// The settings file, as `ContentLoader.resolvedConfigFile` names it: findings about `contact_form` point there.
    let configFile: String

    /// Everything the check of one article depends on besides the article itself.
    struct Context: Sendable {
        let outline: SiteOutline
        let resolver: ReferenceResolver
        let transformer: MarkdownTransformer
        let figures: FigureCheck
        let renderer: HTMLRenderer
        /// Every article and category by content path (drafts included), for links and `related:`.
        let links: [String: PageLink]
        let categoryTitles: [String: String]
    }

    /// The outline and the check context, from the categories and the heads of every article (drafts
    /// included, in site order). Category introductions are checked here: there are few of them.
    /// `assets` are the theme's files (`style.css`), which links written as URLs may name.
    /// `unread` are the articles whose files did not read (a front-matter error): links to them resolve, so
    /// that one wrong file is one finding rather than one more per link to it.
    func context(config: SiteConfig, categories: [Category], heads: [ArticleHead], unread: [ContentFile] = [],
                 assets: some Sequence<String> = [String]()) -> (Context, [Diagnostic], CategoryResult) {
        let resolver = ReferenceResolver(book: options.book, asOf: options.asOf)
        var pages: [String: PageLink] = [:]
        for file in unread {
            pages["\(file.category)/\(file.slug).md"] = PageLink(title: file.slug, description: "", path: "\(file.category)/\(file.slug)/",
                                                                  isDraft: false, isUnread: true)
        }
        for head in heads {
            pages[head.contentPath] = PageLink(title: head.matter.title, description: head.matter.description,
                                               path: head.path, isDraft: head.matter.draft)
        }
        for category in categories {
            pages["\(category.slug)/_index.md"] = PageLink(title: category.matter.title, description: category.matter.description,
                                                           path: category.path, isDraft: false)
        }
        // Aliases as the build writes them; one that is unsafe or taken is an error of its own (checkAliases).
        let aliases = heads.flatMap { $0.matter.aliases.compactMap { AliasPath.normalise($0.value) } }
        let urls = SiteURLs(root: config.rootPath, baseURL: config.baseURL, pages: pages, assets: assets, aliases: aliases)
        let transformer = MarkdownTransformer(resolver: resolver, pages: pages, root: config.rootPath, includeDrafts: options.includeDrafts,
                                              urls: urls)
        // The rules in force, looked up once for the figure check, the coverage and the pages.
        let inForce = Dictionary(uniqueKeysWithValues: options.book.rules(on: options.asOf).map { ($0.id, $0) })
        let renderer = HTMLRenderer(allowRawHTML: config.allowRawHTML, footnoteBackReferenceLabel: "Revenir à l’appel de note")
        var diagnostics: [Diagnostic] = []
        var categoryResult = CategoryResult()
        for category in categories {
            let result = transformer.transform(category.document, source: PageSource(category: category))
            let rendered = renderer.render(result.document)
            categoryResult.diagnostics += PageOverride.apply(result.overrides, to: result.diagnostics, file: category.file)
            categoryResult.anchors += result.anchors
            categoryResult.headings["\(category.slug)/_index.md"] = Set(rendered.headings.map(\.id))
            categoryResult.prepared.append(PreparedCategory(category: category, introHTML: SafeHTML(writtenByGuichet: rendered.html),
                                                            introMarkdown: MarkdownWriter(allowRawHTML: config.allowRawHTML).write(result.document)))
        }
        let published = heads.filter { options.includeDrafts || !$0.matter.draft }
        let contactForm = contactFormURL(config, published: published, diagnostics: &diagnostics)
        // The mediator's website is a link the site shows: a closed service there is as dead as in an article.
        if let mediator = config.mediator, let service = ClosedService.match(mediator.website) {
            diagnostics.append(.error(.closedService, configFile, mediator.websitePosition,
                                      "the mediator's website '\(mediator.website)': \(service.why)",
                                      fix: "write the website of the consumer mediator you have appointed"))
        }
        let outline = SiteOutline(config: config, categories: categoryResult.prepared, articles: published, rules: inForce,
                                  contactFormURL: contactForm)
        let context = Context(outline: outline, resolver: resolver, transformer: transformer, figures: FigureCheck(rules: inForce),
                              renderer: renderer, links: pages,
                              categoryTitles: Dictionary(uniqueKeysWithValues: categories.map { ($0.slug, $0.matter.title) }))
        return (context, diagnostics, categoryResult)
    }

    /// The category introductions after their check.
    struct CategoryResult: Sendable {
        var prepared: [PreparedCategory] = []
        var diagnostics: [Diagnostic] = []
        var anchors: [AnchorCheck] = []
        var headings: [String: Set<String>] = [:]
    }

    /// Checks one article and renders its body. `parseDiagnostics` are those found when it was read; they
    /// are kept with the rest, so that a cached article reports them again. `body` is the tree the HTML is
    /// rendered from (references resolved, links rewritten), for the article's Markdown twin.
    func prepare(_ article: Article, in context: Context, parseDiagnostics: [Diagnostic] = [])
        -> (prepared: PreparedArticle, bodyHTML: SafeHTML, body: MarkdownDocument) {
        let document = article.document
        let result = context.transformer.transform(document, source: PageSource(article: article))
        let rendered = context.renderer.render(result.document)
        var found = parseDiagnostics + result.diagnostics
        var mistyped = result.diagnostics.filter { $0.code == .unknownReference }.compactMap(\.rule)
        // A reference left open or nested names its rule in its line's text: the words after each `{{`.
        for finding in result.diagnostics where finding.code == .malformedReference {
            let index = finding.line - article.bodyLine
            guard article.bodyLines.indices.contains(index) else { continue }
            let line = article.bodyLines[index]
            mistyped += line.split(separator: "{{").dropFirst()
                .compactMap { $0.split(whereSeparator: { $0.isWhitespace || $0 == "}" }).first.map(String.init) }
            // Nested (`{{ withdrawal.{{ period }} }}`): the id is whole once the braces and spaces are gone.
            let compact = String(line.filter { $0 != "{" && $0 != "}" && !$0.isWhitespace })
            mistyped += article.matter.rules.map(\.value).filter { compact.contains($0) }
        }
        found += frontMatterRules(article, resolver: context.resolver, used: result.usedRules, mistyped: mistyped)
        found += context.figures.check(article, document: document)
        found += reviewDate(article, maxAgeMonths: context.outline.config.reviewMaxAgeMonths)
        found = PageOverride.apply(result.overrides, to: found, file: article.file)
        let related = relatedPaths(article, pages: context.links, diagnostics: &found)
        let category = context.categoryTitles[article.category] ?? article.category
        let cited = Set(article.matter.rules.map(\.value)).union(result.usedRules.keys).sorted()
        let intents = SearchIntent.of(hasSteps: ByteSearch.contains("<ol", in: rendered.html), rules: cited.compactMap { context.outline.rules[$0] })
        let body = result.document.root.plainText
        let terms = SearchTermScorer.terms([(article.matter.title, .title), (article.matter.description, .description),
                                            (rendered.headings.map(\.text).joined(separator: " "), .heading),
                                            (category, .category), (body, .body), (article.slug, .slug)],
                                           marks: intents.map(\.rawValue))
        let prepared = PreparedArticle(article: article.head, headings: rendered.headings, related: related,
                                       usedRules: result.usedRules, diagnostics: found.sorted(), anchors: result.anchors,
                                       searchTerms: terms, searchExcerpt: SearchIndex.excerpt(body))
        return (prepared, SafeHTML(writtenByGuichet: rendered.html), result.document)
    }

    /// The checks that need every article: anchors against every page's headings, aliases, coverage.
    /// `articles` are every article's results (drafts included), in the order of `heads`.
    func finish(_ context: Context, categories: CategoryResult, heads: [ArticleHead], articles: [PreparedArticle]) -> PreparedSite {
        var diagnostics = categories.diagnostics
        var anchors = categories.anchors
        var headings = categories.headings
        // Every article by its path; only the pages an anchor points to have their headings gathered below:
        // a set of headings per article was most of these checks at 10,000 articles, and few pages are
        // linked to with an anchor.
        var byPath: [String: PreparedArticle] = [:]
        byPath.reserveCapacity(articles.count)
        var published: [PreparedArticle] = []
        for prepared in articles {
            byPath[prepared.article.contentPath] = prepared
            // A draft left out of the build is left out of its report too: its findings would block a
            // site that does not show it. `--drafts` (and the preview with it) reports them.
            guard options.includeDrafts || !prepared.article.matter.draft else { continue }
            diagnostics += prepared.diagnostics
            anchors += prepared.anchors
            published.append(prepared)
        }
        for target in Set(anchors.map(\.target)) {
            if let prepared = byPath[target] { headings[target] = Set(prepared.headings.map(\.id)) }
        }
        for check in anchors where !(headings[check.target]?.contains(check.anchor) ?? true) {
            let suggestion = Suggestion.closest(to: check.anchor, in: (headings[check.target] ?? []).sorted())
            diagnostics.append(.error(.brokenAnchor, check.file, check.position,
                "'#\(check.anchor)' is not a heading of \(check.target)",
                fix: suggestion.map { "did you mean '#\($0)'?" } ?? "link to one of its headings, or to the page without '#'"))
        }
        let aliases = checkAliases(categories: context.outline.categories.map(\.category), heads: heads,
                                   published: published, diagnostics: &diagnostics)
        diagnostics += coverage(published.filter { !$0.article.matter.draft }, inForce: context.outline.rules)
        return PreparedSite(outline: context.outline, articles: published, aliases: aliases, diagnostics: diagnostics.sorted())
    }

    /// guichet.yml's `contact_form`: a URL as is, or a published article's path made its page URL;
    /// resolved once here for every page (the contact block and the feedback link show it).
    private func contactFormURL(_ config: SiteConfig, published: [ArticleHead], diagnostics: inout [Diagnostic]) -> String {
        let form = config.contactForm
        if ContentPath.hasScheme(form) || form.hasPrefix("/") { return form }
        if let article = published.first(where: { $0.contentPath == form && !$0.matter.draft }) {
            return config.rootPath + article.path
        }
        let origin = config.given.contains("contact_form") ? ""
            : FileManager.default.fileExists(atPath: configFile) ? " (default)" : " (default; there is no guichet.yml)"
        diagnostics.append(Diagnostic(.error, .invalidConfig, file: configFile, line: 0, column: 0,
            message: "contact_form\(origin) '\(form)' is neither a URL nor a published article under the content folder",
            fix: "set contact_form to https://… or to the path of the contact article, such as contact/formulaire-de-contact.md"))
        return "/"
    }

    /// A review cannot be in the future; an old one is worth a look.
    private func reviewDate(_ article: Article, maxAgeMonths: Int) -> [Diagnostic] {
        guard let reviewed = article.matter.reviewed else { return [] }
        // Today, not --as-of: a review is a fact of the past, whatever date the site is built for.
        let today = options.today
        if reviewed.value > today {
            return [.error(.futureReview, article.file, reviewed.position,
                           "review date \(reviewed.value.iso) is after today (\(today.iso))",
                           fix: "write the date of the last review that took place")]
        }
        let months = (today.year - reviewed.value.year) * 12 + today.month - reviewed.value.month
            - (today.day < reviewed.value.day ? 1 : 0)
        if months >= maxAgeMonths {
            return [.warning(.staleReview, article.file, reviewed.position,
                             "last reviewed \(reviewed.value.iso), more than \(maxAgeMonths) months ago",
                             fix: "review the article and update 'reviewed:'")]
        }
        return []
    }

    /// Every rule of the book should be explained by at least one published article.
    private func coverage(_ published: [PreparedArticle], inForce: [String: RuleSnapshot]) -> [Diagnostic] {
        let used = Set(published.flatMap { $0.usedRules.keys })
        return options.book.ruleIDs.filter { inForce[$0] != nil && !used.contains($0) }.map { rule in
            Diagnostic(.warning, .uncoveredRule, file: options.contentDirectory, line: 0, column: 0,
                       message: "no published article refers to rule '\(rule)'",
                       fix: "explain it in an article with '{{ \(rule) }}'", rule: rule)
        }
    }

    /// Each id of `rules:` must exist; a declared rule the body never uses is worth a warning, unless a
    /// reference the body mistyped (`mistyped`, reported already) was meant for it: one typo, one finding.
    private func frontMatterRules(_ article: Article, resolver: ReferenceResolver, used: [String: [SourcePoint]],
                                  mistyped: [String] = []) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in article.matter.rules {
            if resolver.snapshot(rule.value) == nil {
                let suggestion = Suggestion.closest(to: rule.value, in: options.book.ruleIDs)
                found.append(.error(.unknownReference, article.file, rule.position, "unknown rule '\(rule.value)' in 'rules:'",
                                    fix: suggestion.map { "did you mean '\($0)'?" } ?? "run 'guichet rules' for the list of ids",
                                    rule: rule.value))
            } else if used[rule.value] == nil, !mistyped.contains(where: { Self.couldMean($0, rule.value) }) {
                found.append(Diagnostic.warning(.unusedRule, article.file, rule.position,
                    "rule '\(rule.value)' is listed but the body never refers to it",
                    fix: "refer to it with '{{ \(rule.value) }}' or remove it from 'rules:'", rule: rule.value)
                    .with(CertainEdit(removeRule: rule.value)))
            }
        }
        return found
    }

    /// Whether the mistyped reference `written` (`withdrawl.period`, `withdrawal.periode.value`) was likely
    /// meant for `rule`: its first segments, as many as the rule has, are a typo of the rule's id.
    static func couldMean(_ written: String, _ rule: String) -> Bool {
        let segments = rule.split(separator: ".").count
        let start = written.split(separator: ".").prefix(segments).joined(separator: ".")
        return Suggestion.closest(to: start, in: [rule]) != nil
    }

    private func relatedPaths(_ article: Article, pages: [String: PageLink], diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        for entry in article.matter.related {
            guard let target = ContentPath.resolve(entry.value, from: article.contentPath), let page = pages[target],
                  target.hasSuffix(".md"), !target.hasSuffix("_index.md") else {
                let suggestion = ContentPath.resolve(entry.value, from: article.contentPath)
                    .flatMap { Suggestion.closest(to: $0, in: pages.keys.filter { !$0.hasSuffix("_index.md") }.sorted()) }
                    .map { ContentPath.relative(from: article.contentPath, to: $0) }
                diagnostics.append(.error(.brokenLink, article.file, entry.position, "related article '\(entry.value)' does not exist",
                                          fix: suggestion.map { "did you mean '\($0)'?" } ?? "give the path of an article's .md file, relative to this one"))
                continue
            }
            if page.isDraft && !article.matter.draft && !options.includeDrafts {
                diagnostics.append(.error(.linkToDraft, article.file, entry.position, "related article '\(entry.value)' is a draft",
                                          fix: "publish it or remove it from 'related:'"))
                continue
            }
            result.append(target)
        }
        return result
    }

    /// Aliases are old URLs: site-absolute, safe characters only, and never the URL of a real page or of
    /// another alias.
    private func checkAliases(categories: [Category], heads: [ArticleHead], published: [PreparedArticle],
                              diagnostics: inout [Diagnostic]) -> [(from: String, to: String)] {
        // Most sites have few aliases, or none: the pages' addresses are gathered only when there is one.
        guard heads.contains(where: { !$0.matter.aliases.isEmpty }) else { return [] }
        var taken: [String: String] = ["": "the home page"]
        // Files and folders the build writes itself.
        for generated in GeneratedFiles.rootFiles + GeneratedFiles.folders {
            taken[generated + "/"] = "a file the build generates (\(generated))"
        }
        for category in categories { taken[category.path] = category.file }
        for article in heads { taken[article.path] = article.file }
        let publishedPaths = Set(published.map(\.article.path))
        var aliases: [(String, String)] = []
        for article in heads {
            for alias in article.matter.aliases {
                guard let path = AliasPath.normalise(alias.value) else {
                    diagnostics.append(.error(.unsafePath, article.file, alias.position,
                        "alias '\(alias.value)' is not a safe site path",
                        fix: "write it as /old-path/ with lowercase letters, digits, hyphens and slashes, no '..'"))
                    continue
                }
                let firstSegment = String(path.prefix { $0 != "/" }) + "/"
                if let owner = taken[path] ?? (GeneratedFiles.folders.contains(String(firstSegment.dropLast())) ? taken[firstSegment] : nil) {
                    diagnostics.append(.error(.duplicateURL, article.file, alias.position,
                        "alias '\(alias.value)' is already the address of \(owner)",
                        fix: "remove the alias, or choose another old address"))
                    continue
                }
                taken[path] = article.file
                if publishedPaths.contains(article.path) { aliases.append((path, article.path)) }
            }
        }
        return aliases
    }
}
