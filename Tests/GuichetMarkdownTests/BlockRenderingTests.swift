import GuichetMarkdown
import Testing

@Suite struct BlockRenderingTests {
    @Test func paragraphsAndEmphasis() {
        #expect(html("Hello *world* and **you**.\nNext line.\n\nSecond.") == """
            <p>Hello <em>world</em> and <strong>you</strong>.
            Next line.</p>
            <p>Second.</p>

            """)
    }

    @Test func hardBreaksAndThematicBreak() {
        #expect(html("a\\\nb  \nc\n\n---") == "<p>a<br />\nb<br />\nc</p>\n<hr />\n")
    }

    @Test func blockQuote() {
        #expect(html("> quoted\n> text") == "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>\n")
    }

    @Test func nestedTightList() {
        #expect(html("- a\n  - b\n  - c\n- d") == """
            <ul>
            <li>a
            <ul>
            <li>b</li>
            <li>c</li>
            </ul>
            </li>
            <li>d</li>
            </ul>

            """)
    }

    @Test func looseList() {
        #expect(html("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    }

    @Test func orderedListStart() {
        #expect(html("3. three\n4. four") == "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n")
        #expect(html("1. one") == "<ol>\n<li>one</li>\n</ol>\n")
        #expect(blocks("7) x").first?.kind == .list(ordered: true, start: 7, tight: true))
        #expect(blocks("- x").first?.kind == .list(ordered: false, start: 1, tight: true))
    }

    @Test func codeSpansAndFencedBlocks() {
        #expect(html("Use `a < b && c` here.") == "<p>Use <code>a &lt; b &amp;&amp; c</code> here.</p>\n")
        #expect(html("```swift title\nlet x = a < b\n```") == """
            <pre><code class="language-swift">let x = a &lt; b
            </code></pre>

            """)
        #expect(html("    indented <b>\n") == "<pre><code>indented &lt;b&gt;\n</code></pre>\n")
        #expect(blocks("```swift title\nx\n```").first?.kind == .codeBlock(info: "swift title", literal: "x\n"))
    }

    @Test func tableWithAlignment() {
        let markdown = """
            | Left | Centre | Right | None |
            |:-----|:------:|------:|------|
            | a | *b* | `c` | d |
            | e |
            """
        #expect(html(markdown) == """
            <table>
            <thead>
            <tr>
            <th class="align-left">Left</th>
            <th class="align-center">Centre</th>
            <th class="align-right">Right</th>
            <th>None</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">a</td>
            <td class="align-center"><em>b</em></td>
            <td class="align-right"><code>c</code></td>
            <td>d</td>
            </tr>
            <tr>
            <td class="align-left">e</td>
            <td class="align-center"></td>
            <td class="align-right"></td>
            <td></td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(blocks(markdown).first?.kind == .table(alignments: [.left, .center, .right, .none]))
    }

    @Test func headerOnlyTableHasNoBody() {
        #expect(html("| a |\n|---|") == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test func taskLists() {
        #expect(html("- [ ] todo\n- [x] done\n- plain") == """
            <ul>
            <li class="task"><input type="checkbox" disabled> todo</li>
            <li class="task"><input type="checkbox" disabled checked> done</li>
            <li>plain</li>
            </ul>

            """)
        #expect(html("- [x] loose\n\n- [ ] list") == """
            <ul>
            <li class="task">
            <p><input type="checkbox" disabled checked> loose</p>
            </li>
            <li class="task">
            <p><input type="checkbox" disabled> list</p>
            </li>
            </ul>

            """)
        let items = blocks("- [ ] a\n- [X] b\n- c").first?.children.map(\.kind)
        #expect(items == [.item(task: .unchecked), .item(task: .checked), .item(task: nil)])
    }

    @Test func emptyDocument() {
        #expect(html("") == "")
        #expect(html("\n\n  \n") == "")
        #expect(MarkdownParser().parse("") == MarkdownDocument(root: MarkdownNode(.document, position: at(1, 1))))
    }

    @Test func crlfInputMatchesLF() {
        let lf = "# Title\n\nLine one\nLine *two* {{ a.b }}\n\n- x\n- y\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(html(crlf) == html(lf))
        #expect(MarkdownParser().parse(crlf) == MarkdownParser().parse(lf))
    }

    @Test func frenchTextPassesThroughUntouched() {
        // U+00A0 before ":" and U+202F before "?" must survive parsing and rendering as is.
        let text = "Délai de rétractation\u{00A0}: 14\u{00A0}jours. Et après\u{202F}? « Oui » — l’œuvre"
        #expect(html(text) == "<p>\(text)</p>\n")
        #expect(blocks(text).first?.children == [MarkdownNode(.text(text), position: at(1, 1))])
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
