import GuichetMarkdown
import Testing

@Suite struct ConcurrencyTests {
    /// cmark-gfm 0.29 shares mutable globals between parsers; parsing from many tasks at once
    /// must still give exactly the single-threaded result.
    @Test func concurrentParsingIsDeterministic() async {
        let sources = (0..<50).map { index in
            """
            # Titre \(index)

            Texte ~~barré~~ et https://example.com/\(index) et www.example.com *x* {{ a.b }}[^n].

            | a | b |
            |:--|--:|
            | \(index) | ~~y~~ |

            - [x] fait
            - [ ] à faire

            [^n]: Note \(index).
            """
        }
        let expected = sources.map { HTMLRenderer().render(MarkdownParser().parse($0)) }
        let results = await withTaskGroup(of: [RenderedHTML].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    sources.map { HTMLRenderer().render(MarkdownParser().parse($0)) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results {
            #expect(result == expected)
        }
        #expect(expected[0].html.contains("<del>barré</del>"))
    }
}
