@testable import GuichetMarkdown
import Testing

@Suite struct HeadingTests {
    @Test func slugs() {
        #expect(HTMLRenderer.slug("Délai de rétractation") == "delai-de-retractation")
        #expect(HTMLRenderer.slug("  L’œuvre : ÉTÉ 2026 !  ") == "l-oeuvre-ete-2026")
        #expect(HTMLRenderer.slug("Straße\u{00A0}Ærø") == "strasse-aero")
        #expect(HTMLRenderer.slug("Ça coûte 10\u{202F}€ ?") == "ca-coute-10")
        #expect(HTMLRenderer.slug("Привет мир") == "привет-мир")
        #expect(HTMLRenderer.slug("!!!") == "section")
    }

    @Test func headingIdsAreUniqueAndListed() {
        let rendered = HTMLRenderer().render(MarkdownParser().parse("""
            # Délai de *rétractation*
            ## FAQ
            ## FAQ
            ### FAQ 2
            Setext
            ------
            ## `code` <b>x</b>
            """))
        #expect(rendered.html == """
            <h1 id="delai-de-retractation">Délai de <em>rétractation</em></h1>
            <h2 id="faq">FAQ</h2>
            <h2 id="faq-2">FAQ</h2>
            <h3 id="faq-2-2">FAQ 2</h3>
            <h2 id="setext">Setext</h2>
            <h2 id="code-x"><code>code</code> x</h2>

            """)
        #expect(rendered.headings == [
            MarkdownHeading(level: 1, text: "Délai de rétractation", id: "delai-de-retractation"),
            MarkdownHeading(level: 2, text: "FAQ", id: "faq"),
            MarkdownHeading(level: 2, text: "FAQ", id: "faq-2"),
            MarkdownHeading(level: 3, text: "FAQ 2", id: "faq-2-2"),
            MarkdownHeading(level: 2, text: "Setext", id: "setext"),
            MarkdownHeading(level: 2, text: "code x", id: "code-x"),
        ])
    }

    @Test func headingsDoNotTakeFootnoteIds() {
        let rendered = HTMLRenderer().render(MarkdownParser().parse("# Fn 1\n\nA[^x]\n\n[^x]: n"))
        #expect(rendered.headings.map(\.id) == ["fn-1-2"])
    }
}

/// French headings are slugged through a table made the general way, one scalar at a time: the same slug as
/// lowering and decomposing the whole text, for every scalar of the table alone, between letters and
/// spaces, and in random runs of them.
@Suite struct HeadingSlugTableTests {
    @Test func everyScalarOfTheTableGivesTheGeneralSlug() {
        for value in HeadingSlug.Latin.ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "Été \(scalar) 2026", "\(scalar)\(scalar)"] {
                #expect(HeadingSlug.make(from: text) == HeadingSlug.makeInGeneral(from: text), "\(text.debugDescription)")
            }
        }
    }

    @Test func randomRunsOfTheTableGiveTheGeneralSlug() {
        var state: UInt64 = 30
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let covered = Array(HeadingSlug.Latin.ranges.joined())
        for _ in 0..<3_000 {
            let text = String(String.UnicodeScalarView((0..<Int(next() % 12)).compactMap { _ in
                Unicode.Scalar(covered[Int(next() % UInt64(covered.count))])
            }))
            #expect(HeadingSlug.make(from: text) == HeadingSlug.makeInGeneral(from: text), "\(text.debugDescription)")
        }
        #expect(HeadingSlug.make(from: "Délai\u{0301} α") == HeadingSlug.makeInGeneral(from: "Délai\u{0301} α"), "past the table")
    }
}
