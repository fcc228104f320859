import Foundation
import GuichetCheck
import GuichetContent
import GuichetSite
import HelpCentreRules

/// The code under fuzzing: bytes in, every parser of an article run, nothing thrown, nothing crashing.
/// `GUICHET_FUZZ_TARGET` chooses the harness: `front-matter`, `references` or `article` (the default).
enum FuzzHarness {
    enum Target: String {
        case frontMatter = "front-matter"
        case references
        case article
    }

    static let target = Target(rawValue: ProcessInfo.processInfo.environment["GUICHET_FUZZ_TARGET"] ?? "") ?? .article

    /// Built once: the rule book and the date are the same for every input.
    static let builder: SiteBuilder? = {
        guard let clock = try? ParisClock() else { return nil }
        return SiteBuilder(options: BuildOptions(asOf: LocalDate(year: 2026, month: 11, day: 28)!,
                                                 book: RuleBook.standard(clock: clock)))
    }()

    static func run(_ bytes: [UInt8]) {
        switch target {
        case .frontMatter:
            guard case .success(let text) = SourceText.decode(bytes) else { return }
            if case .success(let parts) = FrontMatterSplitter.split(text) {
                _ = ArticleFrontMatter.parse(parts.yaml, file: "fuzz.md", firstLine: parts.yamlLine)
            }
        case .references:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = ReferenceParser.parse(text)
            _ = FigureScanner.scan(text)
            _ = ProseWords(text)
            if OverrideComment.isDirective(Substring(text)) { _ = OverrideComment.parse(Substring(text)) }
        case .article:
            guard case .success(let text) = SourceText.decode(bytes) else { return }
            let (article, _) = DocumentParser.article(text, file: "Content/fuzz/article.md", category: "fuzz", slug: "article")
            let (category, _) = DocumentParser.category("---\ntitle: Fuzz\ndescription: Fuzz.\n---\n", file: "Content/fuzz/_index.md", slug: "fuzz")
            guard let article, let category, let builder else { return }
            _ = builder.check(ContentSite(config: SiteConfig(), categories: [category], articles: [article],
                                          sources: ["Content/fuzz/article.md": text]))
        }
    }
}
