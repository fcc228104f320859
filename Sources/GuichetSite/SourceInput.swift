import Foundation
import GuichetContent
import GuichetRender

/// One content file as the build's reading step found it: read and parsed now, or vouched for by the
/// build cache (same stamp, or same bytes) and then neither decoded nor parsed.
///
/// An article's body is not kept: between reading and rendering, a build of 10,000 articles would hold
/// every body at once. Its page's turn reads it again (`article(loader:)`).
///
/// A class: the reading step passes 10,000 of them from the read to the site order and on (the loop, the
/// sort, each step's copy), and copying a struct of nine fields retained each of them every time (perf:
/// a tenth of a one-article build's reading step). Nothing in it changes once made.
final class SourceInput: Sendable {
    let file: ContentFile
    let stamp: FileStamp?
    /// Hash of its bytes; nil when it could not be read.
    let hash: String?
    let category: Category?
    /// The head of the article parsed now, with what its front-matter parse found (reported with its check).
    let parsed: (head: ArticleHead, diagnostics: [Diagnostic])?
    /// The last build's check of this article, whose bytes have not changed since.
    let memo: PreparedArticle?
    /// Problems that keep the file out of the site (unreadable, no front-matter…) and a category's findings.
    let diagnostics: [Diagnostic]
    /// An article given in memory (the corpus, the fuzzer): its body is here rather than on the disk.
    private let given: Article?
    /// Its head: parsed now, or the last build's.
    let head: ArticleHead?

    private init(file: ContentFile, stamp: FileStamp?, hash: String? = nil, category: Category? = nil,
                 parsed: (head: ArticleHead, diagnostics: [Diagnostic])? = nil, memo: PreparedArticle? = nil,
                 diagnostics: [Diagnostic] = [], given: Article? = nil) {
        self.file = file
        self.stamp = stamp
        self.hash = hash
        self.category = category
        self.parsed = parsed
        self.memo = memo
        self.diagnostics = diagnostics
        self.given = given
        head = parsed?.head ?? memo?.article
    }

    convenience init(given article: Article) {
        self.init(file: ContentFile(kind: .article, path: article.file, file: article.file, category: article.category,
                                    slug: article.slug), stamp: nil, parsed: (article.head, []), given: article)
    }

    static func read(_ file: ContentFile, stamp: FileStamp?, cache: BuildCache?, loader: ContentLoader) -> SourceInput {
        let record = cache?.sources[file.file]
        let memo = file.kind == .article ? cache?.articles[file.file] : nil
        // The bytes are read at most once: for the cache's test when the stamp does not vouch, then to parse.
        var bytes: [UInt8]?
        var digest: String?
        var read = false
        func hash() -> String? {
            if !read { (bytes, read) = (loader.bytes(file), true); digest = bytes.map { ContentHash.full($0) } }
            return digest
        }
        if let memo, let record, record.holds(stamp: stamp, hash: hash) {
            return SourceInput(file: file, stamp: stamp, hash: record.hash, memo: memo)
        }
        let digested = hash()
        guard let bytes else {
            return SourceInput(file: file, stamp: stamp, hash: digested, diagnostics: [ContentLoader.unreadable(file.file)])
        }
        switch loader.decode(bytes, of: file) {
        case .failure(let diagnostic):
            return SourceInput(file: file, stamp: stamp, hash: digested, diagnostics: [diagnostic])
        case .success(let text) where file.kind == .article:
            let (head, diagnostics) = DocumentParser.head(text, file: file.file, category: file.category, slug: file.slug,
                                                              today: loader.today)
            guard let head else { return SourceInput(file: file, stamp: stamp, hash: digested, diagnostics: diagnostics) }
            return SourceInput(file: file, stamp: stamp, hash: digested, parsed: (head, diagnostics))
        case .success(let text):
            let parsed = loader.parse(file, text: text)
            return SourceInput(file: file, stamp: stamp, hash: digested, category: parsed.category, diagnostics: parsed.diagnostics)
        }
    }

    /// The article with its body, read again, and what its front-matter parse found. Nil if its bytes are
    /// no longer those this build (or the cache) knew: the file changed during the build.
    func article(loader: ContentLoader) -> (Article, [Diagnostic])? {
        if let given { return (given, parsed?.diagnostics ?? []) }
        guard let bytes = loader.bytes(file), ContentHash.full(bytes) == hash,
              case .success(let text) = loader.decode(bytes, of: file) else { return nil }
        if let parsed {
            guard let (body, line) = DocumentParser.body(text) else { return nil }
            // The skeleton of `guichet new` left in a published article (ContentLoader.parse does the same).
            let leftovers = parsed.head.matter.draft ? [] : ArticleScaffold.leftovers(in: text, file: file.file)
            return (Article(head: parsed.head, body: body, bodyLine: line), parsed.diagnostics + leftovers)
        }
        // A cached article whose page must be redone (what it shows of others changed): parsed whole
        // again, for its front-matter findings.
        let again = loader.parse(file, text: text)
        return again.article.map { ($0, again.diagnostics) }
    }
}
