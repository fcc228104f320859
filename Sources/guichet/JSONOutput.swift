import Foundation

/// JSON on standard output: sorted keys and no escaped slashes, so the output is stable and diffable.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        try write(value, formatting: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
    }

    /// One object on one line: what a script reads with `jq` or a line-based tool.
    static func printCompact<T: Encodable>(_ value: T) throws {
        try write(value, formatting: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func write<T: Encodable>(_ value: T, formatting: JSONEncoder.OutputFormatting) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
