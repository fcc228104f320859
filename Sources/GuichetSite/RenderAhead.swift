import Foundation
import GuichetContent
import GuichetRender

/// The pages of articles just saved, checked and rendered from the last build's outline before the rest of
/// the build runs: what the preview shows first, as `hugo server` renders the pages being viewed first.
///
/// At 10,000 articles a one-article build takes most of a second, every step of it going through every
/// article (listing, outline, site-wide checks, the search); the page the editor is looking at needs none
/// of that when its outline (title, description, order, audience, draft) is unchanged. The build that
/// follows writes the same bytes for it (`RenderAheadTests`) and everything else. Only article files the
/// last build knew are rendered ahead, only when their own check finds no error: anything else (a new file,
/// a theme, the settings, an error) waits for the build.
struct RenderAhead: Sendable {
    let output: String
    let preparer: SitePreparer
    let context: SitePreparer.Context
    let renderer: PageRenderer
    let loader: ContentLoader
    /// Every article of the last build by the path it is read from, with its head and the hash of its bytes.
    let articles: [String: (file: ContentFile, head: ArticleHead, hash: String)]
    let includeDrafts: Bool

    /// More saved files than this at once (a checkout, a search and replace) wait for the build: it redoes
    /// them anyway, and rendering them one by one first would only delay it.
    static let limit = 5

    /// The pages written (paths under the output) and their bytes, or nil when any of `paths` must wait for
    /// the build. `replacing` is told which articles' pages are about to be replaced, before any is.
    func render(_ paths: Set<String>, replacing: ([(file: String, page: String)]) -> Void) -> [(path: String, bytes: [UInt8])]? {
        guard paths.count <= Self.limit else { return nil }
        var files: [(path: String, text: String, file: String)] = []
        for path in paths.sorted() {
            guard let known = articles[path], let bytes = loader.bytes(known.file) else { return nil }
            if ContentHash.full(bytes) == known.hash { continue }
            guard case .success(let text) = loader.decode(bytes, of: known.file) else { return nil }
            let parsed = loader.parse(known.file, text: text)
            guard let article = parsed.article, BuildCache.outline(of: article.head) == BuildCache.outline(of: known.head),
                  includeDrafts || !article.head.matter.draft else { return nil }
            // The build's own function for one article: the same page and twin, byte for byte.
            let made = ArticleOutput.make(article, parseDiagnostics: parsed.diagnostics, in: context, preparer: preparer, renderer: renderer)
            guard !made.prepared.diagnostics.contains(where: { $0.severity == .error && $0.isReported }),
                  let pages = made.files else { return nil }
            files += pages.map { ($0.path, $0.text, known.file.file) }
        }
        // Written only once every page could be made; the record stops vouching for them first, so that a
        // page half-written when rendering stops is never kept either.
        replacing(files.map { ($0.file, $0.path) })
        let writer = OutputWriter(output: output)
        var written: [(path: String, bytes: [UInt8])] = []
        for file in files {
            let bytes = Array(file.text.utf8)
            do throws(SiteError) {
                try writer.replacePublished(file.path, with: bytes)
            } catch {
                return nil
            }
            written.append((file.path, bytes))
        }
        return written
    }
}
