/// The evidence the figure check's judge weighs, named, with what each does in one table.
///
/// A candidate rule is weighed by the distance in words between the figure and the word that names it;
/// the signals below move that distance (a lower weight wins), veto the candidate, or stop a verdict.
/// `guichet corpus --explain` prints the signals seen for each figure, by these names.
package enum JudgeSignal: String, CaseIterable, Sendable {
    /// A name of the rule in the figure's clause; its distance is the base weight.
    case ruleNamed = "rule named"
    /// The clause names the rule's starting event (« à compter de sa notification »).
    case startingEvent = "starting event"
    /// The rule's name sits in a relative clause (« le colis que vous avez renvoyé »).
    case relativeClause = "relative clause"
    /// No name, only the rule's starting event: weighed as a name farther away.
    case eventOnly = "starting event only"
    /// … and another sentence of the paragraph names the rule.
    case namedElsewhere = "named elsewhere in the paragraph"
    /// A subject no rule owns (a carrier, a bank, a promotion) closer than the rule's name: not the rule's.
    case neighbour = "neighbour"
    /// Words the rule declares are not it, or another process: the candidate is refused.
    case notIt = "not the rule"
    /// « en général », « la plupart »: an observation, which no figure contradicts.
    case hedge = "hedge"
    /// « en moyenne », « % »: a measure, not a promise.
    case statistic = "statistic"
    /// « entre 3 et 5 jours »: a range.
    case range = "range"
    /// « sur 90 jours », « les 30 derniers jours »: a window of measure, not a period granted.
    case window = "window of measure"
    /// The paragraph's other sentences, the section's heading or the article's title name the rule.
    case context = "context"
    /// The article lists the rule in `rules:`, the weakest evidence.
    case declared = "listed in rules:"
    /// A waiting period's rule with a figure given as a deadline (« au plus tard 30 jours »).
    case deadlineForWaitingPeriod = "deadline for a waiting period"

    /// What the signal adds to a candidate's distance in words.
    package var weight: Int {
        switch self {
        case .startingEvent: -5
        case .relativeClause: 4
        case .eventOnly: 8
        case .namedElsewhere: -2
        default: 0
        }
    }

    /// A rule named at most this many words away, with no neighbour, statistic or refusal, is certain: an error.
    package static let certainWithin = 6
    /// For a range, a contradiction is reported only when the name is this close.
    package static let rangeWithin = 3
    /// For the phone line's hours, a name this close with no neighbour is certain.
    package static let phoneCertainWithin = 10
}

/// What the judge saw, for `guichet corpus --explain`: nil in builds, so that nothing is formatted there.
package final class JudgeTrace {
    package private(set) var lines: [String] = []

    package init() {}

    package func note(_ signal: JudgeSignal, _ detail: String) { lines.append("\(signal.rawValue): \(detail)") }
    package func note(_ text: String) { lines.append(text) }
}
