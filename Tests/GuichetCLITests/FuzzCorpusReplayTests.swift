import Foundation
import Testing

/// Every input in Tests/FuzzCorpus/<target>/ (seeds, and any crash the fuzzer found and someone
/// committed) goes through the same harness as the fuzzer, built without it: a crash found once stays a
/// regression test.
struct FuzzCorpusReplayTests {
    static let targets = ["front-matter", "references", "article"]

    @Test(arguments: targets)
    func corpusReplaysWithoutCrashing(target: String) throws {
        let guichet = try #require(CLI.executable, "guichet is not built")
        let replay = guichet.deletingLastPathComponent().appendingPathComponent("guichet-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: replay.path), "guichet-fuzz is not built")
        let corpus = CLI.packageRoot.appendingPathComponent("Tests/FuzzCorpus/\(target)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }
        #expect(!inputs.isEmpty)

        let process = Process()
        process.executableURL = replay
        process.arguments = [corpus.path, CLI.packageRoot.appendingPathComponent("Content/annulation-retractation").path]
        process.environment = ["GUICHET_FUZZ_TARGET": target]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: CLI.packageRoot.appendingPathComponent("Content/annulation-retractation").path).count
        #expect(output == "replayed \(inputs.count + articles) inputs through the \(target) harness\n")
    }
}
