@testable import GuichetMarkdown
import Testing

/// One spelling of every letter for anchors, search and the figure check (issue 14: « œ » was `oe` in
/// anchors and a separator elsewhere).
@Suite struct LetterFoldingTests {
    @Test(arguments: [
        ("é", "e"), ("À", "a"), ("ç", "c"), ("Œ", "oe"), ("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("ł", "l"),
        ("Z", "z"), ("7", "7"), ("\u{301}", ""),
    ])
    func spelled(_ letter: String, _ expected: String) {
        #expect(LetterFolding.ascii(letter.unicodeScalars.first!) == expected)
    }

    @Test func separatorsAndLettersWithoutASCII() {
        for letter in [" ", "’", "-", "«", "%", "λ", "я"] {
            #expect(LetterFolding.ascii(letter.unicodeScalars.first!) == nil, "\(letter)")
        }
    }

    @Test func anchorsSpellLikeSearch() {
        #expect(HTMLRenderer.slug("Œuvres d’art et cœur") == "oeuvres-d-art-et-coeur")
        #expect(HTMLRenderer.slug("Straße") == "strasse")
        #expect(HTMLRenderer.slug("λόγος") == "λογος")
    }
}

/// The Latin letters' spellings come from a table made by `spell`: the same for every scalar of it.
@Suite struct LetterFoldingTableTests {
    @Test func everyScalarOfTheTableIsSpelledAsTheDefinitionSpellsIt() {
        for value in 0..<LetterFolding.Table.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(LetterFolding.ascii(scalar) == LetterFolding.spell(scalar), "\(value)")
        }
    }
}
