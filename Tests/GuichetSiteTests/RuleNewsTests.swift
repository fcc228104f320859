import Foundation
import GuichetContent
@testable import GuichetRender
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// Rule changes announced by the site itself: notices on the articles, the Nouveautés page, the Atom feed,
/// on a book a test extends with a future version (the real rules are not touched), and on the real rules'
/// own history (the withdrawal function from 19 June 2026).
struct RuleNewsTests {
    /// The real rules, with a 30-day withdrawal period from 1 March 2027.
    static let extended: RuleBook = {
        var book = Rules.standard
        book.withdrawalPeriod = book.withdrawalPeriod.changing(on: LocalDate(year: 2027, month: 3, day: 1)!,
                                                               to: WithdrawalPeriodPolicy(period: CalendarDays(30)))
        return book
    }()

    static let site: [String: String] = [
        "Content/retractation/_index.md": "---\ntitle: Rétractation\ndescription: Changer d’avis.\n---\nTout sur la rétractation.\n",
        "Content/retractation/delai.md": "---\ntitle: Le délai\ndescription: Combien de temps.\nrules: [withdrawal.period]\n---\nVous avez {{ withdrawal.period }}.\n",
        "Content/retractation/autre.md": "---\ntitle: Autre chose\ndescription: Sans règle.\n---\nRien à annoncer.\n",
        "guichet.yml": Publisher.settings("title: Aide\nbase_url: https://aide.exemple.fr/\ncontact_form: https://exemple.fr/contact\nannounce_days: 90\n"),
    ]

    func build(asOf: String, book: RuleBook = extended, files: [String: String] = site) throws -> (TemporaryFolder, SiteBuilder.Report) {
        let folder = try TemporaryFolder("news")
        try folder.write(files)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"), book: book)
        options.asOf = LocalDate(iso: asOf)!
        let report = try SiteBuilder(options: options).build()
        return (folder, report)
    }

    func text(_ folder: TemporaryFolder, _ path: String) -> String {
        (try? String(contentsOfFile: folder.sub("Output/" + path), encoding: .utf8)) ?? ""
    }

    @Test func anArticleAnnouncesAChangeToItsRulesWithinAnnounceDaysOnly() throws {
        // 1 December 2026 + 90 days = 1 March 2027: the last day of the window.
        let (inside, report) = try build(asOf: "2026-12-01")
        defer { inside.remove() }
        #expect(report.published, "\(report.diagnostics)")
        let page = text(inside, "retractation/delai/index.html")
        #expect(page.contains("<aside class=\"annonces\" aria-label=\"Changements à venir\">"))
        #expect(page.contains("<strong>À partir du <time datetime=\"2027-03-01\">1er\u{00A0}mars 2027</time>\u{00A0}:</strong> Délai de rétractation\u{00A0}: 30\u{00A0}jours à compter de la réception. Jusque-là\u{00A0}: 14\u{00A0}jours à compter de la réception."))
        #expect(page.contains("<p class=\"regle-annonce\"><strong>À partir du <time datetime=\"2027-03-01\">1er\u{00A0}mars 2027</time>\u{00A0}:</strong> 30\u{00A0}jours à compter de la réception."))
        // The body still says what is in force today.
        #expect(page.contains("Vous avez 14\u{00A0}jours à compter de la réception."))
        #expect(!text(inside, "retractation/autre/index.html").contains("class=\"annonce"))

        // One day earlier, the change is 91 days away: not announced yet.
        let (outside, _) = try build(asOf: "2026-11-30")
        defer { outside.remove() }
        #expect(!text(outside, "retractation/delai/index.html").contains("class=\"annonce"))
        // On the day itself it is in force: nothing to announce, the body says 30 days.
        let (after, _) = try build(asOf: "2027-03-01")
        defer { after.remove() }
        #expect(!text(after, "retractation/delai/index.html").contains("class=\"annonce"))
        #expect(text(after, "retractation/delai/index.html").contains("Vous avez 30\u{00A0}jours à compter de la réception."))
    }

