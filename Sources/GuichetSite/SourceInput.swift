import Foundation
import GuichetContent

/// One content file as the build's reading step found it: read and parsed now, or vouched for by the
/// build cache (same stamp, or same bytes) and then neither decoded nor parsed.
struct SourceInput: Sendable {
    let file: ContentFile
    let stamp: FileStamp?
    /// Hash of its bytes; nil when it could not be read.
    var hash: String?
    /// Its text, when this build read it (reports quote it).
    var text: String?
    var category: Category?
    /// The article parsed now, with what its front-matter parse found (reported with its check).
    var parsed: (article: Article, diagnostics: [Diagnostic])?
    /// The last build's check of this article, whose bytes have not changed since.
    var memo: PreparedArticle?
    /// Problems that keep the file out of the site (unreadable, no front-matter…) and a category's findings.
    var diagnostics: [Diagnostic] = []

    var head: ArticleHead? { parsed?.article.head ?? memo?.article }

    static func read(_ file: ContentFile, stamp: FileStamp?, cache: BuildCache?, loader: ContentLoader) -> SourceInput {
        var input = SourceInput(file: file, stamp: stamp)
        let record = cache?.sources[file.file]
        let memo = file.kind == .article ? cache?.articles[file.file] : nil
        if let memo, let record, let stamp, record.stamp == stamp {
            input.hash = record.hash
            input.memo = memo
            return input
        }
        guard let bytes = loader.bytes(file) else {
            input.diagnostics = [.error(.unreadableFile, file.file, .fileStart, "cannot read the file", fix: "check its permissions")]
            return input
        }
        input.hash = ContentHash.full(bytes)
        if let memo, record?.hash == input.hash {
            input.memo = memo
            return input
        }
        switch loader.decode(bytes, of: file) {
        case .failure(let diagnostic):
            input.diagnostics = [diagnostic]
        case .success(let text):
            input.text = text
            let parsed = loader.parse(file, text: text)
            if let category = parsed.category {
                input.category = category
                input.diagnostics = parsed.diagnostics
            } else if let article = parsed.article {
                input.parsed = (article, parsed.diagnostics)
            } else {
                input.diagnostics = parsed.diagnostics
            }
        }
        return input
    }

    /// The article, parsed: the one read by this build, or read again now (its bytes are those the cache
    /// knows, but what its page shows changed). Nil if it can no longer be read as it was.
    func article(loader: ContentLoader) -> (Article, [Diagnostic])? {
        if let parsed { return parsed }
        guard case .success(let text) = loader.read(file) else { return nil }
        let again = loader.parse(file, text: text)
        return again.article.map { ($0, again.diagnostics) }
    }
}
