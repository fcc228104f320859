import HelpCentreRules

/// The front-matter of an article: the contract editors write to (see docs/content.md).
public struct ArticleFrontMatter: Sendable {
    public static let keys = ["title", "description", "order", "rules", "related", "aliases", "draft", "reviewed", "audience"]

    public var title: String
    public var description: String
    public var order: Int?
    public var rules: [Located<String>]
    public var related: [Located<String>]
    public var aliases: [Located<String>]
    public var draft: Bool
    public var reviewed: Located<LocalDate>?
    public var audience: Audience

    public init(title: String, description: String, order: Int?, rules: [Located<String>], related: [Located<String>],
                aliases: [Located<String>], draft: Bool, reviewed: Located<LocalDate>?, audience: Audience) {
        self.title = title
        self.description = description
        self.order = order
        self.rules = rules
        self.related = related
        self.aliases = aliases
        self.draft = draft
        self.reviewed = reviewed
        self.audience = audience
    }

    /// Parses the YAML of `file`; returns nil with diagnostics when a required field is missing or wrong.
    /// `today`, when known, is the date the fix of an impossible `reviewed:` offers: the day of a review
    /// being written down is most often today.
    public static func parse(_ yaml: String, file: String, firstLine: Int, today: LocalDate? = nil) -> (ArticleFrontMatter?, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: firstLine, known: keys, describing: "front-matter")
        if fields.diagnostics.contains(where: { $0.code == .invalidYAML || $0.code == .frontMatterNotMapping }) {
            return (nil, fields.diagnostics)
        }
        fields.required("title", fix: "add 'title: …' to the front-matter")
        fields.required("description", fix: "add 'description: …', one sentence used as the meta description and search snippet")
        let title = fields.string("title")
        let description = fields.string("description")
        let order = fields.integer("order")
        let rules = fields.strings("rules") ?? []
        let related = fields.strings("related") ?? []
        let aliases = fields.strings("aliases") ?? []
        let draft = fields.boolean("draft") ?? false
        let reviewed = fields.date("reviewed", suggesting: today).map { Located($0, at: fields.valuePosition("reviewed")) }
        var audience = Audience.acheteur
        if let text = fields.string("audience") {
            if let value = Audience(rawValue: text) {
                audience = value
            } else {
                fields.diagnostics.append(.error(.invalidValue, file, fields.valuePosition("audience"),
                    "audience '\(text)' is not one of: acheteur, vendeur",
                    fix: Suggestion.closest(to: text, in: Audience.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }))
            }
        }
        guard let title, let description else { return (nil, fields.diagnostics) }
        let matter = ArticleFrontMatter(title: title, description: description, order: order, rules: rules,
                                        related: related, aliases: aliases, draft: draft, reviewed: reviewed,
                                        audience: audience)
        return (matter, fields.diagnostics)
    }
}
