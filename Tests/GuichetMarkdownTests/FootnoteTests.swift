import GuichetMarkdown
import Testing

@Suite struct FootnoteTests {
    @Test func footnotesWithBackReferences() {
        let markdown = """
            Voir[^delai] et[^autre], encore[^delai].

            [^autre]: Autre note.

            [^delai]: Quatorze jours.

                Deuxième paragraphe.

            [^inutile]: Jamais citée.
            """
        #expect(html(markdown) == """
            <p>Voir<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> \
            et<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup>, \
            encore<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>Quatorze jours.</p>
            <p>Deuxième paragraphe. \
            <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to reference 1">↩</a> \
            <a href="#fnref-1-2" class="footnote-backref" data-footnote-backref aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-2">
            <p>Autre note. <a href="#fnref-2" class="footnote-backref" data-footnote-backref aria-label="Back to reference 2">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func backReferenceLabelIsConfigurable() {
        let document = MarkdownParser().parse("A[^1]\n\n[^1]: ```\n    code\n    ```")
        let rendered = HTMLRenderer(footnoteBackReferenceLabel: "Retour à l’appel").render(document).html
        #expect(rendered.hasSuffix("""
            <li id="fn-1">
            <pre><code>code
            </code></pre>
            <p><a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Retour à l’appel 1">↩</a></p>
            </li>
            </ol>
            </section>

            """))
    }

    @Test func undefinedFootnoteStaysText() {
        #expect(html("A[^missing] b") == "<p>A[^missing] b</p>\n")
    }
}
