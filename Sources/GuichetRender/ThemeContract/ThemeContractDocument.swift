/// The theme contract as Markdown: the part of docs/themes.md between its two `theme-contract` markers. A
/// test compares that part with this text, so the documentation cannot forget a key the code adds.
package enum ThemeContractDocument {
    package static let begin = "<!-- theme-contract: begin (generated from Sources/GuichetRender/ThemeContract; see ThemeContractTests) -->"
    package static let end = "<!-- theme-contract: end -->"

    package static func markdown() -> String {
        var lines: [String] = [begin, "", "### The page templates", "",
                               "| template | receives | its own keys (besides those of `Layout`) |", "|---|---|---|"]
        for (template, schema) in ThemePages.all {
            let own = schema.keys.map { "`\($0.name)`" }.joined(separator: ", ")
            lines.append("| `\(template)` | `\(schema.name)` | \(own.isEmpty ? "—" : own) |")
        }
        // Each type once, in the order a reader meets them: the layout, then each page and what it holds.
        var order: [ThemeSchema] = []
        var seen = Set<String>()
        func visit(_ schema: ThemeSchema) {
            guard seen.insert(schema.name).inserted else { return }
            order.append(schema)
            for key in schema.keys {
                switch key.kind {
                case .object(let inner), .list(let inner): visit(inner)
                default: break
                }
            }
        }
        if let layout = ThemePages.all.first?.schema.inherited?.schema() { visit(layout) }
        for (_, schema) in ThemePages.all { visit(schema) }
        for schema in order {
            lines += ["", "### `\(schema.name)`", "", schema.summary
                      + (schema.inherited.map { " It also has every key of `\($0.schema().name)`." } ?? ""), ""]
            guard !schema.keys.isEmpty else { continue }
            lines += ["| key | holds | meaning |", "|---|---|---|"]
            lines += schema.keys.map { "| `\($0.name)` | \($0.kind.documented) | \($0.meaning) |" }
        }
        lines += ["", end]
        return lines.joined(separator: "\n")
    }
}
