@testable import GuichetRender
import Testing

/// `ContentPath.resolve` splits on bytes when every scalar is a character of its own, by characters otherwise.
@Suite struct ContentPathTests {
    @Test(arguments: [
        ("delais.md", "livraison/suivi.md", "livraison/delais.md"),
        ("../contact/telephone.md", "livraison/suivi.md", "contact/telephone.md"),
        ("./a/../b.md", "x/y.md", "x/b.md"),
        ("../../b.md", "x/y.md", nil),
        ("//a//b.md", "x/y.md", "x/a/b.md"),
        ("../rétractation/délai.md", "livraison/suivi.md", "rétractation/délai.md"),
    ] as [(String, String, String?)])
    func linksResolveFromTheirPage(_ link: String, _ from: String, _ expected: String?) {
        #expect(ContentPath.resolve(link, from: from) == expected)
        #expect(ContentPath.resolveByCharacters(link, from: from) == expected)
    }

    /// Random links and pages from pieces that include scalars joining into one character with a `/` or a
    /// `.` (a combining accent, a joiner): both ways give the same answer.
    @Test func theByteWayAgreesWithTheCharacterWay() {
        let pieces = ["..", ".", "/", "a", "é", "e\u{301}", "/\u{301}", ".\u{301}", "\u{200D}", "délai.md", "//", "\r\n", "👍🏽"]
        var random = SeededRandom(seed: 29)
        func path() -> String { (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        var resolved = 0
        for _ in 0..<5_000 {
            let (link, from) = (path(), path())
            let definition = ContentPath.resolveByCharacters(link, from: from)
            #expect(ContentPath.resolve(link, from: from) == definition, "\(link.debugDescription) from \(from.debugDescription)")
            if definition != nil { resolved += 1 }
        }
        #expect(resolved > 1_000)
    }
}
