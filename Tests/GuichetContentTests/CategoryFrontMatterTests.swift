import Testing
@testable import GuichetContent

@Suite("CategoryFrontMatter")
struct CategoryFrontMatterTests {
    let file = "Content/livraison/_index.md"

    @Test func completeFrontMatter() throws {
        let (matter, diagnostics) = CategoryFrontMatter.parse(
            "title: Livraison\ndescription: Suivre et recevoir une commande.\norder: 2\nicon: camion", file: file, firstLine: 2)
        #expect(diagnostics.isEmpty)
        let m = try #require(matter)
        #expect(m.title == "Livraison")
        #expect(m.description == "Suivre et recevoir une commande.")
        #expect(m.order == 2)
        #expect(m.icon == "camion")
    }

    @Test func orderDefaultsToZeroAndIconToNone() throws {
        let (matter, diagnostics) = CategoryFrontMatter.parse("title: Livraison\ndescription: D.", file: file, firstLine: 2)
        #expect(diagnostics.isEmpty)
        #expect(try #require(matter).order == 0)
        #expect(try #require(matter).icon == nil)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let (matter, diagnostics) = CategoryFrontMatter.parse("title: Livraison\ndescription: D.\nordre: 2", file: file, firstLine: 2)
        #expect(diagnostics == [error(.unknownKey, file, 4, 1, "unknown key 'ordre' in front-matter", fix: "did you mean 'order'?")])
        #expect(try #require(matter).order == 0)
    }

    @Test func articleKeysAreUnknownInACategory() {
        let (_, diagnostics) = CategoryFrontMatter.parse("title: L\ndescription: D.\nrules: [withdrawal.period]", file: file, firstLine: 2)
        #expect(diagnostics == [error(.unknownKey, file, 4, 1, "unknown key 'rules' in front-matter",
                                      fix: "known keys are: title, description, order, icon")])
    }

    @Test func missingTitleAndDescription() {
        let (matter, diagnostics) = CategoryFrontMatter.parse("order: 1", file: file, firstLine: 2)
        #expect(matter == nil)
        #expect(diagnostics == [
            error(.missingKey, file, 1, 1, "missing required key 'title'", fix: "add 'title: …' to the category's _index.md"),
            error(.missingKey, file, 1, 1, "missing required key 'description'", fix: "add 'description: …' to the category's _index.md"),
        ])
    }

    @Test func orderNotANumber() throws {
        let (matter, diagnostics) = CategoryFrontMatter.parse("title: L\ndescription: D.\norder: premier", file: file, firstLine: 2)
        #expect(diagnostics == [error(.wrongType, file, 4, 8, "'order' must be a whole number, found text", fix: "write it as 'order: 3'")])
        #expect(try #require(matter).order == 0)
    }

    @Test func invalidYAMLStopsParsing() {
        let (matter, diagnostics) = CategoryFrontMatter.parse("title: [Livraison\ndescription: D.", file: file, firstLine: 2)
        #expect(matter == nil)
        #expect(diagnostics.map(\.code) == [.invalidYAML])
        #expect(diagnostics.map(\.file) == [file])
    }
}
