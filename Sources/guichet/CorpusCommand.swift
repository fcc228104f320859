import ArgumentParser
import Foundation
import GuichetSite

/// `guichet corpus FILE…`: how far the figure check can be trusted, measured on labelled sentences.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Measure the figure check's precision and recall on a labelled corpus.",
        discussion: """
            Each FILE is a YAML list of French sentences labelled with the rule they type or contradict, or \
            'clean' (format: Tests/CheckCorpus/corpus.yml). Each becomes an article of the category and with the \
            rules: it names, checked as 'guichet check' would. Prints precision and recall overall and per rule, \
            then every mistake. Counts warnings too, as 'check --strict' does, unless --errors-only. \
            Exit status: 0 when both reach --goal, 1 below it, 64 for a file that cannot be read.
            """)

    @Argument(help: "Corpus files (YAML). Default: every .yml file of Tests/CheckCorpus/.") var files: [String] = []
    @Option(help: "The least precision and recall accepted.") var goal = 0.95
    @Flag(help: "Count errors only (what the preview shows in red).") var errorsOnly = false
    @Flag(help: "Print the figures only, not each mistake.") var summary = false
    @Flag(help: "Under each mistake, print the evidence the judge weighed for each figure (its signals and verdict).")
    var explain = false
    @Option(help: "Explain this entry (by id), mistaken or not; implies --explain.") var entry: String?
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            var entries: [CheckCorpus.Entry] = []
            let folder = "Tests/CheckCorpus"
            let chosen = files.isEmpty
                ? ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
                    .map { "\(folder)/\($0)" }
                : files
            guard !chosen.isEmpty else { throw CommandFailure.usage("no corpus: name a file, or run from the repository's root") }
            for file in chosen {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw CommandFailure.usage("\(file): cannot be read")
                }
                do { entries += try CheckCorpus.parse(text, file: file) } catch let error as CheckCorpus.FormatError { throw CommandFailure.usage(error.description) }
            }
            let book = try standardRuleBook()
            let explaining = explain || entry != nil
            let outcomes = CheckCorpus(entries: entries).run(book: book, asOf: asOf.resolve(clock: book.calendar.clock), explain: explaining)
            let score = CorpusScore(outcomes, strict: !errorsOnly)
            if let entry {
                guard let found = outcomes.first(where: { $0.entry.id == entry }) else {
                    throw CommandFailure.usage("no entry '\(entry)' in the corpus")
                }
                print("\(found.entry.id) [\(found.entry.label ?? "clean")] \(found.entry.text.replacingOccurrences(of: "\n", with: " ⏎ "))")
                print(found.evidence.map { "  \($0)" }.joined(separator: "\n"))
                return
            }
            print(score.text(showMistakes: !summary, explain: explaining), terminator: "")
            if score.overall.precision < goal || score.overall.recall < goal {
                print("below the goal of \(goal)")
                throw ExitCode(1)
            }
        }
    }
}
