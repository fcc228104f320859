import ArgumentParser
import HelpCentreRules

struct RulesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate one rule function.",
        discussion: """
            Arguments are NAME=VALUE. Times are 2026-06-01T10:00 (Paris), 2026-06-01T08:00:00Z or 2026-06-01.
            Example: guichet rules eval withdrawal.period.deadline received=2026-06-07
            """)

    @Argument(help: "The function's id, such as withdrawal.period.deadline.") var function: String
    @Argument(help: "Arguments as NAME=VALUE.") var arguments: [String] = []
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Print one JSON object {function, value, text}.") var json = false

    func run() throws {
        try reportingFailures {
            let book = try standardRuleBook()
            var raw: [String: String] = [:]
            for argument in arguments {
                guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                    throw CommandFailure.usage("argument '\(argument)' is not NAME=VALUE")
                }
                let name = String(argument[..<equals])
                guard raw[name] == nil else { throw CommandFailure.usage("argument '\(name)' is given twice") }
                raw[name] = String(argument[argument.index(after: equals)...])
            }
            let evaluation: Evaluation
            do {
                evaluation = try book.evaluate(function, raw, asOf: asOf.resolve(clock: book.calendar.clock))
            } catch let error as RulesError {
                throw CommandFailure.usage(error.description)
            }
            if json {
                try JSONOutput.printCompact(evaluation)
            } else {
                print(evaluation.text)
            }
        }
    }
}
