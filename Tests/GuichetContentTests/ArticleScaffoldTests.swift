import Testing
@testable import GuichetContent

/// The skeleton check looks for each sentence's longest ASCII run in the bytes before it reads line by line
/// (a speed-up: issue 29); these cases say the pre-filter loses nothing.
struct ArticleScaffoldTests {
    @Test func aSkeletonSentenceIsFoundAtItsLineAndColumn() {
        let text = "Une vraie phrase.\n\nVoici : Commencez par la réponse, en une ou deux phrases.\n"
        let found = ArticleScaffold.leftovers(in: text, file: "a.md")
        #expect(found.map { "\($0.line):\($0.column)" } == ["3:9"])
    }

    @Test func aSentenceWrittenWithDecomposedAccentsIsStillFound() {
        // « réponse » with e + U+0301: the same text to a reader and to Foundation's search.
        let text = "Commencez par la re\u{0301}ponse, en une ou deux phrases.\n"
        #expect(ArticleScaffold.leftovers(in: text, file: "a.md").count == 1)
    }

    @Test func aTextWithoutAnySkeletonSentenceHasNoFinding() {
        let text = "Commencez par vérifier le suivi.\n1. Première chose.\n"
        #expect(ArticleScaffold.leftovers(in: text, file: "a.md").isEmpty)
    }

    @Test func theByteSearchFindsARunAnywhereAndOnlyWhole() {
        #expect(ByteSearch.occurs(Array("par la r".utf8), in: Array("Commencez par la r".utf8)))
        #expect(ByteSearch.occurs(Array("Comm".utf8), in: Array("Commencez".utf8)))
        #expect(!ByteSearch.occurs(Array("par la rx".utf8), in: Array("Commencez par la r".utf8)))
        #expect(!ByteSearch.occurs(Array("longer than it".utf8), in: Array("short".utf8)))
        #expect(ByteSearch.contains("<ol", in: "<p>a</p>\n<ol>\n<li>b</li>"))
        #expect(!ByteSearch.contains("<ol", in: "<p>a</p>\n<ul>\n<li>olé</li>"))
    }

    /// Contiguous bytes go through `memchr` and `memcmp`; other collections through the loop. Both answer alike, on every
    /// needle cut from a text and on needles that are not in it.
    @Test func memchrAndTheLoopAgree() {
        let text = Array("aab abba « b » baba aaab ba".utf8)
        for start in 0..<text.count {
            for length in 1...min(6, text.count - start) {
                for needle in [Array(text[start..<start + length]), Array(text[start..<start + length]) + [0x78]] {
                    let loop = ByteSearch.occurs(needle, in: text.indices.lazy.map { text[$0] })
                    #expect(ByteSearch.occurs(needle, in: text) == loop, "\(needle)")
                    #expect(loop == (needle.last != 0x78), "\(needle)")
                }
            }
        }
    }
}
