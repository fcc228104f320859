import GuichetMarkdown
import Testing
@testable import GuichetContent

@Suite("DocumentParser")
struct DocumentParserTests {
    let file = "Content/retractation/delai.md"

    @Test func articleWithBodyLinesAndMarkdown() throws {
        let text = "---\ntitle: Délai de rétractation\ndescription: Une phrase.\n---\n# Le délai\n\nVous avez {{ withdrawal.period }}.\n"
        let (article, diagnostics) = DocumentParser.article(text, file: file, category: "retractation", slug: "delai")
        #expect(diagnostics.isEmpty)
        let a = try #require(article)
        #expect(a.file == file)
        #expect(a.contentPath == "retractation/delai.md")
        #expect(a.category == "retractation")
        #expect(a.slug == "delai")
        #expect(a.path == "retractation/delai/")
        #expect(a.matter.title == "Délai de rétractation")
        #expect(a.bodyLine == 5)
        #expect(a.bodyLines == ["# Le délai", "", "Vous avez {{ withdrawal.period }}.", ""])
        #expect(a.document.children.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(a.document.children.map(\.position) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 3, column: 1)])
        #expect(a.document.children[1].plainText == "Vous avez {{ withdrawal.period }}.")
        // The front-matter is not part of the Markdown.
        #expect(a.document == MarkdownParser().parse("# Le délai\n\nVous avez {{ withdrawal.period }}.\n"))
    }

