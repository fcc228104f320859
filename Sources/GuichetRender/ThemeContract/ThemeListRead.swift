/// A key that holds a list of theme values.
package struct ThemeListRead<Value, Inner: ThemeValue>: ThemeNestedRead {
    package let read: @Sendable (Value) -> [Inner]

    package func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> any ThemeNestedRead<Outer> {
        let read = self.read
        return ThemeListRead<Outer, Inner>(read: { read(path($0)) })
    }

    /// swift-mustache reads a name inside an array by reflection, which finds none.
    package func member(_ name: String) -> ThemeRead<Value>? { nil }

    package var isEmpty: (@Sendable (Value) -> Bool)? {
        let read = self.read
        return { read($0).isEmpty }
    }

    /// The content once for each item, the item on top of the context.
    package func section(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                         compiler: TemplateCompiler) -> TemplateRender<Value>? {
        guard let body = compiler.compile(content, in: scope.pushing(TemplateFrame<TemplateChain<Inner, Value>>.keys(of: Inner.self)),
                                          unit: unit) else { return nil }
        let read = self.read
        return { value, out in
            for item in read(value) { body(TemplateChain(item, value), &out) }
        }
    }

    /// The content when the list is empty, with the empty list on top of the context (as swift-mustache does).
    package func inverted(_ content: [MustacheNode], in scope: TemplateScope<Value>, unit: TemplateUnit,
                          compiler: TemplateCompiler) -> TemplateRender<Value>? {
        guard let body = compiler.compile(content, in: scope.pushing(TemplateFrame<TemplateChain<[Inner], Value>>.opaque()),
                                          unit: unit) else { return nil }
        let read = self.read
        return { value, out in
            let items = read(value)
            if items.isEmpty { body(TemplateChain(items, value), &out) }
        }
    }
}
