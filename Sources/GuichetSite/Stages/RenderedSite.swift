import Foundation
import GuichetContent
import GuichetRender

/// Stage "site-wide files": every file of the site in the staging folder, with what each site-wide file read.
struct RenderedSite: Sendable {
    var checked: CheckedSite
    let writer: OutputWriter
    /// The search index's part of the step, and the postings it leaves for the cache.
    let search: SearchBuild
    var written: [OutputWriter.Written]
    /// What each site-wide file read of the articles, made now or recorded by the build that made it.
    var siteWideReads: [String: ArticleFields] = [:]
    /// True when the search's folder was kept as the last build wrote it (its postings stay valid).
    var searchKept = false

    init(checked: CheckedSite, writer: OutputWriter, search: SearchBuild, written: [OutputWriter.Written]) {
        self.checked = checked
        self.writer = writer
        self.search = search
        self.written = written
    }

    /// Step "publish": the staging folder replaces the output in one rename; files of the last build that
    /// this one no longer makes are gone with it.
    func publish() throws(SiteError) -> PublishedSite {
        let options = checked.articles.outlined.setting.options
        let files = Dictionary(written.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
        CacheStore(options).forget(output: options.outputDirectory)
        try writer.publish(keeping: Set(files.keys))
        var report = checked.report
        report.files = files.keys.sorted()
        report.changedFiles = written.filter(\.changed).map(\.path).sorted()
        report.filesChanged = report.changedFiles.count
        report.published = true
        return PublishedSite(rendered: self, files: files, report: report)
    }
}
