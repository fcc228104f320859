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
}
