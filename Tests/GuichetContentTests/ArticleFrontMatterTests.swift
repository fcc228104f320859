import HelpCentreRules
import Testing
@testable import GuichetContent

@Suite("ArticleFrontMatter")
struct ArticleFrontMatterTests {
    let file = "Content/retractation/delai.md"

    /// Parses YAML that starts on line 2 of the file, as after a `---` line.
    func parse(_ yaml: String, firstLine: Int = 2) -> (ArticleFrontMatter?, [Diagnostic]) {
        ArticleFrontMatter.parse(yaml, file: file, firstLine: firstLine)
    }

    @Test func completeFrontMatter() throws {
        let yaml = """
            title: Délai de rétractation
            description: Combien de temps vous avez pour changer d’avis après un achat.
            order: 1
            rules: [withdrawal.period, withdrawal.scope]
            related: [renvoyer-un-article.md, ../livraison/delais-de-livraison.md]
            aliases: [/delai-retractation/]
            reviewed: 2026-11-02
            audience: vendeur
            draft: true
            """
        let (matter, diagnostics) = parse(yaml)
        #expect(diagnostics.isEmpty)
        let m = try #require(matter)
        #expect(m.title == "Délai de rétractation")
        #expect(m.description == "Combien de temps vous avez pour changer d’avis après un achat.")
        #expect(m.order == 1)
        #expect(m.rules == [Located("withdrawal.period", at: at(5, 9)), Located("withdrawal.scope", at: at(5, 28))])
        #expect(m.related == [Located("renvoyer-un-article.md", at: at(6, 11)),
                              Located("../livraison/delais-de-livraison.md", at: at(6, 35))])
        #expect(m.aliases == [Located("/delai-retractation/", at: at(7, 11))])
        #expect(m.reviewed == Located(date("2026-11-02"), at: at(8, 11)))
        #expect(m.audience == .vendeur)
        #expect(m.draft == true)
    }

    @Test func optionalFieldsTakeTheirDefaults() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.")
        #expect(diagnostics.isEmpty)
        let m = try #require(matter)
        #expect(m.order == nil)
        #expect(m.rules.isEmpty && m.related.isEmpty && m.aliases.isEmpty)
        #expect(m.draft == false)
        #expect(m.reviewed == nil)
        #expect(m.audience == .acheteur)
    }

    @Test func titleAndDescriptionAreTrimmed() throws {
        let (matter, diagnostics) = parse("title: \"  Délai  \"\ndescription: 'Une phrase. '")
        #expect(diagnostics.isEmpty)
        #expect(matter?.title == "Délai")
        #expect(matter?.description == "Une phrase.")
    }

    @Test func titleAsAListIsTheWrongType() {
        let (matter, diagnostics) = parse("title: [Délai, rétractation]\ndescription: Une phrase.")
        #expect(matter == nil)
        #expect(diagnostics == [error(.wrongType, file, 2, 8, "'title' must be text, found a list", fix: "write it as 'title: Délai de rétractation'")])
    }

    @Test func emptyTitleIsAnInvalidValue() {
        let (matter, diagnostics) = parse("title: \"  \"\ndescription: Une phrase.")
        #expect(matter == nil)
        #expect(diagnostics == [error(.invalidValue, file, 2, 8, "'title' is empty")])
    }

    @Test func titleWithNoValueIsEmpty() {
        let (matter, diagnostics) = parse("title:\ndescription: Une phrase.")
        #expect(matter == nil)
        #expect(diagnostics == [error(.invalidValue, file, 2, 7, "'title' is empty")])
    }

    @Test func orderInWordsIsTheWrongType() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\norder: deux")
        #expect(diagnostics == [error(.wrongType, file, 4, 8, "'order' must be a whole number, found text", fix: "write it as 'order: 3'")])
        #expect(try #require(matter).order == nil)
    }

    /// Issue 28, point 9: « oui » means true; the fix says so instead of offering the example, false.
    @Test func draftInFrenchIsTheWrongTypeAndTheFixSaysWhatItMeant() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\ndraft: oui")
        #expect(diagnostics == [error(.wrongType, file, 4, 8, "'draft' must be true or false, found 'oui'", fix: "write it as 'draft: true'")])
        #expect(try #require(matter).draft == false)
        let (_, no) = parse("title: Délai\ndescription: Une phrase.\ndraft: Non")
        #expect(no.map(\.fix) == ["write it as 'draft: false'"])
        let (_, other) = parse("title: Délai\ndescription: Une phrase.\ndraft: bientôt")
        #expect(other == [error(.wrongType, file, 4, 8, "'draft' must be true or false, found text", fix: "write it as 'draft: false'")])
    }

    /// Issue 28, point 9: a review date that is no day of the calendar; the fix offers today, the day a
    /// review is most often written down, rather than an arbitrary date.
    @Test func reviewedOnADayThatDoesNotExistOffersToday() throws {
        let yaml = "title: Délai\ndescription: Une phrase.\nreviewed: 2026-13-45"
        let (matter, diagnostics) = ArticleFrontMatter.parse(yaml, file: file, firstLine: 2, today: date("2026-11-28"))
        #expect(diagnostics == [error(.invalidValue, file, 4, 11, "'reviewed' '2026-13-45' is not a day of the calendar",
                                      fix: "write it as YYYY-MM-DD, such as 'reviewed: 2026-11-28' (today)")])
        #expect(try #require(matter).reviewed == nil)
        let (_, february) = parse("title: Délai\ndescription: Une phrase.\nreviewed: 2026-02-30")
        #expect(february.map(\.fix) == ["write it as YYYY-MM-DD, such as 'reviewed: 2026-11-02'"], "without today, the example")
        let (_, words) = parse("title: Délai\ndescription: Une phrase.\nreviewed: hier")
        #expect(words == [error(.wrongType, file, 4, 11, "'reviewed' must be a date such as 2026-06-01, found text", fix: "write it as 'reviewed: 2026-11-02'")])
    }

    /// Issue 28, point 9: an unclosed `[` was reported on the next line, with a hint about quoting.
    @Test func anUnclosedListIsReportedWhereItOpens() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nrules: [withdrawal.period\nreviewed: 2026-11-01")
        #expect(matter == nil)
        #expect(diagnostics == [error(.invalidYAML, file, 4, 8, "front-matter is not valid YAML: the list opened here is not closed",
                                      fix: "end it with ']' on the same line, such as 'rules: [withdrawal.period]'")])
    }

    @Test func rulesAsAMappingIsTheWrongType() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nrules: {withdrawal.period: oui}")
        #expect(diagnostics == [error(.wrongType, file, 4, 8, "'rules' must be a list of text, found a mapping", fix: "write it as 'rules: [withdrawal.period, withdrawal.scope]'")])
        #expect(try #require(matter).rules.isEmpty)
    }

    @Test func aListInsideRulesIsReportedAndTheOtherItemsKept() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nrules: [withdrawal.period, [a, b]]")
        #expect(diagnostics == [error(.wrongType, file, 4, 28, "'rules' must be a list of text, found a list", fix: "write it as 'rules: [withdrawal.period, withdrawal.scope]'")])
        #expect(try #require(matter).rules == [Located("withdrawal.period", at: at(4, 9))])
    }

    @Test func unknownKeySuggestsTheClosest() {
        let (matter, diagnostics) = parse("titel: Délai\ndescription: Une phrase.")
        #expect(matter == nil)
        #expect(diagnostics == [
            error(.unknownKey, file, 2, 1, "unknown key 'titel' in front-matter", fix: "did you mean 'title'?"),
            error(.missingKey, file, 1, 1, "missing required key 'title'", fix: "add 'title: …' to the front-matter"),
        ])
    }

    @Test func unknownKeyWithNothingCloseListsTheKnownKeys() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nzzz: 1")
        #expect(diagnostics == [error(.unknownKey, file, 4, 1, "unknown key 'zzz' in front-matter",
            fix: "known keys are: title, description, order, rules, related, aliases, draft, reviewed, audience")])
        #expect(try #require(matter).title == "Délai")
    }

    @Test func missingTitleAndDescriptionAreBothReported() {
        let (matter, diagnostics) = parse("order: 1")
        #expect(matter == nil)
        #expect(diagnostics == [
            error(.missingKey, file, 1, 1, "missing required key 'title'", fix: "add 'title: …' to the front-matter"),
            error(.missingKey, file, 1, 1, "missing required key 'description'",
                  fix: "add 'description: …', one sentence used as the meta description and search snippet"),
        ])
    }

    @Test func emptyFrontMatterMissesTitleAndDescription() {
        let (matter, diagnostics) = parse("")
        #expect(matter == nil)
        #expect(diagnostics.map(\.code) == [.missingKey, .missingKey])
        #expect(diagnostics.map(\.message) == ["missing required key 'title'", "missing required key 'description'"])
    }

    @Test func unknownAudienceSuggestsTheClosest() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\naudience: vendeurs")
        #expect(diagnostics == [error(.invalidValue, file, 4, 11, "audience 'vendeurs' is not one of: acheteur, vendeur",
                                      fix: "did you mean 'vendeur'?")])
        #expect(try #require(matter).audience == .acheteur)
    }

    @Test func yamlThatDoesNotParseIsReportedAtItsLineInTheFile() throws {
        // Unquoted ': ' inside a value, on the front-matter's second line (the file's third).
        let (matter, diagnostics) = parse("title: Délai\ndescription: Le délai: 14 jours")
        #expect(matter == nil)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == .invalidYAML)
        #expect(d.severity == .error)
        #expect(d.file == file)
        #expect(d.line == 3)
        #expect(d.column == 22)
        #expect(d.message == "front-matter is not valid YAML: mapping values are not allowed in this context")
        #expect(d.fix == "text containing ': ' must be quoted: write it between \"…\"")
    }

    @Test func yamlErrorLineFollowsFirstLine() throws {
        let (_, diagnostics) = parse("title: Délai\ndescription: Le délai: 14 jours", firstLine: 10)
        #expect(diagnostics.map(\.line) == [11])
        #expect(diagnostics.map(\.code) == [.invalidYAML])
    }

    @Test func repeatedKeyIsInvalidYAML() {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\ntitle: Autre")
        #expect(matter == nil)
        #expect(diagnostics == [error(.invalidYAML, file, 2, 1, "front-matter repeats the key 'title'", fix: "keep one of them")])
    }

    @Test func frontMatterThatIsAListIsNotAMapping() {
        let (matter, diagnostics) = parse("- title: Délai\n- description: Une phrase.")
        #expect(matter == nil)
        #expect(diagnostics == [error(.frontMatterNotMapping, file, 2, 1,
            "front-matter must be a mapping of keys to values, found a list",
            fix: "write one 'key: value' per line, such as 'title: Délai de rétractation'")])
    }

    @Test func frontMatterThatIsTextIsNotAMapping() {
        let (matter, diagnostics) = parse("Délai de rétractation")
        #expect(matter == nil)
        #expect(diagnostics.map(\.message) == ["front-matter must be a mapping of keys to values, found text"])
        #expect(diagnostics.map(\.code) == [.frontMatterNotMapping])
    }

    @Test func rulesAsASingleTextIsAListOfOne() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nrules: withdrawal.period")
        #expect(diagnostics.isEmpty)
        #expect(try #require(matter).rules == [Located("withdrawal.period", at: at(4, 8))])
    }

    @Test func emptyRulesIsAnEmptyList() throws {
        let (matter, diagnostics) = parse("title: Délai\ndescription: Une phrase.\nrules: []\nrelated:")
        #expect(diagnostics.isEmpty)
        let m = try #require(matter)
        #expect(m.rules.isEmpty)
        #expect(m.related.isEmpty)
    }

    @Test func blockListItemsArePositionedInTheFile() throws {
        let yaml = """
            title: Délai
            description: Une phrase.
            rules:
              - withdrawal.period
              - contact.phone.number
            """
        let (matter, diagnostics) = parse(yaml, firstLine: 2)
        #expect(diagnostics.isEmpty)
        // YAML lines 4 and 5 are the file's lines 5 and 6.
        #expect(try #require(matter).rules == [Located("withdrawal.period", at: at(5, 5)),
                                               Located("contact.phone.number", at: at(6, 5))])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let (matter, _) = parse("title: Délai\ndescription: Une phrase.\nrelated: [été.md, hiver.md]")
        #expect(try #require(matter).related == [Located("été.md", at: at(4, 11)), Located("hiver.md", at: at(4, 19))])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let yaml = "title: [a]\norder: deux\ndraft: oui\nauteur: moi"
        let (matter, diagnostics) = parse(yaml)
        #expect(matter == nil)
        #expect(diagnostics.sorted().map(\.code) == [.missingKey, .wrongType, .wrongType, .wrongType, .unknownKey])
    }
}
