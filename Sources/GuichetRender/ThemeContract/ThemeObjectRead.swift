/// A key that holds one theme value.
package struct ThemeObjectRead<Value, Inner: ThemeValue>: ThemeNestedRead {
    package let read: @Sendable (Value) -> Inner

    package func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> any ThemeNestedRead<Outer> {
        let read = self.read
        return ThemeObjectRead<Outer, Inner>(read: { read(path($0)) })
    }

    package func member(_ name: String) -> ThemeRead<Value>? { Inner.contract.typedRead(of: name)?.through(read) }

    package var isEmpty: (@Sendable (Value) -> Bool)? { nil }

    /// swift-mustache puts the value on top of the context and renders the content once.
    package func section(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                         compiler: TemplateCompiler) -> TemplateRender<Value>? {
        guard let body = compiler.compile(content, in: scope.pushing(TemplateFrame<TemplateChain<Inner, Value>>.keys(of: Inner.self)),
                                          unit: unit) else { return nil }
        let read = self.read
        return { value, out in body(TemplateChain(read(value), value), &out) }
    }

    /// A value is always there: an inverted section on it renders nothing.
    package func inverted(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                          compiler: TemplateCompiler) -> TemplateRender<Value>? {
        { _, _ in }
    }
}
