/// A theme key's accessor with its Swift type: what a compiled template calls, where swift-mustache asks
/// `child(named:)` for an `Any` and casts it at every tag.
package enum ThemeRead<Value>: Sendable {
    case text(@Sendable (Value) -> String)
    case html(@Sendable (Value) -> SafeHTML)
    case flag(@Sendable (Value) -> Bool)
    case number(@Sendable (Value) -> Int)
    case texts(@Sendable (Value) -> [String])
    case object(any ThemeNestedRead<Value>)
    case list(any ThemeNestedRead<Value>)
    /// A value whose rendering by swift-mustache is not modelled (an optional value, which it receives as a
    /// nil inside an `Any`): a template that reads one is rendered by swift-mustache.
    case unmodelled

    /// The same read from a value that holds this one.
    package func through<Outer>(_ path: @escaping @Sendable (Outer) -> Value) -> ThemeRead<Outer> {
        switch self {
        case .text(let read): .text { read(path($0)) }
        case .html(let read): .html { read(path($0)) }
        case .flag(let read): .flag { read(path($0)) }
        case .number(let read): .number { read(path($0)) }
        case .texts(let read): .texts { read(path($0)) }
        case .object(let nested): .object(nested.through(path))
        case .list(let nested): .list(nested.through(path))
        case .unmodelled: .unmodelled
        }
    }
}
