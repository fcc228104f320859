import ArgumentParser
import Foundation
import HelpCentreRules

/// `--as-of DATE`: which rule values are in force. Today in Paris by default: the only place the command
/// line reads the clock, so that everything below it takes the date as an input.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Date whose rules apply (YYYY-MM-DD). Default: today in Europe/Paris.",
            transform: dateArgument)
    var asOf: LocalDate?

    @Option(name: .customLong("today"),
            help: "Today for the editorial checks: future and stale reviews (YYYY-MM-DD). Default: today in Europe/Paris.",
            transform: dateArgument)
    var today: LocalDate?

    func resolve(clock: ParisClock) -> LocalDate { asOf ?? clock.localDate(Date()) }

    /// The editors' today: never --as-of, which only chooses the rules in force.
    func resolveToday(clock: ParisClock) -> LocalDate { today ?? clock.localDate(Date()) }
}

/// A date given on the command line, `YYYY-MM-DD`: --as-of, --today, rules diff's --from and --to.
func dateArgument(_ text: String) throws -> LocalDate {
    guard let date = LocalDate(iso: text) else { throw ValidationError("'\(text)' is not a date such as 2026-06-01") }
    return date
}

/// Opens the standard rule book on the Paris clock; a machine without the time-zone entry is a usage problem.
func standardRuleBook() throws -> RuleBook {
    do {
        return RuleBook.standard(clock: try ParisClock())
    } catch {
        throw CommandFailure.usage(error.description)
    }
}
