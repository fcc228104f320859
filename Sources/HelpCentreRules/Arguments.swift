import Foundation

/// The arguments of one call, parsed on demand with an error that names the argument and what it expects.
struct Arguments {
    let function: RuleFunction
    let raw: [String: String]
    let clock: ParisClock
    /// The date whose rules apply when the call names no event date of its own.
    let asOf: LocalDate

    private func invalid(_ name: String, _ value: String, expected: String? = nil) -> RulesError {
        let parameter = function.parameters.first { $0.name == name }
        return RulesError(.invalidArgument(function: function.id, name: name, value: value,
                                           expected: expected ?? parameter?.expected ?? "a valid value"))
    }

    private func value(_ name: String) -> String? { raw[name] }

    func instant(_ name: String) throws(RulesError) -> Date {
        let text = value(name) ?? ""
        guard let input = TimeInput.parse(text) else { throw invalid(name, text) }
        guard let instant = input.instant(clock: clock) else {
            throw invalid(name, text, expected: "a time as well as a date (a date alone is ambiguous here), such as \(text)T10:00")
        }
        return instant
    }

    func day(_ name: String) throws(RulesError) -> LocalDate {
        let text = value(name) ?? ""
        guard let input = TimeInput.parse(text) else { throw invalid(name, text) }
        return input.localDate(clock: clock)
    }

    func dayOrInstant(_ name: String) throws(RulesError) -> TimeInput {
        let text = value(name) ?? ""
        guard let input = TimeInput.parse(text) else { throw invalid(name, text) }
        return input
    }

    func choice<T: RawRepresentable>(_ name: String, default fallback: T? = nil) throws(RulesError) -> T where T.RawValue == String {
        guard let text = value(name) else {
            if let fallback { return fallback }
            throw RulesError(.missingArgument(function: function.id, name: name))
        }
        guard let result = T(rawValue: text) else { throw invalid(name, text) }
        return result
    }

    func boolean(_ name: String) throws(RulesError) -> Bool? {
        guard let text = value(name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw invalid(name, text)
        }
    }

    func year(_ name: String) throws(RulesError) -> Int {
        let text = value(name) ?? ""
        guard text.count == 4, let year = Int(text), (1583...9999).contains(year) else {
            throw invalid(name, text, expected: "a Gregorian year from 1583 to 9999")
        }
        return year
    }
}