    /// Keys are read as their text (the YAML is composed with Yams's basic resolver): a key written twice is
    /// repeated whether it is quoted or not, even one that YAML's default resolver would type (`true`, `1`).
    @Test(arguments: ["title: Un\ntitle: Deux", "title: Un\n'title': Deux", "true: a\n'true': b", "1: a\n\"1\": b"])
    func aKeyWrittenTwiceIsRepeatedQuotedOrNot(_ yaml: String) {
        let text = "---\ndescription: Une phrase.\n\(yaml)\n---\nTexte.\n"
        let (_, diagnostics) = DocumentParser.article(text, file: file, category: "retractation", slug: "delai")
        let key = String(yaml.prefix { $0 != ":" })
        #expect(diagnostics.contains { $0.code == .invalidYAML && $0.message == "front-matter repeats the key '\(key)'" },
                "\(diagnostics.map(\.message))")
    }

    @Test func frontMatterPositionsAreInFileLines() throws {
        let text = "---\ntitle: Délai\ndescription: Une phrase.\nrules: [withdrawal.period]\n---\nTexte."
        let (article, _) = DocumentParser.article(text, file: file, category: "retractation", slug: "delai")
        #expect(try #require(article).matter.rules == [Located("withdrawal.period", at: at(4, 9))])
        #expect(try #require(article).bodyLine == 6)
    }

    @Test func frontMatterErrorsNameTheFile() {
        let text = "---\ntitle: [Délai]\ndescription: Une phrase.\naudiance: vendeur\n---\nTexte."
        let (article, diagnostics) = DocumentParser.article(text, file: file, category: "retractation", slug: "delai")
        #expect(article == nil)
        #expect(diagnostics == [
            error(.unknownKey, file, 4, 1, "unknown key 'audiance' in front-matter", fix: "did you mean 'audience'?"),
            error(.wrongType, file, 2, 8, "'title' must be text, found a list", fix: "write it as 'title: Délai de rétractation'"),
        ])
    }

    @Test func warningsStillGiveTheArticle() throws {
        let text = "---\ntitle: Délai\ndescription: Une phrase.\norder: premier\n---\nTexte."
        let (article, diagnostics) = DocumentParser.article(text, file: file, category: "retractation", slug: "delai")
        #expect(diagnostics == [error(.wrongType, file, 4, 8, "'order' must be a whole number, found text", fix: "write it as 'order: 3'")])
        #expect(try #require(article).matter.order == nil)
    }

    @Test func fileWithoutFrontMatter() {
        let (article, diagnostics) = DocumentParser.article("# Délai\n\nTexte.", file: file, category: "retractation", slug: "delai")
        #expect(article == nil)
        #expect(diagnostics == [error(.missingFrontMatter, file, 1, 1, "the file does not start with a front-matter",
            fix: "start the file with a line '---', the YAML fields (title, description), and a line '---'")])
    }

    @Test func emptyFile() {
        let (article, diagnostics) = DocumentParser.article("", file: file, category: "retractation", slug: "delai")
        #expect(article == nil)
        #expect(diagnostics == [error(.missingFrontMatter, file, 1, 1, "the file is empty",
            fix: "start the file with a line '---', the YAML fields (title, description), and a line '---'")])
    }

    @Test func unclosedFrontMatter() {
        let (article, diagnostics) = DocumentParser.article("---\ntitle: Délai\n\nTexte.", file: file, category: "retractation", slug: "delai")
        #expect(article == nil)
        #expect(diagnostics == [error(.unclosedFrontMatter, file, 1, 1, "the front-matter opened here is not closed",
                                      fix: "add a line '---' after the last YAML field")])
    }

    @Test func category() throws {
        let text = "---\ntitle: Livraison\ndescription: D.\norder: 2\nicon: camion\n---\nTout sur la *livraison*.\n"
        let (category, diagnostics) = DocumentParser.category(text, file: "Content/livraison/_index.md", slug: "livraison")
        #expect(diagnostics.isEmpty)
        let c = try #require(category)
        #expect(c.file == "Content/livraison/_index.md")
        #expect(c.slug == "livraison")
        #expect(c.path == "livraison/")
        #expect(c.matter.order == 2)
        #expect(c.bodyLine == 7)
        #expect(c.bodyLines == ["Tout sur la *livraison*.", ""])
        #expect(c.document.children.map(\.kind) == [.paragraph])
    }

    @Test func categoryWithoutFrontMatter() {
        let (category, diagnostics) = DocumentParser.category("Introduction.", file: "Content/livraison/_index.md", slug: "livraison")
        #expect(category == nil)
        #expect(diagnostics.map(\.code) == [.missingFrontMatter])
        #expect(diagnostics.map(\.file) == ["Content/livraison/_index.md"])
    }

    @Test func theHeadAndTheBodyReadApartGiveTheArticle() throws {
        let text = "---\ntitle: Délai\ndescription: Le délai.\norder: 2\nrules: [withdrawal.period]\n---\n# Le délai\n\nVous avez {{ withdrawal.period }}.\n"
        let (article, articleFindings) = DocumentParser.article(text, file: "Content/r/delai.md", category: "r", slug: "delai")
        let (head, headFindings) = DocumentParser.head(text, file: "Content/r/delai.md", category: "r", slug: "delai")
        let whole = try #require(article)
        let parsedHead = try #require(head)
        #expect(parsedHead.contentPath == whole.contentPath && parsedHead.matter.title == "Délai" && parsedHead.matter.order == 2)
        #expect(parsedHead.matter.rules == whole.matter.rules)
        #expect(headFindings == articleFindings)
        let body = try #require(DocumentParser.body(text))
        #expect(body.body == whole.body && body.line == whole.bodyLine && body.line == 7)
        #expect(DocumentParser.head("pas de front-matter", file: "f.md", category: "r", slug: "f").0 == nil)
    }
}

@Suite struct ArticleLinesTests {
    /// Bodies come from `SourceText`, which makes every line ending `\n` (a CR LF is one `Character`
    /// that `split` would not cut, but never reaches here).
    @Test(arguments: ["", "\n", "un", "un\n", "un\ndeux", "un\n\ndeux\n\n", "é\u{301}\nà\n\u{301}🙂\n", "\n\n\n"])
    func linesAreThoseOfSplit(text: String) {
        #expect(SourceText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }
}
