import GuichetMarkdown
import Testing

@Suite struct TreeRewritingTests {
    @Test func siteReplacesReferencesWithRawHTML() {
        var document = MarkdownParser().parse("Délai : {{ withdrawal.days }} jours <i>.\n\n[lien](/old)")
        document.root.rewriteDescendants { node in
            switch node.kind {
            case .text(let text):
                // A stand-in for the site's reference expansion.
                let parts = text.split(separator: "{{ withdrawal.days }}", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return [node] }
                return [
                    MarkdownNode(.text(String(parts[0])), position: node.position),
                    MarkdownNode(.rawHTML("<span class=\"ref\">14</span>")),
                    MarkdownNode(.text(String(parts[1]))),
                ]
            case .link(let destination, let title):
                var link = node
                link.kind = .link(destination: "/aide" + destination, title: title)
                return [link]
            default:
                return [node]
            }
        }
        #expect(HTMLRenderer().render(document).html == """
            <p>Délai : <span class="ref">14</span> jours .</p>
            <p><a href="/aide/old">lien</a></p>

            """)
    }

    @Test func builtTreeRenders() {
        let document = MarkdownDocument(children: [
            MarkdownNode(.heading(level: 2), children: [MarkdownNode(.text("Résumé & <suite>"))]),
            MarkdownNode(.rawHTML("<aside>déjà échappé</aside>\n")),
            MarkdownNode(.paragraph, children: [
                MarkdownNode(.link(destination: " javascript:alert(1)", title: "t\"'"), children: [MarkdownNode(.text("x"))]),
                MarkdownNode(.link(destination: "/ok", title: "t\"'"), children: [MarkdownNode(.text("y"))]),
            ]),
        ])
        #expect(HTMLRenderer().render(document).html == """
            <h2 id="resume-suite">Résumé &amp; &lt;suite&gt;</h2>
            <aside>déjà échappé</aside>
            <p><a>x</a><a href="/ok" title="t&quot;&#39;">y</a></p>

            """)
    }

    @Test func forEachNodeVisitsInDocumentOrder() {
        var texts: [String] = []
        MarkdownParser().parse("# a\n\nb *c*\n\n- d").root.forEachNode { node in
            if case .text(let text) = node.kind { texts.append(text) }
        }
        #expect(texts == ["a", "b ", "c", "d"])
    }
}
