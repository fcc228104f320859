import GuichetMarkdown
import Testing

@Suite struct DeepNestingTests {
    /// cmark accepts any nesting; the Swift tree is capped so that recursion over it cannot
    /// overflow a task's stack. Deeper content survives as text.
    @Test func deeplyNestedInputIsFlattenedNotFatal() {
        let quotes = String(repeating: "> ", count: 20_000) + "deep *text*"
        let document = MarkdownParser().parse(quotes)
        #expect(depth(of: document.root) <= 102)
        #expect(document.root.plainText == "deep text")
        #expect(html(quotes).contains("<p>deep text</p>"))

        let lists = String(repeating: "- ", count: 5_000) + "item"
        #expect(html(lists).contains("item"))
    }

    @Test func ordinaryNestingIsKept() {
        let markdown = (0..<20).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
        let document = MarkdownParser().parse(markdown)
        #expect(depth(of: document.root) == 2 * 20 + 3)
    }

    private func depth(of node: MarkdownNode) -> Int {
        1 + (node.children.map(depth(of:)).max() ?? 0)
    }
}
