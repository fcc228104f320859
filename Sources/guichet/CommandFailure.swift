import ArgumentParser
import Foundation

/// How a command fails: a one-line message on standard error and an exit status. 64 is EX_USAGE (sysexits):
/// the call itself was wrong; 1 means the input had errors.
enum CommandFailure: Error {
    case usage(String)
    case failed(String)
    /// The output could not be written (EX_CANTCREAT).
    case cannotWrite(String)

    /// Prints the message and returns the exit code, for `throw CommandFailure…exit()`.
    func exit() -> ExitCode {
        switch self {
        case .usage(let message):
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            return ExitCode(64)
        case .failed(let message):
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            return ExitCode(1)
        case .cannotWrite(let message):
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            return ExitCode(73)
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into its message and exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            throw failure.exit()
        }
    }
}
