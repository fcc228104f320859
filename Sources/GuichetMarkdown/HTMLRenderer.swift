/// Renders a Markdown tree to HTML5, following the CommonMark reference renderer's output where
/// HTML5 allows it.
///
/// Safe by default: text and attributes are escaped, raw HTML from the source is dropped and
/// `javascript:`, `vbscript:` and `data:` URLs are never emitted (such a link keeps its text but
/// loses its `href`; such an image is replaced by its alt text). Only ``MarkdownNode/Kind/rawHTML(_:)``
/// nodes, which the parser never produces, are emitted verbatim.
///
/// Differences from cmark-gfm's own HTML: headings get a unique `id` (see ``slug(_:)``), table
/// cell alignment is a class (`align-left`, `align-center`, `align-right`) because HTML5 has no
/// `align` attribute, task list items are `<li class="task"><input type="checkbox" disabled>`, and
/// footnote anchors are numbered (`fn-1`, `fnref-1`, `fnref-1-2`).
public struct HTMLRenderer: Sendable {
    /// Emit the source's raw HTML blocks and inline tags verbatim instead of dropping them.
    public var allowRawHTML: Bool
    /// The accessible name of a footnote's "↩" link; the reference number is appended.
    public var footnoteBackReferenceLabel: String

    public init(allowRawHTML: Bool = false, footnoteBackReferenceLabel: String = "Back to reference") {
        self.allowRawHTML = allowRawHTML
        self.footnoteBackReferenceLabel = footnoteBackReferenceLabel
    }

    public func render(_ document: MarkdownDocument) -> RenderedHTML {
        render(document.root)
    }

    /// Renders any node as if it were a whole document: footnotes it references are listed after it.
    public func render(_ node: MarkdownNode) -> RenderedHTML {
        var writer = HTMLWriter(renderer: self, root: node)
        writer.write(node)
        return RenderedHTML(html: writer.html, headings: writer.headings)
    }

    /// Whether `url` may be emitted as an `href` or `src`: false for the `javascript:`, `vbscript:`
    /// and `data:` schemes, however cased and whatever control characters or spaces precede them.
    public static func isSafeURL(_ url: String) -> Bool {
        URLSafety.isSafe(url)
    }

    /// The base `id` for a heading with this text: lowercased, accents folded, runs of anything
    /// but letters and digits turned into one `-` ("Délai de rétractation" → "delai-de-retractation").
    /// "section" when nothing is left. The renderer appends -2, -3, … to repeats.
    public static func slug(_ text: String) -> String {
        HeadingSlug.make(from: text)
    }
}
