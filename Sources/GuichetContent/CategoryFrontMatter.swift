/// The front-matter of a category's `_index.md`.
public struct CategoryFrontMatter: Sendable {
    public static let keys = ["title", "description", "order", "icon"]

    public var title: String
    public var description: String
    public var order: Int
    public var icon: String?

    public static func parse(_ yaml: String, file: String, firstLine: Int) -> (CategoryFrontMatter?, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: firstLine, known: keys, describing: "front-matter")
        if fields.diagnostics.contains(where: { $0.code == .invalidYAML || $0.code == .frontMatterNotMapping }) {
            return (nil, fields.diagnostics)
        }
        fields.required("title", fix: "add 'title: …' to the category's _index.md")
        fields.required("description", fix: "add 'description: …' to the category's _index.md")
        let title = fields.string("title")
        let description = fields.string("description")
        let order = fields.integer("order") ?? 0
        let icon = fields.string("icon")
        guard let title, let description else { return (nil, fields.diagnostics) }
        return (CategoryFrontMatter(title: title, description: description, order: order, icon: icon), fields.diagnostics)
    }
}
