/// A heading as rendered, for building a table of contents.
public struct MarkdownHeading: Hashable, Sendable {
    /// 1...6.
    public var level: Int
    /// The heading's plain text (see ``MarkdownNode/plainText``).
    public var text: String
    /// The `id` attribute given to the heading element, unique within the rendered document.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
