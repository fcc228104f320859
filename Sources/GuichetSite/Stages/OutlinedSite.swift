import Foundation
import GuichetContent
import GuichetRender

/// Stage "outline": what every page shows besides its own body, checked, and the theme that renders it.
struct OutlinedSite: Sendable {
    /// What reading found; its cache and diagnostics are those below, which this stage carries on.
    let read: ReadSite
    var cache: CacheDecision
    var diagnostics: [Diagnostic]
    let heads: [ArticleHead]
    /// Nil when the theme could not be loaded (its findings say why): the site is checked, not rendered.
    let theme: Theme?
    let context: SitePreparer.Context
    let categoryResult: SitePreparer.CategoryResult
    /// The outline's fingerprint: the cache keeps pages only under the same one.
    let contextKey: String

    var setting: BuildSetting { read.setting }

    /// Step "stage assets" (a build only): opens the staging folder and copies the theme's assets into it;
    /// pages name them with their content hash, so the renderer needs them first.
    func stage() throws(SiteError) -> StagedOutput {
        let options = setting.options
        let writer = OutputWriter(output: options.outputDirectory, sink: options.fileSink, previous: cache.previousFiles)
        try writer.begin()
        let root = read.config.rootPath
        var written: [OutputWriter.Written] = []
        var assetURLs: [String: String] = [:]
        do throws(SiteError) {
            for (name, data) in (theme?.assets ?? [:]).sorted(by: { $0.key < $1.key }) {
                written.append(try writer.write(GeneratedFiles.assetsFolder + "/" + name, data))
                assetURLs[name] = root + GeneratedFiles.assetsFolder + "/" + name + "?v=" + ContentHash.hex(data)
            }
        } catch {
            // The caller never sees this writer: no staging folder is left behind.
            writer.abandon()
            throw error
        }
        let outline = context.outline
        let renderer = theme.map {
            PageRenderer(site: outline, theme: $0, asOf: options.asOf, book: options.book, baseURL: outline.config.baseURL,
                         root: outline.config.rootPath, assetURLs: assetURLs, audit: read.audit)
        }
        return StagedOutput(writer: writer, renderer: renderer, assets: written)
    }

    /// Step "check and render articles", on every core: an article the cache vouches for keeps its check and
    /// its page; any other is read again, checked, and (given a staging folder with a renderer) rendered into it.
    func checkArticles(into output: StagedOutput?) throws(SiteError) -> CheckedArticles {
        let site = self
        let results = read.articles.parallelMap { site.check($0, into: output) }
        var checked = CheckedArticles(outlined: self, output: output, written: output?.assets ?? [])
        for result in results {
            switch result {
            case .kept(let article, let files):
                checked.prepared.append(article)
                checked.written += files
            case .checked(let article, let files):
                checked.prepared.append(article)
                checked.written += files
                checked.checkedCount += 1
                // A draft left out of this build is checked for the cache only: the summary does not count it.
                if !setting.options.includeDrafts && article.article.matter.draft { checked.draftsChecked += 1 }
                checked.rewritten.insert(article.article.file)
                checked.outlined.cache.checked(article)
            case .changedDuringBuild(let diagnostic):
                checked.outlined.diagnostics.append(diagnostic)
                checked.interrupted = true
            case .failed(let error):
                throw error
            }
        }
        return checked
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

    func check(_ input: SourceInput, into output: StagedOutput?) -> ArticleResult {
        let head = input.head!
        let published = setting.options.includeDrafts || !head.matter.draft
        if let memo = cache.keeps(input) {
            if !published { return .kept(memo, []) }
            // The page and its twin show the same article and outline: both kept, or both made again.
            if let writer = output?.writer {
                let kept = ArticleOutput.paths(of: head).compactMap { writer.keep($0) }
                if kept.count == 2 { return .kept(memo, kept) }
            }
        }
        guard let (article, parseDiagnostics) = input.article(loader: setting.loader) else {
            return .changedDuringBuild(.error(.unreadableFile, input.file.file, .fileStart,
                                              "the file changed or disappeared during the build",
                                              fix: "run the build again once the file is saved"))
        }
        let made = ArticleOutput.make(article, parseDiagnostics: parseDiagnostics, in: context, preparer: setting.preparer,
                                      renderer: published ? output?.renderer : nil)
        guard let writer = output?.writer, published, output?.renderer != nil else { return .checked(made.prepared, []) }
        guard let files = made.files else {
            return .failed(SiteError(.cannotWrite, path: ArticleOutput.paths(of: head)[0], underlying: TemplateMissing()))
        }
        do throws(SiteError) {
            return .checked(made.prepared, try files.map { (path, text) throws(SiteError) in try writer.write(path, Data(text.utf8)) })
        } catch {
            return .failed(error)
        }
    }
}
