/// What every rule of the book has in common, whatever it enforces: a stable id, a French title, a value
/// with its unit, the help centre's wording and a source.
public protocol RulePolicy: Sendable {
    /// The stable id that articles, the checker and the command line use: `withdrawal.period`.
    static var id: String { get }
    /// A short French title: « Délai de rétractation ».
    static var title: String { get }
    /// The words that announce the rule in French prose (`RuleSubject`); none by default.
    static var subject: RuleSubject { get }
    var value: RuleValue { get }
    var wording: RuleWording { get }
    var source: RuleSource { get }
}
