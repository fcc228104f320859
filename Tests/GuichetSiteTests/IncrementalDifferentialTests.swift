import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import PropertyBased
import Testing

/// Random sequences of edits of every kind an editor, a theme author or the calendar makes, each followed by
/// an incremental build compared byte for byte with a clean build of the same inputs (issue 26, item 7).
///
/// `IncrementalBuildTests` makes the edits someone thought of; this makes the ones nobody listed, in orders
/// nobody tried: a field forgotten in what the cache compares shows here as a stale page. An edit may make the
/// site invalid (a link to an article just deleted, a reference to a rule no longer listed): then the clean
/// and the incremental build must both refuse it, with the same findings, and the next edit goes on from there.
///
/// `GUICHET_DIFFERENTIAL_SEQUENCES=N` runs N sequences instead of the suite's 200 (Benchmarks/differential.sh
/// runs thousands).
@Suite struct IncrementalDifferentialTests {
    /// One edit: what it changes, and which variant (which article, which value) chosen by `variant`.
    enum Edit: Int, CaseIterable, Sendable {
        case prose, title, description, order, draft, rulesList, reference, alias, related, reviewed, category,
             newArticle, deleteArticle, template, settings, today, rule, audience, linkToAlias
    }

    struct Step: CustomStringConvertible, Sendable {
        let edit: Edit
        let variant: Int
        var description: String { "\(edit)#\(variant)" }
    }

    static let sequences = Int(ProcessInfo.processInfo.environment["GUICHET_DIFFERENTIAL_SEQUENCES"] ?? "") ?? 200

    static let stepGenerator = zip(Gen.int(in: 0...(Edit.allCases.count - 1)), Gen.int(in: 0...1_000)).map { kind, variant in
        Step(edit: Edit(rawValue: kind)!, variant: variant)
    }

