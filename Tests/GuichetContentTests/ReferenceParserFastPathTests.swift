@testable import GuichetContent
import Testing

/// `ReferenceParser.parse` reads scalars when each is a character of its own, characters otherwise: the
/// segments, offsets and texts must be the same.
struct ReferenceParserFastPathTests {
    static let texts: [String] = [
        "", "rien", "{{ withdrawal.period.value }}", "Le délai de {{ withdrawal.period.value }} ; il court.",
        "« {{ a.b }} » et {{ c.d x=1 y=2 }}’é", "é{{ a.b }}é{{ c.d }}", "{{ a.b }}{{ c.d }}", "{{", "{{}}", "{{ }}",
        "é {{ a.b", "{{ a.b {{ c.d }} }}", "{{ a.b }} {{ A.B }}", "{{ a.b x= }}", "{{ a.b x=1 x=2 }}", "{ {a} }",
        "{{{ a.b }}}", "}} {{ a.b }}", "{{ withdrawal.period.deadline received=2026-06-07 }}\u{00A0}!",
        // Texts read as characters: offsets count characters.
        "e\u{301} {{ a.b }} e\u{301}", "{{\u{301} a.b }}", "{{ a.b }\u{301}}", "👍🏽 {{ a.b }}", "🇫🇷{{ a.b }}🇫🇷",
        "a\r\n{{ a.b }}", "{{ a.b\r\n }}", "한 {{ a.b }}", "{{ é\u{301}.b }}", "\u{2000}{{ a.b }}",
    ]

    @Test(arguments: texts)
    func scalarsAndCharactersAgree(_ text: String) {
        #expect(ReferenceParser.parse(text) == ReferenceParser.parseCharacters(text))
    }

    @Test func offsetsCountCharacters() {
        let segments = ReferenceParser.parse("de\u{301}lai {{ a.b }}")
        guard case .reference(let reference) = segments.last else { Issue.record("no reference"); return }
        #expect(reference.offset == 6)
    }
}