    @Test func theNewsPageListsChangesToComeAndOfTheLastTwelveMonths() throws {
        let (before, _) = try build(asOf: "2026-05-01")
        defer { before.remove() }
        let upcoming = text(before, "nouveautes.html")
        // Soonest first; the first versions of rules (where their history starts) are not changes.
        let function = try #require(upcoming.range(of: "id=\"withdrawal-function-2026-06-19\""))
        let period = try #require(upcoming.range(of: "id=\"withdrawal-period-2027-03-01\""))
        #expect(function.lowerBound < period.lowerBound)
        #expect(upcoming.contains("<p>Aucun changement ces douze derniers mois.</p>"))
        #expect(upcoming.contains("<li><a href=\"/retractation/delai/\">Le délai</a></li>"))

        let (later, _) = try build(asOf: "2027-04-01")
        defer { later.remove() }
        let past = text(later, "nouveautes.html")
        #expect(past.contains("<p>Aucun changement n’est prévu.</p>"))
        // Newest first.
        let recent = try #require(past.range(of: "id=\"withdrawal-period-2027-03-01\""))
        let older = try #require(past.range(of: "id=\"withdrawal-function-2026-06-19\""))
        #expect(recent.lowerBound < older.lowerBound)
        // Every page links to the page and its feed.
        let home = text(later, "index.html")
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Nouveautés\" href=\"https://aide.exemple.fr/nouveautes.xml\">"))
        #expect(home.contains("<a href=\"/nouveautes.html\">Nouveautés</a>"))
    }

    @Test func theFeedValidatesAndItsEntriesKeepTheirIdsAndDatesFromBuildToBuild() throws {
        let (first, _) = try build(asOf: "2026-05-01")
        defer { first.remove() }
        let (second, _) = try build(asOf: "2026-12-01")
        defer { second.remove() }
        let feedA = text(first, "nouveautes.xml"), feedB = text(second, "nouveautes.xml")
        for feed in [feedA, feedB] {
            #expect(feed.contains("<id>tag:aide.exemple.fr,2027-03-01:withdrawal.period</id>\n<title>1er\u{00A0}mars 2027\u{00A0}: Délai de rétractation</title>\n<published>2027-03-01T00:00:00+01:00</published>\n<updated>2027-03-01T00:00:00+01:00</updated>"))
            #expect(feed.contains("<id>tag:aide.exemple.fr,2026-06-19:withdrawal.function</id>"))
        }
        #expect(feedA.contains("<updated>2026-05-01T00:00:00+02:00</updated>\n<author>"))
        try Self.validate(first.sub("Output/nouveautes.xml"))
        try Self.validate(second.sub("Output/nouveautes.xml"))
    }

    @Test func twoBuildsWithTheSameInputsWriteTheSameNewsBytes() throws {
        let (a, _) = try build(asOf: "2026-12-01")
        defer { a.remove() }
        let (b, _) = try build(asOf: "2026-12-01")
        defer { b.remove() }
        for path in ["nouveautes.xml", "nouveautes.html", "retractation/delai/index.html"] {
            #expect(text(a, path) == text(b, path) && !text(a, path).isEmpty, "\(path)")
        }
    }

    @Test func announceDaysMustBeAWholeNumberOfDaysWithinAYearAndAHalf() {
        let (_, found) = SiteConfig.parse(Publisher.settings("announce_days: 1000\n"), file: "guichet.yml")
        #expect(found.map { "\($0.place): \($0.message)" } == ["guichet.yml:1:16: announce_days must be between 0 and 548"])
        let (config, none) = SiteConfig.parse(Publisher.settings("announce_days: 0\n"), file: "guichet.yml")
        #expect(none.isEmpty && config.announceDays == 0)
        #expect(SiteConfig().announceDays == 60)
    }

    @Test func theCalculatorAnswersWithTheVersionInForceOnTheDateTheVisitorEnters() {
        let table = LiveData.withdrawal(book: Self.extended, asOf: LocalDate(year: 2027, month: 2, day: 1)!)
        // Received on 28 February 2027: 14 days → Sunday 14 March, moved to Monday 15.
        #expect(table.answers["2027-02-28"] == "Vous pouvez vous rétracter jusqu’au lundi 15\u{00A0}mars 2027 inclus.")
        // Received on 1 March 2027: 30 days → Wednesday 31 March.
        #expect(table.answers["2027-03-01"] == "Vous pouvez vous rétracter jusqu’au mercredi 31\u{00A0}mars 2027 inclus.")
    }

    @Test(arguments: ["2026-01-01", "2026-05-01", "2026-06-19", "2026-11-28", "2027-06-30", "2027-12-31"])
    func theRealContentBuildsAsOfAnyDateOfTheWindow(_ date: String) throws {
        let output = try TemporaryFolder("real-as-of")
        defer { output.remove() }
        var options = buildOptions(content: Paths.content, output: output.sub("Output"), config: Paths.config)
        options.asOf = LocalDate(iso: date)!
        let report = try SiteBuilder(options: options).build()
        #expect(report.published && report.errorCount == 0, "\(report.diagnostics.filter { $0.severity == .error })")
        let article = (try? String(contentsOfFile: output.sub("Output/annulation-retractation/droit-de-retractation/index.html"), encoding: .utf8)) ?? ""
        // Within 60 days before 19 June 2026, the withdrawal articles announce the withdrawal function.
        #expect(article.contains("À partir du <time datetime=\"2026-06-19\">") == (date == "2026-05-01"))
    }

    /// Article titles on the rules page and the Nouveautés page get the no-break spaces of every other title.
    @Test func articleTitlesInRuleListsKeepFrenchTypography() throws {
        let output = try TemporaryFolder("real-titles")
        defer { output.remove() }
        var options = buildOptions(content: Paths.content, output: output.sub("Output"), config: Paths.config)
        options.asOf = LocalDate(year: 2026, month: 5, day: 1)!
        #expect(try SiteBuilder(options: options).build().published)
        let rules = (try? String(contentsOfFile: output.sub("Output/regles.html"), encoding: .utf8)) ?? ""
        #expect(rules.contains(">Que se passe-t-il après ma réclamation\u{00A0}?</a>"))
        #expect(!rules.contains("réclamation ?"))
    }

    /// xmllint against RFC 4287's schema (Tests/Atom/atom.rng); scripts/install-deps installs xmllint.
    static func validate(_ file: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--relaxng", Paths.packageRoot.appendingPathComponent("Tests/Atom/atom.rng").path, file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "xmllint (run scripts/install-deps if it is missing): \(message)")
        #expect(message.hasSuffix("validates\n"))
    }
}