    @Test func randomEditSequencesGiveTheCleanOutput() async {
        await propertyCheck(count: Self.sequences, input: Self.stepGenerator.array(of: 1...4), Gen.bool) { steps, inMemory in
            let failure: String? = await Self.offCooperativePool { () -> String? in
                do {
                    try Self.run(steps, inMemory: inMemory)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            if let failure { Issue.record("\(steps) (in memory: \(inMemory)): \(failure)") }
        }
    }

    /// Runs minutes of blocking builds on a thread of their own: on the cooperative pool (two threads on a
    /// two-core machine) they would starve the suites that wait on async work, such as the preview's.
    static func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    /// The same machinery on a sequence written out, so that a failure found at random can be kept as a case.
    @Test func aFixedSequenceOfEveryEditGivesTheCleanOutput() async throws {
        let steps = Edit.allCases.map { Step(edit: $0, variant: 7) } + Edit.allCases.map { Step(edit: $0, variant: 2) }
        let failure: String? = await Self.offCooperativePool { () -> String? in
            do { try Self.run(steps, inMemory: false); return nil } catch { return "\(error)" }
        }
        #expect(failure == nil)
    }

    // MARK: - Running a sequence

    /// The site's state besides its files: the build date and the rule book.
    struct Inputs {
        var asOf = Rules.asOf
        var book = Rules.standard
    }

    static func run(_ steps: [Step], inMemory: Bool) throws {
        let work = try IncrementalBuildTests.Workspace(inMemory: inMemory)
        defer { work.folder.remove() }
        let inputs0 = Inputs()
        var inputs = inputs0
        // The first build fills the cache; a build with an empty cache is the clean build, so nothing to compare.
        var first = work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"), book: inputs0.book)
        first.memory = work.memory
        #expect(try SiteBuilder(options: first).build().published)
        for (index, step) in steps.enumerated() {
            try apply(step, to: work, inputs: &inputs)
            try compare(work, inputs, after: "step \(index + 1) of \(steps)")
        }
    }

    /// Builds incrementally into Output/ and from scratch into Clean/: the same answer, and when published,
    /// the same bytes.
    static func compare(_ work: IncrementalBuildTests.Workspace, _ inputs: Inputs, after label: String) throws {
        var incrementalOptions = work.options(output: work.folder.sub("Output"), cache: work.folder.sub(".cache"), book: inputs.book)
        incrementalOptions.memory = work.memory
        incrementalOptions.asOf = inputs.asOf
        let incremental = try SiteBuilder(options: incrementalOptions).build()
        try? FileManager.default.removeItem(atPath: work.folder.sub("Clean"))
        var cleanOptions = work.options(output: work.folder.sub("Clean"), cache: nil, book: inputs.book)
        cleanOptions.asOf = inputs.asOf
        let clean = try SiteBuilder(options: cleanOptions).build()
        #expect(incremental.published == clean.published, "\(label): published \(incremental.published), a clean build \(clean.published)")
        #expect(incremental.diagnostics == clean.diagnostics, "\(label): the findings differ from a clean build's")
        guard clean.published, incremental.published else { return }
        if let difference = firstDifference(expected: work.folder.sub("Clean"), actual: work.folder.sub("Output")) {
            Issue.record("\(label): incremental output differs from a clean build: \(difference)")
        }
    }

    // MARK: - The edits

    /// The articles now in Content/, sorted: the edits pick one by `variant`.
    static func articles(_ work: IncrementalBuildTests.Workspace) -> [String] {
        (FileManager.default.subpaths(atPath: work.content) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") }.sorted()
    }

    static func categories(_ work: IncrementalBuildTests.Workspace) -> [String] {
        (FileManager.default.subpaths(atPath: work.content) ?? []).filter { $0.hasSuffix("/_index.md") }.sorted()
    }

    /// Replaces the front-matter line that starts with `key:`, or adds it after the title.
    static func setField(_ key: String, _ value: String?, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let close = lines.dropFirst().firstIndex(of: "---") ?? 1
        if let index = lines[1..<close].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            if let value { lines[index] = "\(key): \(value)" } else { lines.remove(at: index) }
        } else if let value {
            lines.insert("\(key): \(value)", at: 2)
        }
        return lines.joined(separator: "\n")
    }

    static func apply(_ step: Step, to work: IncrementalBuildTests.Workspace, inputs: inout Inputs) throws {
        let variant = step.variant
        let articles = articles(work)
        let article = "Content/" + articles[variant % articles.count]
        func change(_ relative: String, _ edit: (String) -> String) throws {
            let path = work.folder.sub(relative)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try edit(text).write(toFile: path, atomically: true, encoding: .utf8)
        }
        switch step.edit {
        case .prose:
            try change(article) { $0 + "\nUn paragraphe ajouté (\(variant)) pour vérifier la reconstruction.\n" }
        case .title:
            try change(article) { setField("title", "Titre \(variant)", in: $0) }
        case .description:
            try change(article) { setField("description", "\"Une description \(variant).\"", in: $0) }
        case .order:
            try change(article) { setField("order", variant % 3 == 0 ? nil : "\(variant % 5)", in: $0) }
        case .draft:
            try change(article) { $0.contains("\ndraft: true") ? setField("draft", nil, in: $0) : setField("draft", "true", in: $0) }
        case .rulesList:
            let lists = ["[withdrawal.period]", "[withdrawal.period, withdrawal.exclusions]", "[delivery.shipping]", "[]"]
            try change(article) { setField("rules", lists[variant % lists.count], in: $0) }
        case .reference:
            let references = ["{{ withdrawal.period }}", "{{ withdrawal.period.value }}", "{{ delivery.shipping }}"]
            try change(article) { $0 + "\nLe délai : \(references[variant % references.count]).\n" }
        case .alias:
            try change(article) { setField("aliases", variant % 4 == 0 ? nil : "[/ancien-\(variant % 7)/]", in: $0) }
        case .related:
            let targets = articles.filter { "Content/" + $0 != article }
            try change(article) { setField("related", variant % 3 == 0 || targets.isEmpty ? nil : "[\(targets[variant % targets.count].split(separator: "/").last!)]", in: $0) }
        case .linkToAlias:
            // Links are checked against every address, aliases included: an alias removed elsewhere breaks this.
            let aliases = ["/ancien-delai/", "/ancien-\(variant % 7)/"]
            try change(article) { $0 + "\nVoir [l’ancienne page](\(aliases[variant % aliases.count])).\n" }
        case .audience:
            try change(article) { setField("audience", variant % 2 == 0 ? "vendeur" : nil, in: $0) }
        case .reviewed:
            try change(article) { setField("reviewed", variant % 4 == 0 ? nil : "2026-\(String(format: "%02d", variant % 11 + 1))-02", in: $0) }
        case .category:
            let categories = categories(work)
            try change("Content/" + categories[variant % categories.count]) {
                variant % 2 == 0 ? setField("title", "Rubrique \(variant)", in: $0) : $0 + "\nUne phrase d’introduction (\(variant)).\n"
            }
        case .newArticle:
            let categories = categories(work)
            let category = categories[variant % categories.count].split(separator: "/")[0]
            try work.write("Content/\(category)/nouveau-\(variant % 5).md", """
                ---
                title: Nouvel article \(variant)
                description: "Un article ajouté pendant la séquence."
                rules: [withdrawal.period]
                ---
                Vous disposez de {{ withdrawal.period }} pour changer d’avis.

                """)
        case .deleteArticle:
            guard articles.count > 2 else { return }
            try FileManager.default.removeItem(atPath: work.folder.sub(article))
        case .template:
            let templates = ["footer", "article", "layout", "category", "home"]
            try change("Themes/default/templates/\(templates[variant % templates.count]).mustache") { $0 + "<!-- \(variant) -->\n" }
        case .settings:
            try change("guichet.yml") {
                variant % 2 == 0
                    ? $0.replacing(#/\ntitle: [^\n]*/#, with: "\ntitle: Aide \(variant)")
                    : $0.replacing(#/\ndescription: [^\n]*/#, with: "\ndescription: \"Les réponses, version \(variant).\"")
            }
        case .today:
            let dates = [(2026, 6, 18), (2026, 6, 19), (2026, 11, 28), (2027, 1, 4), (2026, 5, 1)]
            let (year, month, day) = dates[variant % dates.count]
            inputs.asOf = LocalDate(year: year, month: month, day: day)!
        case .rule:
            inputs.book = Rules.standard
            if variant % 2 == 1 {
                inputs.book.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince,
                                                         WithdrawalPeriodPolicy(period: CalendarDays(14 + variant % 10)))
            }
        }
    }
}
