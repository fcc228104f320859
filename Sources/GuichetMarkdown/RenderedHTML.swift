/// The output of ``HTMLRenderer``.
public struct RenderedHTML: Hashable, Sendable {
    /// The HTML fragment (no `<html>` or `<body>`), ending with a newline when not empty.
    public var html: String
    /// Every heading, in document order, with the `id` it was rendered with.
    public var headings: [MarkdownHeading]

    public init(html: String, headings: [MarkdownHeading]) {
        self.html = html
        self.headings = headings
    }
}
