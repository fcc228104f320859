/// One key of a theme value: its name in templates, what kind of value it holds, what it means, and how it is
/// read from the Swift value.
///
/// A key is made by the factory of its Swift type (`.text` reads a `String`, `.html` a `SafeHTML`, `.list` an
/// array of theme values…), so its kind, and whether a template may print it unescaped, is the type the
/// compiler checked, not a label written beside it.
package struct ThemeKey<Value>: Sendable {
    package let name: String
    package let kind: ThemeKeyKind
    package let meaning: String
    package let read: @Sendable (Value) -> Any
    /// The same accessor with its Swift type kept: what a compiled template reads, with no cast at render time.
    package let typed: ThemeRead<Value>

    private init(_ name: String, _ kind: ThemeKeyKind, _ meaning: String, _ typed: ThemeRead<Value>,
                 _ read: @escaping @Sendable (Value) -> Any) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
        self.typed = typed
        self.read = read
    }

    /// Text, HTML-escaped wherever a template prints it.
    package static func text(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Value) -> String) -> ThemeKey {
        ThemeKey(name, .text, meaning, .text(read), read)
    }

    /// HTML a guichet writer produced: the only kind `{{{ key }}}` may print.
    package static func html(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Value) -> SafeHTML) -> ThemeKey {
        ThemeKey(name, .html, meaning, .html(read), read)
    }

    package static func flag(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Value) -> Bool) -> ThemeKey {
        ThemeKey(name, .flag, meaning, .flag(read), read)
    }

    package static func number(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Value) -> Int) -> ThemeKey {
        ThemeKey(name, .number, meaning, .number(read), read)
    }

    package static func texts(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Value) -> [String]) -> ThemeKey {
        ThemeKey(name, .texts, meaning, .texts(read), read)
    }

    package static func object<Inner: ThemeValue>(_ name: String, _ meaning: String,
                                          _ read: @escaping @Sendable (Value) -> Inner) -> ThemeKey {
        ThemeKey(name, .object(Inner.schema), meaning, .object(ThemeObjectRead(read: read)), read)
    }

    /// A value that may be absent: a section on it renders nothing then.
    package static func object<Inner: ThemeValue>(_ name: String, _ meaning: String,
                                          _ read: @escaping @Sendable (Value) -> Inner?) -> ThemeKey {
        ThemeKey(name, .object(Inner.schema), meaning, .unmodelled, read)
    }

    package static func list<Inner: ThemeValue>(_ name: String, _ meaning: String,
                                        _ read: @escaping @Sendable (Value) -> [Inner]) -> ThemeKey {
        ThemeKey(name, .list(Inner.schema), meaning, .list(ThemeListRead(read: read)), read)
    }

    /// The same key read through `path`: how a page inherits the keys every page has.
    package func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> ThemeKey<Outer> {
        let read = self.read
        return ThemeKey<Outer>(name, kind, meaning, typed.through(path)) { read(path($0)) }
    }
}

/// What a key holds, as a template uses it.
package enum ThemeKeyKind: Sendable {
    /// Text, HTML-escaped by `{{ key }}`; `{{{ key }}}` on it is refused.
    case text
    /// HTML that guichet made safe (`SafeHTML`), for `{{{ key }}}`.
    case html
    /// True or false, for `{{# key }}…{{/ key }}` and `{{^ key }}…{{/ key }}`.
    case flag
    case number
    /// A list of texts, each shown with `{{ . }}`.
    case texts
    /// A value with keys of its own, opened with `{{# key }}` or read as `key.name`.
    case object(ThemeSchema)
    /// A list of such values, each shown by `{{# key }}…{{/ key }}`.
    case list(ThemeSchema)

    /// How docs/themes.md says it.
    package var documented: String {
        switch self {
        case .text: "text"
        case .html: "*raw* HTML"
        case .flag: "true/false"
        case .number: "number"
        case .texts: "list of texts"
        case .object(let schema): "`\(schema.name)`"
        case .list(let schema): "list of `\(schema.name)`"
        }
    }
}
