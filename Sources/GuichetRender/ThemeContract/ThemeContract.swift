/// The declared keys of one theme value type, with an index so that a lookup is one hash, not a scan.
package struct ThemeContract<Value>: Sendable {
    package let schema: ThemeSchema
    private let keys: [ThemeKey<Value>]
    private let index: [String: Int]

    package init(_ name: String, _ summary: String, _ keys: [ThemeKey<Value>]) {
        self.init(name: name, summary: summary, own: keys, inherited: [], from: nil)
    }

    /// A page's contract: its own keys, then those of `base` (the layout's), read through `path`.
    package init<Base: ThemeValue>(_ name: String, _ summary: String, _ keys: [ThemeKey<Value>],
                           inheriting base: Base.Type, through path: @escaping @Sendable (Value) -> Base) {
        self.init(name: name, summary: summary, own: keys, inherited: Base.contract.keys.map { $0.through(path) },
                  from: ThemeSchema.Inherited(schema: { Base.schema }))
    }

    private init(name: String, summary: String, own: [ThemeKey<Value>], inherited: [ThemeKey<Value>],
                 from: ThemeSchema.Inherited?) {
        schema = ThemeSchema(name: name, summary: summary,
                             keys: own.map { ThemeSchema.Key(name: $0.name, kind: $0.kind, meaning: $0.meaning) },
                             inherited: from)
        keys = own + inherited
        var index: [String: Int] = [:]
        for (position, key) in keys.enumerated() where index[key.name] == nil { index[key.name] = position }
        self.index = index
    }

    package func value(of name: String, in value: Value) -> Any? {
        guard let position = index[name] else { return nil }
        return keys[position].read(value)
    }

    /// The typed accessor of `name`, found as `value(of:in:)` finds it (the first key of that name); nil when
    /// the type has no such key, which swift-mustache then looks for in the enclosing values.
    package func typedRead(of name: String) -> ThemeRead<Value>? {
        guard let position = index[name] else { return nil }
        return keys[position].typed
    }
}
