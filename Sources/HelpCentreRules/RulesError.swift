/// The rules module's one error type: a reason, and a French message a person can act on.
public struct RulesError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case timeZoneUnavailable(String)
        case unknownFunction(String, suggestion: String?)
        case unknownRule(String, suggestion: String?)
        case missingArgument(function: String, name: String)
        case unknownArgument(function: String, name: String, suggestion: String?)
        case invalidArgument(function: String, name: String, value: String, expected: String)
        case noValueInForce(rule: String, date: LocalDate)
    }

    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        func hint(_ s: String?) -> String { s.map { " (did you mean '\($0)'?)" } ?? "" }
        switch reason {
        case .timeZoneUnavailable(let id):
            return "time zone '\(id)' is not in the system's time-zone database (install tzdata)"
        case .unknownFunction(let id, let s):
            return "unknown function '\(id)'\(hint(s))"
        case .unknownRule(let id, let s):
            return "unknown rule '\(id)'\(hint(s))"
        case .missingArgument(let f, let name):
            return "missing argument '\(name)' for '\(f)'"
        case .unknownArgument(let f, let name, let s):
            return "unknown argument '\(name)' for '\(f)'\(hint(s))"
        case .invalidArgument(let f, let name, let value, let expected):
            return "invalid value '\(value)' for argument '\(name)' of '\(f)': expected \(expected)"
        case .noValueInForce(let rule, let date):
            return "rule '\(rule)' has no value in force on \(date.iso)"
        }
    }
}
