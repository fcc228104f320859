/// A fix certain enough for `guichet check --fix` to apply without asking: on the finding's line, from its
/// column, the text `replace` becomes `with`; and a rule added to, or removed from, the front-matter's
/// `rules:`. Only findings whose fix has one right answer carry one (a figure typed by hand that is the
/// rule's own value, a rule listed and never used, a reference with one close match); a contradiction never.
public struct CertainEdit: Hashable, Sendable, Codable {
    public let replace: String
    public let with: String
    public let addRule: String?
    public let removeRule: String?

    public init(replace: String = "", with: String = "", addRule: String? = nil, removeRule: String? = nil) {
        (self.replace, self.with, self.addRule, self.removeRule) = (replace, with, addRule, removeRule)
    }
}
