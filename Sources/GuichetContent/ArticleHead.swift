/// An article as the rest of the site sees it: where it lives and what its front-matter says, without its
/// body. Small, so that a build can keep the heads of every article in memory (links, listings, the
/// build cache) while bodies are parsed and rendered one at a time.
///
/// A class: ten thousand heads go from step to step of a build (inputs, outline, results, site), and copying
/// a struct of this size retained each of its strings and lists every time (perf, a one-article rebuild).
/// Nothing in it changes once made.
public final class ArticleHead: Sendable {
    /// The file as the user names it: `Content/livraison/delais.md`.
    public let file: String
    /// Path under Content/: `livraison/delais.md`; links between articles resolve against it.
    public let contentPath: String
    public let category: String
    public let slug: String
    public let matter: ArticleFrontMatter

    public init(file: String, category: String, slug: String, matter: ArticleFrontMatter) {
        self.file = file
        self.contentPath = "\(category)/\(slug).md"
        self.category = category
        self.slug = slug
        self.matter = matter
        self.path = "\(category)/\(slug)/"
    }

    /// Path of the page under the site root, without leading slash: `livraison/delais/`. Stored: every
    /// build asks it of every article several times (pages kept, listings, the search).
    public let path: String
}
