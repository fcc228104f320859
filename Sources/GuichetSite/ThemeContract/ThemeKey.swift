/// One key of a theme value: its name in templates, what kind of value it holds, what it means, and how it is
/// read from the Swift value.
struct ThemeKey<Value>: Sendable {
    let name: String
    let kind: ThemeKeyKind
    let meaning: String
    let read: @Sendable (Value) -> Any

    init(_ name: String, _ kind: ThemeKeyKind, _ meaning: String, _ read: @escaping @Sendable (Value) -> Any) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
        self.read = read
    }

    /// The same key read through `path`: how a page inherits the keys every page has.
    func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> ThemeKey<Outer> {
        let read = self.read
        return ThemeKey<Outer>(name, kind, meaning) { read(path($0)) }
    }
}

/// What a key holds, as a template uses it.
enum ThemeKeyKind: Sendable {
    /// Text, HTML-escaped by `{{ key }}`.
    case text
    /// HTML that guichet made safe, for `{{{ key }}}` only.
    case raw
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
    var documented: String {
        switch self {
        case .text: "text"
        case .raw: "*raw* HTML"
        case .flag: "true/false"
        case .number: "number"
        case .texts: "list of texts"
        case .object(let schema): "`\(schema.name)`"
        case .list(let schema): "list of `\(schema.name)`"
        }
    }
}
