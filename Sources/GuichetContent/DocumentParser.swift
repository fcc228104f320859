import GuichetMarkdown
import HelpCentreRules

/// Turns the text of one Content/ file into an article or a category. Pure: tested with strings.
public enum DocumentParser {
    /// `today` is offered by the fix of an impossible `reviewed:` date (nil: an example date).
    public static func article(_ text: String, file: String, category: String, slug: String,
                               today: LocalDate? = nil) -> (Article?, [Diagnostic]) {
        let (found, diagnostics) = parts(text, file: file, category: category, slug: slug, today: today)
        guard let (head, parts) = found else { return (nil, diagnostics) }
        return (Article(head: head, body: parts.body, bodyLine: parts.bodyLine), diagnostics)
    }

    /// The head only (what `article` finds, without keeping the body): a build reads the front-matter of
    /// every article first, and each body later, at its turn.
    public static func head(_ text: String, file: String, category: String, slug: String,
                            today: LocalDate? = nil) -> (ArticleHead?, [Diagnostic]) {
        let (found, diagnostics) = parts(text, file: file, category: category, slug: slug, today: today)
        return (found?.head, diagnostics)
    }

    private static func parts(_ text: String, file: String, category: String, slug: String,
                              today: LocalDate?) -> ((head: ArticleHead, parts: FrontMatterSplitter.Parts)?, [Diagnostic]) {
        let parts: FrontMatterSplitter.Parts
        switch split(text, file: file) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let p): parts = p
        }
        let (matter, diagnostics) = ArticleFrontMatter.parse(parts.yaml, file: file, firstLine: parts.yamlLine, today: today)
        guard let matter else { return (nil, diagnostics) }
        return ((ArticleHead(file: file, category: category, slug: slug, matter: matter), parts), diagnostics)
    }

    /// The body of an article whose front-matter was parsed before (`article(_:file:category:slug:)`) and
    /// the file line it starts on: a build keeps the heads of every article and reads bodies one at a time.
    public static func body(_ text: String) -> (body: String, line: Int)? {
        guard case .success(let parts) = FrontMatterSplitter.split(text) else { return nil }
        return (parts.body, parts.bodyLine)
    }

    public static func category(_ text: String, file: String, slug: String) -> (Category?, [Diagnostic]) {
        let parts: FrontMatterSplitter.Parts
        switch split(text, file: file) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let p): parts = p
        }
        let (matter, diagnostics) = CategoryFrontMatter.parse(parts.yaml, file: file, firstLine: parts.yamlLine)
        guard let matter else { return (nil, diagnostics) }
        let category = Category(file: file, slug: slug, matter: matter, document: MarkdownParser().parse(parts.body),
                                bodyLines: SourceText.lines(of: parts.body),
                                bodyLine: parts.bodyLine)
        return (category, diagnostics)
    }

    private static func split(_ text: String, file: String) -> Result<FrontMatterSplitter.Parts, Diagnostic> {
        switch FrontMatterSplitter.split(text) {
        case .success(let parts):
            return .success(parts)
        case .failure(.missing):
            let message = text.isEmpty ? "the file is empty" : "the file does not start with a front-matter"
            return .failure(.error(.missingFrontMatter, file, .fileStart, message,
                                   fix: "start the file with a line '---', the YAML fields (title, description), and a line '---'"))
        case .failure(.unclosed):
            return .failure(.error(.unclosedFrontMatter, file, .fileStart, "the front-matter opened here is not closed",
                                   fix: "add a line '---' after the last YAML field"))
        }
    }
}
