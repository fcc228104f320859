@testable import GuichetContent
import GuichetTestSupport
import Testing

@Suite("SiteConfig")
struct SiteConfigTests {
    let file = "guichet.yml"

    /// Parses `yaml` followed by the publisher's blocks (Tests/publisher.yml), which every site must have.
    func parse(_ yaml: String, file: String) -> (SiteConfig, [Diagnostic]) {
        SiteConfig.parse(Publisher.settings(yaml), file: file)
    }

    @Test func thePublishersBlocksAloneGiveTheDefaultsForEverythingElse() {
        let (config, diagnostics) = parse("", file: file)
        #expect(diagnostics.isEmpty)
        var defaults = SiteConfig()
        defaults.legal = config.legal
        defaults.mediator = config.mediator
        defaults.given = ["legal", "mediator"]
        #expect(config == defaults)
        #expect(config.title == "Centre d’aide")
        #expect(config.baseURL == "http://localhost:8080/")
        #expect(config.rootPath == "/")
        #expect(config.contactForm == "contact/formulaire-de-contact.md")
        #expect(config.socials.isEmpty)
        #expect(config.theme == "default")
        #expect(config.allowRawHTML == false)
        #expect(config.reviewMaxAgeMonths == 12)
    }

    @Test func everySetting() {
        let yaml = """
            title: Aide Marché
            description: Toutes les réponses.
            base_url: https://aide.example.fr
            contact_form: https://example.fr/contact
            socials:
              Mastodon: https://mastodon.social/@marche
              Bluesky: https://bsky.app/profile/marche
            theme: marche-2026
            allow_raw_html: true
            review_max_age_months: 6
            """
        let (config, diagnostics) = parse(yaml, file: file)
        #expect(diagnostics.isEmpty)
        #expect(config.title == "Aide Marché")
        #expect(config.description == "Toutes les réponses.")
        #expect(config.baseURL == "https://aide.example.fr/")
        #expect(config.contactForm == "https://example.fr/contact")
        #expect(config.socials == [SiteConfig.Social(name: "Mastodon", url: "https://mastodon.social/@marche"),
                                   SiteConfig.Social(name: "Bluesky", url: "https://bsky.app/profile/marche")])
        #expect(config.theme == "marche-2026")
        #expect(config.allowRawHTML == true)
        #expect(config.reviewMaxAgeMonths == 6)
    }

    @Test func unknownKeySuggestsTheClosest() {
        let (config, diagnostics) = parse("titre: Aide\nbase_url: https://x.fr/", file: file)
        #expect(diagnostics == [error(.unknownKey, file, 1, 1, "unknown key 'titre' in guichet.yml", fix: "did you mean 'title'?")])
        #expect(config.title == "Centre d’aide")
        #expect(config.baseURL == "https://x.fr/")
    }

    @Test func baseURLWithoutSchemeIsRefused() {
        let (config, diagnostics) = parse("title: Aide\nbase_url: aide.example.fr", file: file)
        #expect(diagnostics == [error(.invalidConfig, file, 2, 11, "base_url 'aide.example.fr' is not an absolute http(s) URL",
                                      fix: "write it as https://aide.example.fr/")])
        #expect(config.baseURL == "http://localhost:8080/")
    }

    @Test(arguments: ["ftp://x.fr/", "https://", "https:///aide", "https://x.fr/a b", "https://x.fr/?q=1", "https://x.fr/#a", "/aide/"])
    func baseURLThatIsNotAbsoluteHTTPIsRejected(url: String) {
        #expect(SiteConfig.normaliseBaseURL(url) == nil)
    }

    @Test func baseURLGetsATrailingSlash() {
        #expect(parse("base_url: https://aide.example.fr", file: file).0.baseURL == "https://aide.example.fr/")
        #expect(SiteConfig.normaliseBaseURL("https://aide.example.fr/") == "https://aide.example.fr/")
        #expect(SiteConfig.normaliseBaseURL("http://localhost:8080") == "http://localhost:8080/")
    }

    @Test func rootPathIsThePathOfTheBaseURL() {
        let (config, diagnostics) = parse("base_url: https://x.fr/aide", file: file)
        #expect(diagnostics.isEmpty)
        #expect(config.baseURL == "https://x.fr/aide/")
        #expect(config.rootPath == "/aide/")
        #expect(parse("base_url: https://x.fr", file: file).0.rootPath == "/")
        #expect(parse("base_url: https://x.fr:8443/centre/aide/", file: file).0.rootPath == "/centre/aide/")
    }

    @Test func socialWithoutHTTPSIsReportedAtItsName() {
        let yaml = "socials:\n  Mastodon: https://mastodon.social/@marche\n  Facebook: facebook.com/marche"
        let (config, diagnostics) = parse(yaml, file: file)
        #expect(diagnostics == [error(.invalidConfig, file, 3, 3, "the address of 'Facebook' must start with https://")])
        #expect(config.socials == [SiteConfig.Social(name: "Mastodon", url: "https://mastodon.social/@marche")])
    }

    @Test func socialsAsAListIsTheWrongType() {
        let (config, diagnostics) = parse("socials:\n  - https://mastodon.social/@marche", file: file)
        #expect(diagnostics == [error(.wrongType, file, 2, 3, "'socials' must be a mapping, found a list", fix: "write 'socials:' followed by a mapping")])
        #expect(config.socials.isEmpty)
    }

    @Test func themeWithASlashIsRefused() {
        let (config, diagnostics) = parse("theme: ../secret", file: file)
        #expect(diagnostics == [error(.invalidConfig, file, 1, 8, "theme '../secret' must be the name of a folder of Themes/")])
        #expect(config.theme == "default")
        #expect(parse("theme: a/b", file: file).1.map(\.message) == ["theme 'a/b' must be the name of a folder of Themes/"])
    }

    @Test func reviewMaxAgeOfZeroIsRefused() {
        let (config, diagnostics) = parse("title: Aide\nreview_max_age_months: 0", file: file)
        #expect(diagnostics == [error(.invalidConfig, file, 2, 24, "review_max_age_months must be at least 1")])
        #expect(config.reviewMaxAgeMonths == 12)
    }

    @Test func allowRawHTMLMustBeABoolean() {
        let (config, diagnostics) = parse("allow_raw_html: oui", file: file)
        #expect(diagnostics == [error(.wrongType, file, 1, 17, "'allow_raw_html' must be true or false, found 'oui'", fix: "write it as 'allow_raw_html: true'")])
        #expect(config.allowRawHTML == false)
    }

    @Test func invalidYAMLNamesTheFile() {
        let (config, diagnostics) = SiteConfig.parse("title: Aide\nbase_url: [https://x.fr", file: "site/guichet.yml")
        #expect(config == SiteConfig())
        #expect(diagnostics.map(\.code) == [.invalidYAML])
        #expect(diagnostics.map(\.file) == ["site/guichet.yml"])
        #expect(diagnostics.allSatisfy { $0.message.hasPrefix("site/guichet.yml is not valid YAML: ") })
    }

    @Test func settingsThatAreAListAreNotAMapping() {
        let (_, diagnostics) = SiteConfig.parse("- title: Aide", file: file)
        #expect(diagnostics.map(\.code) == [.frontMatterNotMapping])
        #expect(diagnostics.map(\.message) == ["guichet.yml must be a mapping of keys to values, found a list"])
    }
}

extension SiteConfigTests {
    @Test func synonymsAreGroupsOfWordsOnALine() {
        let (config, diagnostics) = parse("synonyms:\n  - \"bon d’achat, avoir\"\n  - colis, paquet, carton\n", file: file)
        #expect(diagnostics.map { "\($0.place): \($0.message)" } == [
            "guichet.yml:2:5: synonym 'bon d’achat' is more than one word: the search matches words one by one",
        ])
        #expect(config.synonyms == [["colis", "paquet", "carton"]])
        let (_, single) = parse("synonyms: [colis]\n", file: file)
        #expect(single.map { "\($0.place): \($0.message)" } == ["guichet.yml:1:12: the synonyms 'colis' name fewer than two words"])
    }
}
