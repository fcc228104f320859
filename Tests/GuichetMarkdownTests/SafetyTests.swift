import GuichetMarkdown
import Testing

@Suite struct SafetyTests {
    @Test func rawHTMLIsDroppedByDefault() {
        let markdown = "<div class=\"x\">\nblock\n</div>\n\nInline <b>bold</b> text."
        #expect(html(markdown) == "<p>Inline bold text.</p>\n")
        #expect(html(markdown, allowRawHTML: true) == """
            <div class="x">
            block
            </div>
            <p>Inline <b>bold</b> text.</p>

            """)
    }

    @Test func scriptIsDroppedOrEscaped() {
        #expect(html("<script>alert(1)</script>") == "")
        #expect(html("a <script>alert(1)</script> b") == "<p>a alert(1) b</p>\n")
        #expect(html("`<script>` and \\<script>") == "<p><code>&lt;script&gt;</code> and &lt;script&gt;</p>\n")
    }

    @Test func dangerousLinksLoseTheirURL() {
        #expect(html("[a](javascript:alert(1))") == "<p><a>a</a></p>\n")
        #expect(html("[a](JaVaScRiPt:alert(1))") == "<p><a>a</a></p>\n")
        #expect(html("[a](vbscript:x) [b](data:text/html;base64,xx)") == "<p><a>a</a> <a>b</a></p>\n")
        #expect(html("[a](<java\tscript:x>)") == "<p><a>a</a></p>\n")
        #expect(html("![pic](javascript:x)") == "<p>pic</p>\n")
        #expect(html("<javascript:alert(1)>") == "<p><a>javascript:alert(1)</a></p>\n")
    }

    @Test func urlSafety() {
        #expect(!HTMLRenderer.isSafeURL("javascript:alert(1)"))
        #expect(!HTMLRenderer.isSafeURL("\u{0}\u{1F} javascript:x"))
        #expect(!HTMLRenderer.isSafeURL("java\nscript:x"))
        #expect(!HTMLRenderer.isSafeURL("Data:image/png;base64,xx"))
        #expect(!HTMLRenderer.isSafeURL("vbscript:x"))
        #expect(HTMLRenderer.isSafeURL("https://example.com/javascript:x"))
        #expect(HTMLRenderer.isSafeURL("/aide/javascript:"))
        #expect(HTMLRenderer.isSafeURL("#data:x"))
        #expect(HTMLRenderer.isSafeURL("mailto:a@b.c"))
        #expect(HTMLRenderer.isSafeURL(""))
    }
}
