import GuichetContent
import GuichetRender

/// Stage "check and render articles": every article checked (or kept from the cache), and in a build its
/// page and twin written to the staging folder.
struct CheckedArticles: Sendable {
    /// The outline, with the cache and diagnostics this step added to.
    var outlined: OutlinedSite
    let output: StagedOutput?
    /// The files written to the staging folder so far: the assets, then each article's page and twin.
    var written: [OutputWriter.Written]
    var prepared: [PreparedArticle] = []
    var checkedCount = 0
    /// Of those, the drafts a build without `--drafts` checked (for the cache) but does not publish.
    var draftsChecked = 0
    /// True once an article's bytes were found to have changed since they were read.
    var interrupted = false
    /// The articles checked by this build: their records are what the article log gains.
    var rewritten: Set<String> = []

    init(outlined: OutlinedSite, output: StagedOutput?, written: [OutputWriter.Written]) {
        self.outlined = outlined
        self.output = output
        self.written = written
    }

    /// Step "site-wide checks": what needs every article (anchors, aliases, coverage), and the report.
    func siteWideChecks() -> CheckedSite {
        let setting = outlined.setting
        let options = setting.options
        let heads = outlined.heads
        let site = setting.preparer.finish(outlined.context, categories: outlined.categoryResult, heads: heads, articles: prepared)
        var diagnostics = (outlined.diagnostics + site.diagnostics).sorted()
        if options.unfinishedIsError {
            diagnostics = diagnostics.map { $0.code == .notReady && $0.severity == .warning ? $0.as(.error) : $0 }
        }
        var report = SiteBuilder.Report(diagnostics: diagnostics, sources: ListedSite.sources(of: diagnostics, known: outlined.read.sources),
                                        articles: site.articles.map {
            SiteBuilder.ArticleSummary(file: $0.article.file, path: $0.article.path, title: $0.article.matter.title,
                                       isDraft: $0.article.matter.draft, usedRules: $0.usedRules)
        })
        report.articleCount = report.articles.count
        (report.baseURL, report.rootPath) = (site.config.baseURL, site.config.rootPath)
        report.articlesChecked = checkedCount
        report.draftsChecked = draftsChecked
        report.draftsLeftOut = options.includeDrafts ? 0 : heads.filter(\.matter.draft).count
        report.interrupted = interrupted
        return CheckedSite(articles: self, site: site, report: report)
    }
}
