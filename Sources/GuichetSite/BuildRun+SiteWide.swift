import Foundation
import GuichetContent

extension BuildRun {
    /// Step "site-wide checks": what needs every article (anchors, aliases, coverage), and the report.
    mutating func siteWideChecks() {
        guard let context, let categoryResult else { return }
        let site = preparer.finish(context, categories: categoryResult, heads: heads, articles: prepared)
        self.site = site
        diagnostics = (diagnostics + site.diagnostics).sorted()
        if options.unfinishedIsError {
            diagnostics = diagnostics.map { $0.code == .notReady && $0.severity == .warning ? $0.as(.error) : $0 }
        }
        report = SiteBuilder.Report(diagnostics: diagnostics, sources: Self.sources(of: diagnostics, known: sources),
                                    articles: site.articles.map {
            SiteBuilder.ArticleSummary(file: $0.article.file, path: $0.article.path, title: $0.article.matter.title, isDraft: $0.article.matter.draft,
                                       usedRules: $0.usedRules)
        })
        report.articleCount = report.articles.count
        (report.baseURL, report.rootPath) = (site.config.baseURL, site.config.rootPath)
        report.articlesChecked = checkedCount
        report.draftsChecked = draftsChecked
        report.draftsLeftOut = options.includeDrafts ? 0 : heads.filter(\.matter.draft).count
        report.interrupted = interrupted
    }

    /// Nothing is published with an error, or without a theme to render it.
    var mayPublish: Bool { report.errorCount == 0 && renderer != nil && site != nil }

    /// Step "site-wide files": the pages and files that show every article (or none), made on every core;
    /// one the cache vouches for is kept.
    mutating func writeSiteWideFiles() throws(SiteError) {
        guard let site, let renderer, let writer else { return }
        let search = SearchBuild(previous: cache.previousSearch, edits: cache.searchEdits,
                                 generation: BuildCache.newGeneration(output: options.outputDirectory))
        self.search = search
        let files = SiteFile.all(site, renderer: renderer, options: options, search: search)
        let cache = self.cache
        let results = files.parallelMap { file -> Result<([OutputWriter.Written], ArticleFields, kept: Bool), SiteError> in
            if cache.keeps(siteWide: file.path), let reads = cache.reads(ofKept: file.path) {
                if file.isFolder, let kept = writer.keepFolder(file.path) { return .success((kept, reads, true)) }
                if !file.isFolder, let kept = writer.keep(file.path) { return .success(([kept], reads, true)) }
            }
            // What making it reads of the articles is recorded, for the next build to know when to keep it.
            let (made, reads) = ArticleReads.recording { file.makeFiles() }
            guard let made else {
                return .failure(SiteError(.cannotWrite, path: file.path, underlying: TemplateMissing()))
            }
            do throws(SiteError) {
                return .success((try made.map { (path, data) throws(SiteError) in try writer.write(path, data) }, reads, false))
            } catch { return .failure(error) }
        }
        for (file, result) in zip(files, results) {
            let (made, reads, kept) = try result.get()
            written += made
            siteWideReads[file.path] = reads
            if kept && file.path == SearchIndex.folder + "/" { searchKept = true }
        }
        report.searchIndex = search.work
        report.pagesWritten = files.filter(\.isPage).count + site.articles.count
    }

    /// Step "publish": the staging folder replaces the output in one rename; files of the last build that
    /// this one no longer makes are gone with it.
    mutating func publish() throws(SiteError) {
        guard let writer else { return }
        let files = Dictionary(written.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
        // The old record no longer describes the output once the first file is renamed in: removed first, so
        // that a build killed while publishing leaves no cache, and the next one starts clean.
        if let memory = options.memory {
            memory.forget()
        } else if let folder = options.cacheDirectory {
            BuildCache.remove(from: folder, output: options.outputDirectory)
        }
        try writer.publish(keeping: Set(files.keys))
        report.files = files.keys.sorted()
        report.changedFiles = written.filter(\.changed).map(\.path).sorted()
        report.filesChanged = report.changedFiles.count
        report.published = true
    }

    /// Step "save the cache": the record of this build, for the next one. The site is published already: a
    /// failure only costs the next build its speed, and is a warning.
    mutating func saveCache() {
        guard options.memory != nil || options.cacheDirectory != nil else { return }
        let started = self.started
        let sources = readRecord.sources.mapValues { source in
            // A stamp taken less than the file system's resolution before the build may hide a later write.
            BuildCache.Source(stamp: source.stamp.flatMap { $0.isSettled(before: started) ? $0 : nil }, hash: source.hash)
        }
        var record = BuildCache(output: BuildCache.absolute(options.outputDirectory), settings: cache.settings,
                                context: contextKey,
                                sources: sources,
                                articles: Dictionary(prepared.map { ($0.article.file, $0) }, uniquingKeysWith: { first, _ in first }),
                                files: Dictionary(written.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first }),
                                diagnostics: report.diagnostics, pages: report.pagesWritten, articleCount: report.articleCount)
        let postings = search?.postings
        // Postings made now are named by this build's generation; a search folder kept keeps the last ones.
        record.search = postings != nil ? search?.generation : (searchKept ? cache.previousSearchGeneration : nil)
        record.reads = siteWideReads
        if let memory = options.memory {
            memory.keep(record, postings: postings, ahead: renderAhead)
            return
        }
        guard let folder = options.cacheDirectory else { return }
        do throws(SiteError) {
            try record.save(to: folder, output: options.outputDirectory, rewritten: rewritten, previous: cache.previousLog,
                            searchPostings: postings?.bytes)
        } catch {
            report.diagnostics.append(Diagnostic(.warning, .cacheNotSaved, file: error.path, line: 0, column: 0,
                message: "the build cache could not be saved (\(error.description)); the next build will redo everything",
                fix: "check that the cache folder is writable and the disk has room, or pass --cache DIR"))
        }
    }
}

extension BuildRun {
    /// What this build leaves for rendering an edited article's page before the next build (the preview).
    var renderAhead: RenderAhead? {
        guard let context, let renderer else { return nil }
        var known: [String: (file: ContentFile, head: ArticleHead, hash: String)] = [:]
        for input in articles {
            if let head = input.head, let hash = input.hash { known[input.file.path] = (input.file, head, hash) }
        }
        return RenderAhead(output: options.outputDirectory, preparer: preparer, context: context, renderer: renderer,
                           loader: loader, articles: known, includeDrafts: options.includeDrafts)
    }
}
