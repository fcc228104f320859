/// Where a rule comes from: the marketplace's own policy, or the law it must follow.
public enum RuleSource: Hashable, Sendable {
    case marketplacePolicy
    case law(LegalReference)

    /// « Politique de la place de marché », « Code de la consommation, art. L221-18 et L221-19 ».
    public var french: String {
        switch self {
        case .marketplacePolicy: "Politique de la place de marché"
        case .law(let reference): reference.french
        }
    }

    /// A page where the text can be read, when there is one.
    public var url: String? {
        switch self {
        case .marketplacePolicy: nil
        case .law(let reference): reference.url
        }
    }

    /// Stable name for JSON: `marketplace_policy` or `law`.
    public var kind: String {
        switch self {
        case .marketplacePolicy: "marketplace_policy"
        case .law: "law"
        }
    }
}

/// Articles of a French code, as lawyers cite them.
public struct LegalReference: Hashable, Sendable {
    public let code: String
    public let articles: [String]
    /// Anything the citation needs besides the articles: « article liminaire », a European regulation.
    public let note: String?
    public let url: String?

    public init(code: String, articles: [String], note: String? = nil, url: String? = nil) {
        self.code = code
        self.articles = articles
        self.note = note
        self.url = url
    }

    /// The Code de la consommation on Légifrance.
    public static func consommation(_ articles: String..., note: String? = nil) -> LegalReference {
        LegalReference(code: "Code de la consommation", articles: articles, note: note,
                       url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565/")
    }

    public var french: String {
        var text = "\(code), art.\(FrenchFormat.nbsp)\(FrenchFormat.list(articles))"
        if let note { text += " (\(note))" }
        return text
    }
}
