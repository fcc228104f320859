import Foundation
import GuichetContent
import GuichetRender
import GuichetSearch

/// Stage "site-wide checks": the whole site checked, and the report `guichet check` gives. A build goes on
/// from here only when nothing stops it from publishing.
struct CheckedSite: Sendable {
    let articles: CheckedArticles
    let site: PreparedSite
    var report: SiteBuilder.Report

    /// Where to write and what renders, when the site may be published: no error, and a theme to render it.
    var publishable: (writer: OutputWriter, renderer: PageRenderer)? {
        guard report.errorCount == 0, let output = articles.output, let renderer = output.renderer else { return nil }
        return (output.writer, renderer)
    }

    /// Step "site-wide files": the pages and files that show every article (or none), made on every core;
    /// one the cache vouches for is kept. What making each one reads of the articles is recorded, for the
    /// next build to know when to keep it.
    func writeSiteWideFiles(with writer: OutputWriter, renderer: PageRenderer) throws(SiteError) -> RenderedSite {
        let outlined = articles.outlined
        let cache = outlined.cache
        let options = outlined.setting.options
        let search = SearchBuild(previous: cache.previousSearch, edits: cache.searchEdits,
                                 generation: BuildCache.newGeneration(output: options.outputDirectory), lastFiles: cache.previousFiles)
        let files = SiteFile.all(site, renderer: renderer, options: options, search: search)
        let results = files.parallelMap { file -> Result<([OutputWriter.Written], ArticleFields, kept: Bool), SiteError> in
            if cache.keeps(siteWide: file.path), let reads = cache.reads(ofKept: file.path) {
                if file.isFolder, let kept = writer.keepFolder(file.path) { return .success((kept, reads, true)) }
                if !file.isFolder, let kept = writer.keep(file.path) { return .success(([kept], reads, true)) }
            }
            let (made, reads) = ArticleReads.recording { file.makeFiles() }
            guard let made else {
                return .failure(SiteError(.cannotWrite, path: file.path, underlying: TemplateMissing()))
            }
            do throws(SiteError) {
                return .success((try made.map { file throws(SiteError) in
                    // A file the last build wrote under the same content-addressed name is kept as it is.
                    if file.made == nil, let kept = writer.keep(file.path) { return kept }
                    return try writer.write(file.path, file.data)
                }, reads, false))
            } catch { return .failure(error) }
        }
        var rendered = RenderedSite(checked: self, writer: writer, search: search, written: articles.written)
        for (file, result) in zip(files, results) {
            let (made, reads, kept) = try result.get()
            rendered.written += made
            rendered.siteWideReads[file.path] = reads
            if kept && file.path == SearchIndex.folder + "/" { rendered.searchKept = true }
        }
        rendered.checked.report.searchIndex = search.work
        rendered.checked.report.pagesWritten = files.filter(\.isPage).count + site.articles.count
        return rendered
    }
}

struct TemplateMissing: Error, CustomStringConvertible {
    var description: String { "the theme has no template for this page" }
}
