import Foundation
import GuichetContent
import GuichetSearch
import GuichetSite
import HelpCentreRules

/// The help centre as `guichet mcp` serves it: built once, as `guichet build` would, into a temporary
/// folder, then read. The Markdown twins, the search index and the rules are the build's own files and the
/// rules module's own answers: nothing is recomputed another way for the assistant.
public final class HelpCentreSite: Sendable {
    /// The built site (a temporary folder, removed by `remove()`).
    public let output: String
    public let book: RuleBook
    public let asOf: LocalDate
    /// Absolute, ending with `/`; and the path of the site under it (`/` or `/aide/`).
    public let baseURL: String
    public let root: String
    /// The published articles, in site order (drafts are never built here).
    public let articles: [SiteBuilder.ArticleSummary]
    let search: SiteSearch

    /// Builds the site of `options` (its output folder is replaced by a temporary one; drafts left out).
    /// Throws `SiteLoadFailure` when the content has errors, since nothing is published then.
    public static func build(_ options: BuildOptions) throws -> HelpCentreSite {
        var options = options
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("guichet-mcp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        options.outputDirectory = folder
        options.includeDrafts = false
        options.cacheDirectory = nil
        options.memory = nil
        let report: SiteBuilder.Report
        do {
            report = try SiteBuilder(options: options).build()
        } catch {
            throw SiteLoadFailure(reason: "the site could not be built: \(error.description)")
        }
        guard report.published else {
            try? FileManager.default.removeItem(atPath: folder)
            let first = report.diagnostics.first { $0.severity == .error && $0.isReported }
            throw SiteLoadFailure(reason: "the content has \(report.errorCount) error(s)"
                + (first.map { ", the first: \($0.file):\($0.line):\($0.column): \($0.message)" } ?? "")
                + "; run 'guichet check' for all of them")
        }
        let search: SiteSearch
        do {
            search = try SiteSearch(output: folder)
        } catch {
            throw SiteLoadFailure(reason: "the search index could not be read: \(error)")
        }
        return HelpCentreSite(output: folder, book: options.book, asOf: options.asOf, baseURL: report.baseURL, root: report.rootPath,
                              articles: report.articles.filter { !$0.isDraft }, search: search)
    }

    init(output: String, book: RuleBook, asOf: LocalDate, baseURL: String, root: String, articles: [SiteBuilder.ArticleSummary],
         search: SiteSearch) {
        (self.output, self.book, self.asOf, self.baseURL, self.root, self.articles, self.search) =
            (output, book, asOf, baseURL, root, articles, search)
    }

    /// Removes the built site.
    public func remove() {
        try? FileManager.default.removeItem(atPath: output)
    }

    /// A file of the built site, as text.
    func text(at path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output + "/" + path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The absolute URL of a path under the site's root (`livraison/delais/`).
    func absolute(_ path: String) -> String { baseURL + path }

    /// A root-relative URL as the index holds it (`/aide/livraison/delais/`) made absolute.
    func absolute(rootRelative url: String) -> String {
        url.hasPrefix(root) ? baseURL + url.dropFirst(root.count) : url
    }
}
