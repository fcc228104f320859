/// A reference in an article's text: `{{ withdrawal.period }}`, `{{ withdrawal.period.value }}` or a call
/// `{{ withdrawal.period.deadline received=2026-06-07 }}`. Which of these it is depends on the rule book,
/// so the parser only records the id and the arguments.
public struct Reference: Hashable, Sendable {
    public let id: String
    /// In the order written; names are unique.
    public let arguments: [Argument]
    /// Character offset of `{{` in the text it was found in, and the length through `}}`.
    public let offset: Int
    public let length: Int
    /// The source as written, for messages.
    public let source: String

    public struct Argument: Hashable, Sendable {
        public let name: String
        public let value: String
    }

    public var argumentMap: [String: String] {
        Dictionary(arguments.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
