import GuichetMarkdown
import Testing

@Suite struct InlineRenderingTests {
    @Test func linksAndImages() {
        #expect(html("[Aide](/aide \"Le titre\") ![Logo *x*](/l.png)") == """
            <p><a href="/aide" title="Le titre">Aide</a> <img src="/l.png" alt="Logo x" /></p>

            """)
    }

    @Test func linkDestinationsArePercentEncoded() {
        #expect(html("[x](<https://e.com/a b/é?q=1&r='2'>)") == """
            <p><a href="https://e.com/a%20b/%C3%A9?q=1&amp;r=&#39;2&#39;">x</a></p>

            """)
    }

    @Test func strikethrough() {
        #expect(html("~~gone~~ and ~also~") == "<p><del>gone</del> and <del>also</del></p>\n")
    }

    @Test func autolinks() {
        #expect(html("See https://example.com and www.example.com.") == """
            <p>See <a href="https://example.com">https://example.com</a> and <a href="http://www.example.com">www.example.com</a>.</p>

            """)
        #expect(html("<https://example.com/a>") == "<p><a href=\"https://example.com/a\">https://example.com/a</a></p>\n")
        #expect(html("Mail aide@example.com") == "<p>Mail <a href=\"mailto:aide@example.com\">aide@example.com</a></p>\n")
    }

    @Test func textIsEscaped() {
        #expect(html("5 > 3 & \"quotes\" 'single'") == "<p>5 &gt; 3 &amp; &quot;quotes&quot; 'single'</p>\n")
    }
}
