import Foundation
import GuichetContent

/// Precision and recall of the figure check on a labelled corpus, overall and per rule.
///
/// A drift labelled with rule R is caught when a finding of its entry names R (whatever its kind). A
/// finding that names another rule than its entry's label (any rule, for a clean entry) is a false alarm,
/// counted once per entry and rule. `strict` counts warnings as findings, as `check --strict` does in CI;
/// otherwise only errors count, as in the preview.
public struct CorpusScore: Sendable {
    public struct Tally: Sendable, Equatable {
        public var caught = 0
        public var missed = 0
        public var falseAlarms = 0

        public var precision: Double { caught + falseAlarms == 0 ? 1 : Double(caught) / Double(caught + falseAlarms) }
        public var recall: Double { caught + missed == 0 ? 1 : Double(caught) / Double(caught + missed) }
    }

    public let strict: Bool
    public private(set) var overall = Tally()
    public private(set) var byRule: [String: Tally] = [:]
    /// Caught drifts whose finding has the labelled kind (typed figure or contradiction).
    public private(set) var kindAgreements = 0
    /// Entries judged wrongly: a missed drift or a false alarm, with the findings and the judge's evidence.
    public private(set) var mistakes: [(entry: CheckCorpus.Entry, findings: [Diagnostic], evidence: [String])] = []
    /// Every entry's evidence, in order, when the outcomes carry it (`guichet corpus --explain`).
    public let evidence: [(entry: CheckCorpus.Entry, lines: [String])]
    public let entryCount: Int
    /// Entries whose text could not be read as an article.
    public let unreadable: [String]

    public init(_ outcomes: [CheckCorpus.Outcome], strict: Bool) {
        self.strict = strict
        entryCount = outcomes.count
        unreadable = outcomes.filter { !$0.readable }.map(\.entry.id)
        evidence = outcomes.filter { !$0.evidence.isEmpty }.map { ($0.entry, $0.evidence) }
        for outcome in outcomes {
            let findings = outcome.findings.filter { strict || $0.severity == .error }
            let named = Set(findings.compactMap(\.rule))
            var wrong = false
            if let label = outcome.entry.label {
                if named.contains(label) {
                    overall.caught += 1
                    byRule[label, default: Tally()].caught += 1
                    if findings.contains(where: { $0.rule == label && $0.code == outcome.entry.kind }) { kindAgreements += 1 }
                } else {
                    overall.missed += 1
                    byRule[label, default: Tally()].missed += 1
                    wrong = true
                }
            }
            for rule in named where rule != outcome.entry.label {
                overall.falseAlarms += 1
                byRule[rule, default: Tally()].falseAlarms += 1
                wrong = true
            }
            if wrong { mistakes.append((outcome.entry, findings, outcome.evidence)) }
        }
    }

    /// The report `guichet corpus` prints: the figures, a table per rule, then each mistake.
    /// With `explain`, each mistake is followed by the judge's evidence for each figure of its entry.
    public func text(showMistakes: Bool = true, explain: Bool = false) -> String {
        func percent(_ value: Double) -> String { String(format: "%.3f", value) }
        let drifts = overall.caught + overall.missed
        var out = "\(entryCount) entries, \(drifts) drifts; counting \(strict ? "errors and warnings (check --strict)" : "errors only")\n"
        out += "precision \(percent(overall.precision))  recall \(percent(overall.recall))  "
        out += "(\(overall.caught) caught, \(overall.missed) missed, \(overall.falseAlarms) false alarms; "
        out += "kind agrees on \(kindAgreements) of \(overall.caught))\n"
        if !unreadable.isEmpty { out += "not readable as articles (counted as misses): \(unreadable.joined(separator: ", "))\n" }
        out += "\n"
        out += "rule                          precision  recall  caught  missed  false alarms\n"
        for (rule, tally) in byRule.sorted(by: { $0.key < $1.key }) {
            out += rule.padding(toLength: 30, withPad: " ", startingAt: 0)
            out += percent(tally.precision).padding(toLength: 11, withPad: " ", startingAt: 0)
            out += percent(tally.recall).padding(toLength: 8, withPad: " ", startingAt: 0)
            out += String(tally.caught).padding(toLength: 8, withPad: " ", startingAt: 0)
            out += String(tally.missed).padding(toLength: 8, withPad: " ", startingAt: 0)
            out += "\(tally.falseAlarms)\n"
        }
        guard showMistakes, !mistakes.isEmpty else { return out }
        out += "\nmistakes:\n"
        for (entry, findings, evidence) in mistakes {
            let said = findings.isEmpty ? "nothing" : findings.map { "\($0.severity.rawValue) \($0.code.rawValue) \($0.rule ?? "-") '\($0.message)'" }.joined(separator: "; ")
            out += "- \(entry.id) [\(entry.label ?? "clean")] \(entry.text.replacingOccurrences(of: "\n", with: " ⏎ "))\n    → \(said)\n"
            if explain { out += evidence.map { "      \($0)\n" }.joined() }
        }
        return out
    }
}
