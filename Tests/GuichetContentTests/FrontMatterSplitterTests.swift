import Testing
@testable import GuichetContent

@Suite("FrontMatterSplitter")
struct FrontMatterSplitterTests {
    typealias Parts = FrontMatterSplitter.Parts

    @Test func splitsYAMLAndBodyWithTheLineEachStartsOn() {
        let text = "---\ntitle: Délai\ndescription: Une phrase.\n---\n# Titre\n\nTexte.\n"
        #expect(FrontMatterSplitter.split(text) == .success(Parts(
            yaml: "title: Délai\ndescription: Une phrase.", yamlLine: 2,
            body: "# Titre\n\nTexte.\n", bodyLine: 5)))
    }

    @Test func documentEndMarkerClosesTheFrontMatter() {
        let text = "---\ntitle: Délai\n...\nTexte."
        #expect(FrontMatterSplitter.split(text) == .success(Parts(yaml: "title: Délai", yamlLine: 2, body: "Texte.", bodyLine: 4)))
    }

    @Test func documentEndMarkerDoesNotOpenAFrontMatter() {
        #expect(FrontMatterSplitter.split("...\ntitle: Délai\n---\nTexte.") == .failure(.missing))
    }

    @Test func trailingSpacesAndTabsOnFencesAreTolerated() {
        let text = "---  \ntitle: Délai\n--- \t\nTexte."
        #expect(FrontMatterSplitter.split(text) == .success(Parts(yaml: "title: Délai", yamlLine: 2, body: "Texte.", bodyLine: 4)))
    }

    @Test func closesAtTheFirstFenceSoALaterRuleStaysInTheBody() {
        let text = "---\ntitle: A\n---\nAvant\n\n---\n\nAprès"
        #expect(FrontMatterSplitter.split(text) == .success(Parts(
            yaml: "title: A", yamlLine: 2, body: "Avant\n\n---\n\nAprès", bodyLine: 4)))
    }

    @Test func aFenceWithMoreDashesIsNotAFence() {
        #expect(FrontMatterSplitter.split("----\ntitle: A\n---\n") == .failure(.missing))
        #expect(FrontMatterSplitter.split("---\ntitle: A\n----\n") == .failure(.unclosed))
    }

    @Test func textWithoutFrontMatterIsMissing() {
        #expect(FrontMatterSplitter.split("# Titre\n\nTexte.\n") == .failure(.missing))
        #expect(FrontMatterSplitter.split("title: A\n---\n") == .failure(.missing))
    }

    @Test func frontMatterWithoutClosingFenceIsUnclosed() {
        #expect(FrontMatterSplitter.split("---\ntitle: A\ndescription: B\n\n# Titre\n") == .failure(.unclosed))
        #expect(FrontMatterSplitter.split("---") == .failure(.unclosed))
    }

    @Test func emptyFileIsMissing() {
        #expect(FrontMatterSplitter.split("") == .failure(.missing))
    }

    @Test func emptyBodyAfterTheClosingFence() {
        #expect(FrontMatterSplitter.split("---\ntitle: A\n---") == .success(Parts(yaml: "title: A", yamlLine: 2, body: "", bodyLine: 4)))
        #expect(FrontMatterSplitter.split("---\ntitle: A\n---\n") == .success(Parts(yaml: "title: A", yamlLine: 2, body: "", bodyLine: 4)))
    }

    @Test func emptyFrontMatter() {
        #expect(FrontMatterSplitter.split("---\n---\nTexte.") == .success(Parts(yaml: "", yamlLine: 2, body: "Texte.", bodyLine: 3)))
    }

    /// The splitter reads bytes; this is how it read lines before (split into lines, joined again), kept
    /// here as the definition to compare with.
    static func splitByLines(_ text: String) -> Result<Parts, FrontMatterSplitter.Failure> {
        func isFence(_ line: Substring, opening: Bool) -> Bool {
            var trimmed = line
            while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
            return trimmed == "---" || (!opening && trimmed == "...")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, opening: true) else { return .failure(.missing) }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { isFence($0, opening: false) }) else { return .failure(.unclosed) }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 3))
    }

    static let odd: [String] = [
        "", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\n...\n", "...\n---\n", "---\n\n\n---\n\n\nb",
        "--- \t \ntitle: A\n...\t\nb", "---\u{301}\ntitle: A\n---\nb", "---\ntitle: A\n---\u{301}\nb\n---\nc",
        "---\ntitle: A\n \u{301}---\nb", "---\ntitle: A\n--- \u{301}\nb\n---", "---\r\ntitle: A\r\n---\r\nb",
        "---\ntitle: A\r\n---\nb", "---\ntitle: A\n---\r\nb\n---\nc", "---\ntitle: A\r\n---\r\n---\nc",
        "---\ntitle: A\r---\nb", "---\ntitle: A\n---\r", "\u{FEFF}---\ntitle: A\n---\n", "---\ntitle: é\n---\nCorps é\n",
        "---\ntitle: A\n\u{600} ---\nb\n---\n", "---\ntitle: A\n-- -\n--\n---\n", "---\n\t---\n---\n",
        "---\ntitle: 🇫🇷\n---\n👍🏽\n\n", "\n---\ntitle: A\n---\n", "---\n\r\n---\n", "---\n---\n---\n---\n",
    ]

    @Test(arguments: odd)
    func bytesAndLinesAgree(_ text: String) {
        #expect(FrontMatterSplitter.split(text) == Self.splitByLines(text))
    }
}
