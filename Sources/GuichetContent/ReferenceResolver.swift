import HelpCentreRules

/// Says what a reference renders as, on a given date, from the rule book: a rule's wording
/// (`{{ withdrawal.period }}`), one of its phrases (`{{ withdrawal.period.value }}`), or a function's text
/// (`{{ withdrawal.period.deadline received=2026-06-07 }}`). Knows nothing of Markdown or HTML.
public struct ReferenceResolver: Sendable {
    public let book: RuleBook
    public let asOf: LocalDate
    private let snapshots: [String: RuleSnapshot]
    /// Every id an article may write, for "did you mean".
    public let knownIDs: [String]

    public init(book: RuleBook, asOf: LocalDate) {
        self.book = book
        self.asOf = asOf
        let rules = book.rules(on: asOf)
        self.snapshots = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
        self.knownIDs = rules.map(\.id)
            + rules.flatMap { rule in rule.wording.parts.keys.sorted().map { "\(rule.id).\($0)" } }
            + book.functions.map(\.id)
    }

    public struct Resolved: Hashable, Sendable {
        /// The French text to show (plain text: the renderer escapes it).
        public let text: String
        /// The lines of a rule that is a list; a reference alone in its paragraph becomes a bulleted list.
        public let items: [String]
        /// Where the text should link to (`tel:+33970756460` for the phone number).
        public let link: String?
        /// The rules the reference relies on: the article's front-matter must list them.
        public let rules: [String]
    }

    public struct Failure: Error, Hashable, Sendable {
        public let code: DiagnosticCode
        public let message: String
        public let fix: String?
        /// The one close id of an unknown reference (`withdrawal.period` for `withdrawal.perod`).
        public var closest: String? = nil
    }

    public func snapshot(_ id: String) -> RuleSnapshot? { snapshots[id] }

    public func resolve(_ reference: Reference) -> Result<Resolved, Failure> {
        if let rule = snapshots[reference.id] {
            guard reference.arguments.isEmpty else { return .failure(noArguments(reference, rule: rule.id)) }
            var link: String?
            if case .phoneNumber(let e164) = rule.value { link = "tel:\(e164)" }
            return .success(Resolved(text: rule.wording.text, items: rule.wording.items, link: link, rules: [rule.id]))
        }
        if let dot = reference.id.lastIndex(of: "."), let rule = snapshots[String(reference.id[..<dot])],
           let phrase = rule.wording.part(String(reference.id[reference.id.index(after: dot)...])) {
            guard reference.arguments.isEmpty else { return .failure(noArguments(reference, rule: rule.id)) }
            return .success(Resolved(text: phrase, items: [], link: nil, rules: [rule.id]))
        }
        if let function = book.functions.first(where: { $0.id == reference.id }) {
            do {
                let evaluation = try function.evaluate(reference.argumentMap, in: book, asOf: asOf)
                return .success(Resolved(text: evaluation.text, items: [], link: nil, rules: function.rules))
            } catch {
                return .failure(Failure(code: .invalidCall, message: "\(error.description) in '\(reference.source)'",
                                        fix: callFix(function)))
            }
        }
        if book.entry(reference.id) != nil {
            return .failure(Failure(code: .unknownReference,
                                    message: "rule '\(reference.id)' has no value in force on \(asOf.iso)",
                                    fix: "build with --as-of a date when the rule is in force"))
        }
        let suggestion = Suggestion.closest(to: reference.id, in: knownIDs)
        return .failure(Failure(code: .unknownReference, message: "unknown rule or function '\(reference.id)'",
                                fix: suggestion.map { "did you mean '{{ \($0) }}'?" } ?? "run 'guichet rules' for the list of ids",
                                closest: suggestion))
    }

    private func noArguments(_ reference: Reference, rule: String) -> Failure {
        let what = reference.id == rule ? "a rule" : "a phrase of rule '\(rule)'"
        return Failure(code: .invalidCall, message: "'\(reference.id)' is \(what) and takes no arguments",
                       fix: "write '{{ \(reference.id) }}', or call one of its functions (guichet rules show \(rule))")
    }

    private func callFix(_ function: RuleFunction) -> String {
        "write '{{ \(function.signature) }}'"
    }
}
