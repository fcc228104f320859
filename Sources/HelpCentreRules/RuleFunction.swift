/// A function of the catalogue: what the command line's `rules eval` and an article's
/// `{{ withdrawal.period.deadline received=2026-06-07 }}` call. Its id and arguments are a public contract.
public struct RuleFunction: Sendable {
    public let id: String
    /// The rules whose value it applies.
    public let rules: [String]
    /// What it answers, in French.
    public let summary: String
    public let parameters: [Parameter]
    let body: @Sendable (RuleBook, Arguments) throws(RulesError) -> Evaluation

    init(id: String, rules: [String], summary: String, parameters: [Parameter],
         body: @escaping @Sendable (RuleBook, Arguments) throws(RulesError) -> Evaluation) {
        self.id = id
        self.rules = rules
        self.summary = summary
        self.parameters = parameters
        self.body = body
    }

    public struct Parameter: Hashable, Sendable {
        public let name: String
        public let kind: Kind
        public let isRequired: Bool

        public enum Kind: Hashable, Sendable {
            /// A date-time (with or without offset); a bare date is refused as ambiguous.
            case instant
            /// A date, or a date-time whose Paris date is taken.
            case day
            /// A date or a date-time, each meaning what it says.
            case dayOrInstant
            case choice([String])
            case boolean
            case year
        }

        /// What a value must look like, for error messages and `rules show`.
        public var expected: String {
            switch kind {
            case .instant: "a date-time such as 2026-06-01T10:00 (Paris time) or 2026-06-01T08:00:00Z"
            case .day: "a date such as 2026-06-01"
            case .dayOrInstant: "a date such as 2026-06-01 or a date-time such as 2026-06-01T10:00"
            case .choice(let values): "one of " + values.joined(separator: ", ")
            case .boolean: "true or false"
            case .year: "a year such as 2026"
            }
        }
    }

    /// How a call is written: `withdrawal.period.deadline received=… [region=…]` (optional ones in brackets).
    public var signature: String {
        ([id] + parameters.map { $0.isRequired ? "\($0.name)=…" : "[\($0.name)=…]" }).joined(separator: " ")
    }

    /// Checks the argument names, then runs the function. `asOf` is the date whose rules apply when the
    /// call has no event date of its own (`withdrawal.eligible`); dated calls use the event's date.
    public func evaluate(_ raw: [String: String], in book: RuleBook, asOf: LocalDate) throws(RulesError) -> Evaluation {
        let names = parameters.map(\.name)
        for name in raw.keys.sorted() where !names.contains(name) {
            throw RulesError(.unknownArgument(function: id, name: name, suggestion: Suggestion.closest(to: name, in: names)))
        }
        for parameter in parameters where parameter.isRequired && raw[parameter.name] == nil {
            throw RulesError(.missingArgument(function: id, name: parameter.name))
        }
        return try body(book, Arguments(function: self, raw: raw, clock: book.calendar.clock, asOf: asOf))
    }
}
