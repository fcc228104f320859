import Foundation
@testable import GuichetMarkdown
import Testing

/// `MarkdownWriter` writes back what the parser read: parsing its output gives a tree that renders to the
/// same HTML. On the repository's own articles, and on text that would otherwise turn into markup.
@Suite struct MarkdownWriterTests {
    /// Writes `markdown`'s tree back, then compares the HTML of the tree read again with the original's.
    private func roundTrip(_ markdown: String, allowRawHTML: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let writer = MarkdownWriter(allowRawHTML: allowRawHTML)
        let written = writer.write(MarkdownParser().parse(markdown))
        #expect(html(written, allowRawHTML: allowRawHTML) == html(markdown, allowRawHTML: allowRawHTML),
                "written back as:\n\(written)", sourceLocation: sourceLocation)
        return written
    }

    @Test func everyArticleOfTheRepositoryRoundTrips() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content").path
        let files = (FileManager.default.subpaths(atPath: content) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOfFile: content + "/" + file, encoding: .utf8)
            // The body after the front-matter.
            let parts = text.components(separatedBy: "\n---\n")
            _ = roundTrip(parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text)
        }
    }

    @Test func blocksOfEveryKind() {
        let written = roundTrip("""
            # Titre

            Un *paragraphe* avec **du gras**, ~~barré~~, `du code` et un [lien](https://exemple.fr/a "titre").

            > Une citation
            > sur deux lignes.

            1. un
            2. deux
               - imbriqué
               - [ ] à faire
               - [x] fait

            - lâche

            - liste

            ```swift
            let x = "```"
            ```

            | A | B |
            |:--|--:|
            | a \\| b | c |

            ---

            Une note[^1].

            [^1]: Le texte de la note.
            """)
        #expect(written.hasPrefix("# Titre\n\nUn *paragraphe* avec **du gras**, ~~barré~~, `du code` et un [lien](https://exemple.fr/a \"titre\").\n"))
    }

    /// Text that looks like markup is escaped, so that it stays text.
    @Test func textThatLooksLikeMarkupStaysText() {
        let tree = MarkdownDocument(root: MarkdownNode(.document, children: [
            MarkdownNode(.paragraph, children: [MarkdownNode(.text("# pas un titre, *pas* d’emphase, [pas] de lien, <b>, a_b_c, &amp; Q&R"))]),
            MarkdownNode(.paragraph, children: [MarkdownNode(.text("1. pas une liste")), MarkdownNode(.softBreak), MarkdownNode(.text("- ni celle-ci"))]),
        ]))
        let written = MarkdownWriter().write(tree)
        #expect(written == "\\# pas un titre, \\*pas\\* d’emphase, \\[pas\\] de lien, \\<b\\>, a\\_b\\_c, \\&amp; Q&R\n\n1\\. pas une liste\n\\- ni celle-ci\n")
        let again = MarkdownParser().parse(written)
        #expect(HTMLRenderer().render(again).html == HTMLRenderer().render(tree).html)
    }

    /// Escaping works on bytes, as cmark reads them: a `*` carrying a combining mark still opens emphasis there,
    /// so it is escaped; an entity is recognised only with ASCII letters or digits before its `;`.
    @Test func escapingFollowsCmarksBytes() {
        #expect(MarkdownWriter.escaped("a*\u{0301}b*") == "a\\*\u{0301}b\\*")
        #expect(MarkdownWriter.escaped("&#233; &eacute; &é; & ;") == "\\&#233; \\&eacute; &é; & ;")
        #expect(MarkdownWriter.escaped("deux\nlignes") == "deux lignes")
        let tree = MarkdownDocument(root: MarkdownNode(.document, children: [
            MarkdownNode(.paragraph, children: [MarkdownNode(.text("a*\u{0301}b*c"))]),
        ]))
        let again = MarkdownParser().parse(MarkdownWriter().write(tree))
        #expect(HTMLRenderer().render(again).html == HTMLRenderer().render(tree).html)
    }

    /// Raw HTML is dropped, as the HTML renderer drops it, unless the site allows it.
    /// `escaped` returns a text holding none of the bytes it may change as it is; with or without that shortcut
    /// it answers alike, for every ASCII byte between two letters and for texts of the repository's kind.
    @Test func theShortcutChangesNothing() {
        var texts = (0..<128).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        texts += ["", "Le délai de rétractation", "l’été « ici »", "a & b", "&amp;", "ligne\nsuivante", "x_y", "1. liste"]
        for text in texts {
            #expect(MarkdownWriter.escaped(text) == MarkdownWriter.escapedByBytes(text), "\(Array(text.utf8))")
        }
    }

    @Test func rawHTMLFollowsTheSiteSetting() {
        let source = "<div>bloc</div>\n\nTexte <b>gras</b>.\n"
        #expect(MarkdownWriter().write(MarkdownParser().parse(source)) == "Texte gras.\n")
        #expect(roundTrip(source, allowRawHTML: true) == source)
    }
}

/// The writer replaces one ASCII character on bytes when every scalar is a character of its own, through
/// Foundation otherwise: both give Foundation's answer, on random texts with the needle beside combining
/// marks, joiners, CR LF, emoji and French letters.
@Suite struct ReplacingASCIITests {
    @Test(arguments: [("\n", " "), ("|", "\\|"), ("<", "%3C"), ("\\", "\\\\"), ("\"", "\\\"")] as [(Unicode.Scalar, String)])
    func theByteWayGivesFoundationsAnswer(_ needle: Unicode.Scalar, _ replacement: String) {
        let pieces = [String(needle), String(needle), "a", "é", "e\u{301}", "\u{301}", "\u{200D}", "\r\n", "\r", "\n", "👍🏽", "«\u{00A0}", "|", "x y"]
        var state: UInt64 = 41
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var replaced = 0
        for _ in 0..<2_000 {
            let text = (0..<(next() % 9)).map { _ in pieces[next() % pieces.count] }.joined()
            let expected = text.replacingOccurrences(of: String(needle), with: replacement)
            #expect(text.replacing(ascii: needle, with: replacement) == expected, "\(text.debugDescription)")
            if expected != text { replaced += 1 }
        }
        #expect(replaced > 500)
    }
}
