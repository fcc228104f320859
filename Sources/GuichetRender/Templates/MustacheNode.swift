/// One piece of a parsed template, as swift-mustache's own (internal) token tree has it: what a compiled
/// template is made of. Comments, and the standalone lines that tags leave, are gone already: the parser
/// removes them as swift-mustache does.
package indirect enum MustacheNode: Sendable, Equatable {
    case text(String)
    /// `{{ name }}` (escaped) or `{{{ name }}}` / `{{& name }}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{# name }}…{{/ name }}`
    case section(MustacheName, [MustacheNode])
    /// `{{^ name }}…{{/ name }}`
    case inverted(MustacheName, [MustacheNode])
    /// `{{> name }}` (`blocks` nil), or `{{< name }}…{{/ name }}` with the blocks it defines. `indentation` is
    /// what swift-mustache adds before each line the partial renders after its first: a standalone `{{>`'s
    /// leading whitespace, `{{<`'s always (nil for an inline `{{>`).
    case partial(String, indentation: String?, blocks: [String: [MustacheNode]]?)
    /// `{{$ name }}…{{/ name }}` where a template renders it: the block a child template gave, else this content.
    case block(String, content: [MustacheNode], indentation: String)
}
