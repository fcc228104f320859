import Foundation
import GuichetContent

extension BuildRun {
    /// Step "outline": what every page shows (settings, categories, every article's head), checked; and the
    /// theme, whose templates are checked against the pages they render.
    mutating func outline() {
        // The theme first: links may name its assets. Its fingerprint is part of the settings', so the
        // cache keeps no article checked against other assets.
        if readsTheme {
            let (theme, themeFindings) = Theme.load(themesDirectory: options.themesDirectory, name: config.theme)
            (self.theme, diagnostics) = (theme, diagnostics + themeFindings)
        }
        let (context, found, categoryResult) = preparer.context(config: config, categories: categories, heads: heads,
                                                                assets: theme?.assets.keys.sorted() ?? [])
        (self.context, self.categoryResult) = (context, categoryResult)
        diagnostics += found
        contextKey = BuildCache.context(settings: cache.settings, categories: readRecord.categoryHashes, heads: heads)
        cache.outline(is: contextKey)
    }

    /// Opens the staging folder (a build only) and copies the theme's assets into it: pages name them with
    /// their content hash, so the renderer needs them first.
    mutating func stageAssets() throws(SiteError) {
        let writer = OutputWriter(output: options.outputDirectory, sink: options.fileSink, previous: cache.previousFiles)
        try writer.begin()
        self.writer = writer
        let root = config.rootPath
        var assetURLs: [String: String] = [:]
        for (name, data) in (theme?.assets ?? [:]).sorted(by: { $0.key < $1.key }) {
            written.append(try writer.write(GeneratedFiles.assetsFolder + "/" + name, data))
            assetURLs[name] = root + GeneratedFiles.assetsFolder + "/" + name + "?v=" + ContentHash.hex(data)
        }
        guard let theme, let outline = context?.outline else { return }
        renderer = PageRenderer(site: outline, theme: theme, asOf: options.asOf, book: options.book,
                                baseURL: outline.config.baseURL, root: outline.config.rootPath, assetURLs: assetURLs, audit: audit)
    }

    /// Step "check and render each article", on every core: an article the cache vouches for keeps its
    /// check and its page; any other is read again, checked, and (a build only) rendered into the staging folder.
    mutating func checkAndRenderArticles() throws(SiteError) {
        let run = self
        let results = articles.parallelMap { run.checkAndRender($0) }
        for result in results {
            switch result {
            case .kept(let article, let files):
                prepared.append(article)
                written += files
            case .checked(let article, let files):
                prepared.append(article)
                written += files
                checkedCount += 1
                // A draft left out of this build is checked for the cache only: the summary does not count it.
                if !options.includeDrafts && article.article.matter.draft { draftsChecked += 1 }
                rewritten.insert(article.article.file)
                cache.checked(article)
            case .changedDuringBuild(let diagnostic):
                diagnostics.append(diagnostic)
                interrupted = true
            case .failed(let error):
                throw error
            }
        }
    }

    /// What the step did with one article.
    enum ArticleResult: Sendable {
        /// The cache vouched for it: its last check, and its page and Markdown twin as the last build wrote them.
        case kept(PreparedArticle, [OutputWriter.Written])
        /// Checked now, its page and twin written to the staging folder (none for a draft, or in a check).
        case checked(PreparedArticle, [OutputWriter.Written])
        /// Its bytes are no longer those read at the start of the build.
        case changedDuringBuild(Diagnostic)
        case failed(SiteError)
    }

    func checkAndRender(_ input: SourceInput) -> ArticleResult {
        let head = input.head!
        let published = options.includeDrafts || !head.matter.draft
        let pagePath = head.path + "index.html", twinPath = MarkdownTwin.path(of: head.path + "index.html")
        if let memo = cache.keeps(input) {
            if !published { return .kept(memo, []) }
            // The page and its twin show the same article and outline: both kept, or both made again.
            if let writer, let page = writer.keep(pagePath), let twin = writer.keep(twinPath) { return .kept(memo, [page, twin]) }
        }
        guard let (article, parseDiagnostics) = input.article(loader: loader), let context else {
            return .changedDuringBuild(.error(.unreadableFile, input.file.file, .fileStart,
                                              "the file changed or disappeared during the build",
                                              fix: "run the build again once the file is saved"))
        }
        let (prepared, bodyHTML, body) = preparer.prepare(article, in: context, parseDiagnostics: parseDiagnostics)
        guard published, let renderer, let writer else { return .checked(prepared, []) }
        let page = ArticleSitePage(prepared: prepared, bodyHTML: bodyHTML, body: body)
        let (path, html) = renderer.render(page)
        guard let html, let twin = page.twin(with: renderer) else {
            return .failed(SiteError(.cannotWrite, path: path, underlying: TemplateMissing()))
        }
        do throws(SiteError) {
            return .checked(prepared, [try writer.write(path, Data(html.utf8)), try writer.write(twinPath, Data(twin.utf8))])
        } catch {
            return .failed(error)
        }
    }
}
