import Foundation

/// Site settings from `guichet.yml` beside Content/. Every setting has a default except the two the law asks
/// of the publisher, `legal:` and `mediator:`; an unknown key is an error, as in front-matter.
public struct SiteConfig: Sendable, Equatable {
    public static let keys = ["title", "description", "base_url", "contact_form", "socials", "theme",
                              "allow_raw_html", "review_max_age_months", "announce_days", "synonyms", "legal", "mediator"]

    public var title = "Centre d’aide"
    public var description = "Réponses à vos questions sur vos commandes, la livraison, les réclamations et la rétractation."
    /// Absolute, ending with `/`. The default matches `guichet serve`, so a site built without settings
    /// works on a local server.
    public var baseURL = "http://localhost:8080/"
    /// A URL, or the path of an article under Content/ (`contact/formulaire-de-contact.md`).
    public var contactForm = "contact/formulaire-de-contact.md"
    public var socials: [Social] = []
    public var theme = "default"
    public var allowRawHTML = false
    /// A review older than this is a warning of `check`.
    public var reviewMaxAgeMonths = 12
    /// How many days ahead of `--as-of` a new version of a rule is announced on the articles that use it.
    public var announceDays = 60
    /// At most a year and a half: the live data the calculators read go no further (LiveData.daysAhead).
    public static let announceDaysRange = 0...548
    /// Words the search takes as one, each group a line « mail, courriel, e-mail », added to the default French
    /// list (docs/content.md, « Search »).
    public var synonyms: [[String]] = []
    /// Required: nil only when the file lacks it, which is an error.
    public var legal: LegalNotice?
    /// The keys the file wrote: a finding about any other names its value as a default.
    public var given: Set<String> = []
    public var mediator: ConsumerMediator?

    public struct Social: Sendable, Equatable {
        public let name: String
        public let url: String
    }

    public init() {}

    /// The path part of the base URL: every internal link starts with it (`/` or `/aide/`).
    public var rootPath: String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// Parses the settings; `file` names the file in diagnostics.
    public static func parse(_ yaml: String, file: String) -> (SiteConfig, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: 1, known: keys, describing: file)
        var config = SiteConfig()
        config.given = Set(keys.filter { fields.has($0) })
        if let title = fields.string("title") { config.title = title }
        if let description = fields.string("description") { config.description = description }
        if let base = fields.string("base_url") {
            if let normalised = normaliseBaseURL(base) {
                config.baseURL = normalised
            } else {
                fields.diagnostics.append(.error(.invalidConfig, file, fields.valuePosition("base_url"),
                    "base_url '\(base)' is not an absolute http(s) URL", fix: "write it as https://aide.example.fr/"))
            }
        }
        if let form = fields.string("contact_form") { config.contactForm = form }
        if let socials = fields.stringMap("socials") {
            for social in socials {
                let (name, url) = social.value
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    fields.diagnostics.append(.error(.invalidConfig, file, social.position,
                        "the address of '\(name)' must start with https://"))
                    continue
                }
                config.socials.append(Social(name: name, url: url))
            }
        }
        if let theme = fields.string("theme") {
            if theme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                config.theme = theme
            } else {
                fields.diagnostics.append(.error(.invalidConfig, file, fields.valuePosition("theme"),
                    "theme '\(theme)' must be the name of a folder of Themes/"))
            }
        }
        if let allow = fields.boolean("allow_raw_html") { config.allowRawHTML = allow }
        if let months = fields.integer("review_max_age_months") {
            if months > 0 {
                config.reviewMaxAgeMonths = months
            } else {
                fields.diagnostics.append(.error(.invalidConfig, file, fields.valuePosition("review_max_age_months"),
                    "review_max_age_months must be at least 1"))
            }
        }
        if let days = fields.integer("announce_days") {
            if announceDaysRange.contains(days) {
                config.announceDays = days
            } else {
                fields.diagnostics.append(.error(.invalidConfig, file, fields.valuePosition("announce_days"),
                    "announce_days must be between \(announceDaysRange.lowerBound) and \(announceDaysRange.upperBound)",
                    fix: "write the number of days before a rule change that its articles announce it (60 by default)"))
            }
        }
        for group in fields.strings("synonyms") ?? [] {
            let words: [String] = group.value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            if let phrase = words.first(where: { $0.contains(where: \.isWhitespace) }) {
                fields.diagnostics.append(.error(.invalidConfig, file, group.position,
                    "synonym '\(phrase)' is more than one word: the search matches words one by one",
                    fix: "keep one word per synonym, such as 'mail, courriel, e-mail'"))
            } else if words.count < 2 {
                fields.diagnostics.append(.error(.invalidConfig, file, group.position,
                    "the synonyms '\(group.value)' name fewer than two words",
                    fix: "write the words of one meaning on one line, separated by commas: 'colis, paquet'"))
            } else {
                config.synonyms.append(words)
            }
        }
        config.legal = LegalNotice.read(from: &fields, file: file)
        config.mediator = ConsumerMediator.read(from: &fields, file: file)
        return (config, fields.diagnostics)
    }

    /// What is wrong with a site that has no settings file: the defaults serve every key but the two the law
    /// asks of the publisher.
    public static func missingFile(_ file: String) -> [Diagnostic] {
        let parent = (file as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        return [("legal", "the legal notices (LCEN art. 1-1) must name the publisher", "Legal notices"),
         ("mediator", "customers must be told which consumer mediator they may turn to (L616-1)", "Consumer mediator")]
            .map { key, why, _ in
                Diagnostic(.error, .missingKey, file: file, line: 0, column: 0,
                           message: "missing required key '\(key)' (there is no \((file as NSString).lastPathComponent)): \(why)",
                           fix: "run 'guichet init --force \(folder)': it adds the starter's \((file as NSString).lastPathComponent), every key explained, and overwrites no file; then write your own '\(key):' values in it")
            }
    }

    /// `https://aide.example.fr` → `https://aide.example.fr/`; nil for anything but absolute http(s).
    public static func normaliseBaseURL(_ text: String) -> String? {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"),
              !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" || $0 == "\"" || $0 == "<" }) else {
            return nil
        }
        let host = text.drop { $0 != ":" }.dropFirst(3).prefix { $0 != "/" }
        guard !host.isEmpty else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
