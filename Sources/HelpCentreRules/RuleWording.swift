/// How the help centre words a rule. `text` is what a reference to the rule renders; `parts` are the other
/// phrases an article may use (`value` always, `cost` for the return shipping); `items` are the lines of a
/// rule that is a list.
public struct RuleWording: Hashable, Sendable {
    public let text: String
    public let parts: [String: String]
    public let items: [String]

    public init(text: String, parts: [String: String] = [:], items: [String] = []) {
        self.text = text
        self.parts = parts
        self.items = items
    }

    /// The phrase `name` (`value`, `cost`…), or nil when the rule has no such phrase.
    public func part(_ name: String) -> String? { parts[name] }
}
