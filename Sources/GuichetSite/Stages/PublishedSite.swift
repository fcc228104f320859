import Foundation
import GuichetContent

/// Stage "publish": the site is the output now; what is left is to remember this build for the next one.
struct PublishedSite: Sendable {
    let rendered: RenderedSite
    /// Every file of the published site (path under the output → hash): what the cache records of the output.
    let files: [String: String]
    var report: SiteBuilder.Report

    /// Step "save the cache": the record of this build, for the next one. The site is published already: a
    /// failure only costs the next build its speed, and is a warning.
    func saveCache() -> SiteBuilder.Report {
        var report = self.report
        let articles = rendered.checked.articles
        let outlined = articles.outlined
        let (options, cache) = (outlined.setting.options, outlined.cache)
        let store = CacheStore(options)
        guard store.keepsAnything else { return report }
        let started = outlined.setting.started
        let sources = outlined.read.record.sources.mapValues { source in
            // A stamp taken less than the file system's resolution before the build may hide a later write.
            BuildCache.Source(stamp: source.stamp.flatMap { $0.isSettled(before: started) ? $0 : nil }, hash: source.hash)
        }
        var record = BuildCache(output: BuildCache.absolute(options.outputDirectory), settings: cache.settings,
                                context: outlined.contextKey, sources: sources,
                                articles: Dictionary(articles.prepared.map { ($0.article.file, $0) }, uniquingKeysWith: { first, _ in first }),
                                files: files,
                                diagnostics: report.diagnostics, pages: report.pagesWritten, articleCount: report.articleCount)
        let postings = rendered.search.postings
        // Postings made now are named by this build's generation; a search folder kept keeps the last ones.
        record.search = postings != nil ? rendered.search.generation : (rendered.searchKept ? cache.previousSearchGeneration : nil)
        record.reads = rendered.siteWideReads
        do throws(SiteError) {
            try store.keep(record, output: options.outputDirectory, postings: postings, rewritten: articles.rewritten,
                           previous: cache.previousLog, ahead: { renderAhead })
        } catch {
            report.diagnostics.append(Diagnostic(.warning, .cacheNotSaved, file: error.path, line: 0, column: 0,
                message: "the build cache could not be saved (\(error.description)); the next build will redo everything",
                fix: "check that the cache folder is writable and the disk has room, or pass --cache DIR"))
        }
        return report
    }

    /// What this build leaves for rendering an edited article's pages before the next build (the preview).
    var renderAhead: RenderAhead? {
        let outlined = rendered.checked.articles.outlined
        guard let renderer = rendered.checked.articles.output?.renderer else { return nil }
        var known: [String: (file: ContentFile, head: ArticleHead, hash: String)] = [:]
        for input in outlined.read.articles {
            if let head = input.head, let hash = input.hash { known[input.file.path] = (input.file, head, hash) }
        }
        let setting = outlined.setting
        return RenderAhead(output: setting.options.outputDirectory, preparer: setting.preparer, context: outlined.context,
                           renderer: renderer, loader: setting.loader, articles: known, includeDrafts: setting.options.includeDrafts)
    }
}
