/// How French prose names what a rule is about, so that a checker can tell a sentence that states this
/// rule's promise from one that only sits near its subject (« conservé 14 jours en point relais » is not
/// the return deadline). Each entry is one word or several, lower case and without accents; a written word
/// matches when it starts with the entry's word (« rembours » covers « remboursé », « remboursement »).
///
/// The rules module knows nothing of Markdown: this is vocabulary, the rule's own French, kept beside its
/// wording so that a new rule brings the words that announce it.
public struct RuleSubject: Hashable, Sendable {
    /// Nouns and verbs that announce the rule's subject: what happens within its period.
    public let names: [String]
    /// The event the period counts from, as named after « après », « à compter de », « suivant »…: it
    /// supports the rule without naming it (« 48 h après la validation »).
    public let startsFrom: [String]
    /// Neighbouring subjects that share the rule's words but are not it: when one of them is closer to a
    /// figure than the rule's names, the figure is theirs.
    public let notIt: [String]
    /// Words that, anywhere in the clause, show that it speaks of another process than the rule's, however
    /// close the rule's names are (« le vendeur dispose de 5 jours pour répondre à une réclamation » is
    /// not the customer service's reply to the contact form).
    public let otherProcesses: [String]
    /// The rule says from when something is allowed (a claim from 7 days after validation), not until when:
    /// « au plus tard 30 jours » beside its names is another promise, not a contradiction.
    public let isWaitingPeriod: Bool

    public init(names: [String], startsFrom: [String] = [], notIt: [String] = [], otherProcesses: [String] = [],
                isWaitingPeriod: Bool = false) {
        self.isWaitingPeriod = isWaitingPeriod
        self.names = names
        self.startsFrom = startsFrom
        self.notIt = notIt
        self.otherProcesses = otherProcesses
    }

    /// A rule without a figure to guard.
    public static let none = RuleSubject(names: [])
}

extension RulePolicy {
    public static var subject: RuleSubject { .none }
}
