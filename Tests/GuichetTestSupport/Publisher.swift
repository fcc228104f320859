import Foundation

/// The `legal:` and `mediator:` blocks every site must have, from Tests/publisher.yml, so that each test's
/// settings state only what the test is about. Shared by the test targets (and Benchmarks/generate.py reads
/// the same file).
public enum Publisher {
    public static let blocks: String = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("publisher.yml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
        return text
    }()

    /// `settings` followed by the two blocks, at the end, where they move no line a test points at.
    public static func settings(_ settings: String = "") -> String {
        settings + (settings.isEmpty || settings.hasSuffix("\n") ? "" : "\n") + blocks
    }
}
