/// What swift-mustache's context carries into one render of a template (the page template, a section's
/// content, a partial, a block), known when compiling: the indentation partials and blocks add, and the blocks
/// a child template gave its parents.
package struct TemplateUnit: Sendable {
    package var indentation: String?
    package var blocks: [String: [MustacheNode]]?
    /// Partials included inside each other so far: a template that includes itself is not compiled.
    package var depth: Int

    package static let page = TemplateUnit(indentation: nil, blocks: nil, depth: 0)
}
