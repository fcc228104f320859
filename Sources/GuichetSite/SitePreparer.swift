import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// The check step: applies the rules to every body, resolves links, related articles and aliases, and
/// collects every problem. Pure over its inputs: nothing is read or written here.
struct SitePreparer: Sendable {
    let options: BuildOptions

    func prepare(_ content: ContentSite) -> PreparedSite {
        let resolver = ReferenceResolver(book: options.book, asOf: options.asOf)
        let root = content.config.rootPath
        var pages: [String: PageLink] = [:]
        for article in content.articles {
            pages[article.contentPath] = PageLink(title: article.matter.title, description: article.matter.description,
                                                  path: article.path, isDraft: article.matter.draft)
        }
        for category in content.categories {
            pages["\(category.slug)/_index.md"] = PageLink(title: category.matter.title, description: category.matter.description,
                                                           path: category.path, isDraft: false)
        }
        let links = pages
        let transformer = MarkdownTransformer(resolver: resolver, pages: pages, root: root, includeDrafts: options.includeDrafts)
        // The rules in force, looked up once for the figure check, the coverage and the pages.
        let inForce = Dictionary(uniqueKeysWithValues: options.book.rules(on: options.asOf).map { ($0.id, $0) })
        let figures = FigureCheck(rules: inForce)
        let renderer = HTMLRenderer(allowRawHTML: content.config.allowRawHTML,
                                    footnoteBackReferenceLabel: "Revenir à l’appel de note")
        var diagnostics: [Diagnostic] = []

        // Bodies are independent of each other: transform and render them on every core.
        let articleResults = content.articles.parallelMap { article -> (PreparedArticle, [Diagnostic], [AnchorCheck]) in
            let result = transformer.transform(article.document, source: PageSource(article: article))
            let rendered = renderer.render(result.document)
            var found = result.diagnostics
            found += frontMatterRules(article, resolver: resolver, used: result.usedRules)
            found += figures.check(article)
            found += reviewDate(article, maxAgeMonths: content.config.reviewMaxAgeMonths)
            let related = relatedPaths(article, pages: links, diagnostics: &found)
            let prepared = PreparedArticle(article: article, bodyHTML: rendered.html, headings: rendered.headings,
                                           bodyText: result.document.root.plainText, related: related,
                                           usedRules: result.usedRules)
            return (prepared, found, result.anchors)
        }
        var categories: [PreparedCategory] = []
        var anchors: [AnchorCheck] = []
        var headings: [String: Set<String>] = [:]
        for category in content.categories {
            let result = transformer.transform(category.document, source: PageSource(category: category))
            let rendered = renderer.render(result.document)
            diagnostics += result.diagnostics
            anchors += result.anchors
            headings["\(category.slug)/_index.md"] = Set(rendered.headings.map(\.id))
            categories.append(PreparedCategory(category: category, introHTML: rendered.html))
        }
        var articles: [PreparedArticle] = []
        for (prepared, found, checks) in articleResults {
            diagnostics += found
            anchors += checks
            headings[prepared.article.contentPath] = Set(prepared.headings.map(\.id))
            if options.includeDrafts || !prepared.article.matter.draft { articles.append(prepared) }
        }
        for check in anchors where !(headings[check.target]?.contains(check.anchor) ?? true) {
            let suggestion = Suggestion.closest(to: check.anchor, in: (headings[check.target] ?? []).sorted())
            diagnostics.append(.error(.brokenAnchor, check.file, check.position,
                "'#\(check.anchor)' is not a heading of \(check.target)",
                fix: suggestion.map { "did you mean '#\($0)'?" } ?? "link to one of its headings, or to the page without '#'"))
        }
        let aliases = checkAliases(content, published: articles, diagnostics: &diagnostics)
        diagnostics += coverage(articles.filter { !$0.article.matter.draft }, inForce: inForce)
        return PreparedSite(config: content.config, categories: categories, articles: articles, aliases: aliases,
                            diagnostics: diagnostics.sorted(), rules: inForce)
    }

    /// A review cannot be in the future; an old one is worth a look.
    private func reviewDate(_ article: Article, maxAgeMonths: Int) -> [Diagnostic] {
        guard let reviewed = article.matter.reviewed else { return [] }
        if reviewed.value > options.asOf {
            return [.error(.futureReview, article.file, reviewed.position,
                           "review date \(reviewed.value.iso) is after today (\(options.asOf.iso))",
                           fix: "write the date of the last review that took place")]
        }
        let months = (options.asOf.year - reviewed.value.year) * 12 + options.asOf.month - reviewed.value.month
            - (options.asOf.day < reviewed.value.day ? 1 : 0)
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

    /// Each id of `rules:` must exist; a declared rule the body never uses is worth a warning.
    private func frontMatterRules(_ article: Article, resolver: ReferenceResolver, used: [String: [SourcePoint]]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in article.matter.rules {
            if resolver.snapshot(rule.value) == nil {
                let suggestion = Suggestion.closest(to: rule.value, in: options.book.ruleIDs)
                found.append(.error(.unknownReference, article.file, rule.position, "unknown rule '\(rule.value)' in 'rules:'",
                                    fix: suggestion.map { "did you mean '\($0)'?" } ?? "run 'guichet rules' for the list of ids",
                                    rule: rule.value))
            } else if used[rule.value] == nil {
                found.append(.warning(.unusedRule, article.file, rule.position,
                    "rule '\(rule.value)' is listed but the body never refers to it",
                    fix: "refer to it with '{{ \(rule.value) }}' or remove it from 'rules:'", rule: rule.value))
            }
        }
        return found
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
    private func checkAliases(_ content: ContentSite, published: [PreparedArticle],
                              diagnostics: inout [Diagnostic]) -> [(from: String, to: String)] {
        var taken: [String: String] = ["": "the home page"]
        // Files and folders the build writes itself.
        for generated in ["404.html", "regles.html", "regles.json", "sitemap.xml", "robots.txt", "search-index.json",
                          "assets", "donnees"] {
            taken[generated + "/"] = "a file the build generates (\(generated))"
        }
        for category in content.categories { taken[category.path] = category.file }
        for article in content.articles { taken[article.path] = article.file }
        let publishedPaths = Set(published.map(\.article.path))
        var aliases: [(String, String)] = []
        for article in content.articles {
            for alias in article.matter.aliases {
                guard let path = AliasPath.normalise(alias.value) else {
                    diagnostics.append(.error(.unsafePath, article.file, alias.position,
                        "alias '\(alias.value)' is not a safe site path",
                        fix: "write it as /old-path/ with lowercase letters, digits, hyphens and slashes, no '..'"))
                    continue
                }
                let firstSegment = String(path.prefix { $0 != "/" }) + "/"
                if let owner = taken[path] ?? (["assets/", "donnees/"].contains(firstSegment) ? taken[firstSegment] : nil) {
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

/// The path of an alias page under the output folder, or nil when it is unsafe.
enum AliasPath {
    static func normalise(_ alias: String) -> String? {
        guard alias.hasPrefix("/") else { return nil }
        let segments = alias.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty, segments.allSatisfy({ segment in
            segment != "." && segment != ".." && segment.allSatisfy {
                $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".")
            }
        }) else { return nil }
        return segments.joined(separator: "/") + "/"
    }
}
