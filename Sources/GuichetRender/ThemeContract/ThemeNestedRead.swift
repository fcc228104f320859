/// The read of a key that holds theme values (`ThemeValue`s, one or a list), with their Swift type hidden:
/// the type is known where the key is declared, and only there can a section's content be compiled over it.
package protocol ThemeNestedRead<Value>: Sendable {
    associatedtype Value

    func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> any ThemeNestedRead<Outer>
    /// `key.name`: the key `name` of the value read, or nil when it has none (swift-mustache finds nothing
    /// then, and looks no further).
    func member(_ name: String) -> ThemeRead<Value>?
    /// `empty(key)`: for a list; nil for one value, which has no such transform.
    var isEmpty: (@Sendable (Value) -> Bool)? { get }
    /// `{{# key }}…{{/ key }}`, the content compiled over the value(s) read.
    func section(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                 compiler: TemplateCompiler) -> TemplateRender<Value>?
    /// `{{^ key }}…{{/ key }}`
    func inverted(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                  compiler: TemplateCompiler) -> TemplateRender<Value>?
}
