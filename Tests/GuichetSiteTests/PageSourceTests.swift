@testable import GuichetCheck
@testable import GuichetSite
import Testing

/// `PageSource.closestOccurrence` compares bytes when the line and the snippet are French prose, and
/// characters otherwise; both must find what the search on arrays of characters found.
struct PageSourceTests {
    /// The search as it was, on arrays of characters: the definition.
    static func byCharacters(_ snippet: String, in line: String, to expected: Int) -> Int? {
        let line = Array(line)
        let needle = Array(snippet)
        var best: Int?
        if line.count >= needle.count {
            for i in 0...(line.count - needle.count) where line[i] == needle[0] && Array(line[i..<(i + needle.count)]) == needle {
                if best == nil || abs(i - expected) < abs(best! - expected) { best = i }
            }
        }
        return best
    }

    static let cases: [(snippet: String, line: String)] = [
        ("14 jours", "Vous avez 14 jours, oui 14 jours."), ("é", "été, déjà, éé"), ("jours", "Après réception, 14 jours."),
        ("[lien](a.md)", "Voir « [lien](a.md) » et [lien](a.md)."), ("’", "l’été et l’hiver"), ("€", "12 € ou 13\u{00A0}€"),
        ("14\u{202F}jours", "soit 14\u{202F}jours ou 14 jours"), ("x", ""), ("long snippet", "short"), ("a", "a"),
        // Not French prose: compared as characters (canonical equivalence, clusters).
        ("é", "e\u{301}te\u{301}"), ("e\u{301}", "été"), ("e", "e\u{301}te"), ("🇫🇷", "🇫🇷🇫🇷 drapeau"), ("b", "a\r\nb"),
        ("\u{2002}", "a\u{2000}b\u{2002}c"), ("14 jours", "👍🏽 14 jours et 14 jours"), ("한", "한국 한"),
    ]

    @Test func bytesAndCharactersFindTheSameOccurrence() {
        for (snippet, line) in Self.cases {
            for expected in -2...(line.count + 2) {
                #expect(PageSource.closestOccurrence(of: snippet, in: Substring(line), to: expected)
                        == Self.byCharacters(snippet, in: line, to: expected), "\(snippet) in \(line) near \(expected)")
            }
        }
    }

    @Test func theClosestOfTwoAndTheFirstOnATie() {
        #expect(PageSource.closestOccurrence(of: "ab", in: "ab ab ab", to: 4) == 3)
        #expect(PageSource.closestOccurrence(of: "ab", in: "ab__ab", to: 2) == 0)
        #expect(PageSource.closestOccurrence(of: "jours", in: "déjà 2 jours", to: 0) == 7)
    }
}
