import GuichetMarkdown

/// Parses and renders `markdown` with the given renderer options.
func html(_ markdown: String, allowRawHTML: Bool = false) -> String {
    HTMLRenderer(allowRawHTML: allowRawHTML).render(MarkdownParser().parse(markdown)).html
}

/// The top-level blocks of `markdown`.
func blocks(_ markdown: String) -> [MarkdownNode] {
    MarkdownParser().parse(markdown).children
}

/// Shorthand for a position in expectations.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}
