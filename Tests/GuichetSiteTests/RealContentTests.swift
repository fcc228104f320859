import Foundation
import GuichetContent
@testable import GuichetSite
import HelpCentreRules
import Testing

/// The repository's own Content/, guichet.yml and Themes/, built as of 2026-11-28.
@Suite struct RealContentTests {
    static func build(book: RuleBook = Rules.standard, into output: String) throws -> SiteBuilder.Report {
        try SiteBuilder(options: buildOptions(content: Paths.content, output: output, config: Paths.config, book: book)).build()
    }

    @Test func buildsWithoutErrors() throws {
        let temporary = try TemporaryFolder("real")
        defer { temporary.remove() }
        let report = try Self.build(into: temporary.sub("Output"))
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(DiagnosticFormat.text.render(errors, sources: report.sources))")
        #expect(report.published)
        #expect(report.pagesWritten > 0)
    }

    /// For each article and each rule of its `rules:`, the body shows what the rule says: its wording where
    /// the body writes `{{ rule }}` (or its items, for a list alone in a paragraph), the phrase where it
    /// writes `{{ rule.value }}`, or the function's French text where it calls one of the rule's functions.
    @Test func everyDeclaredRuleIsRenderedInItsArticle() throws {
        let temporary = try TemporaryFolder("real-rules")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        let report = try Self.build(into: output)
        #expect(report.published)
        let loader = ContentLoader(contentDirectory: Paths.content, configFile: Paths.config)
        let scan = try #require(loader.scan().0)
        let articles = scan.files.compactMap { file in
            (try? loader.read(file).get()).flatMap { loader.parse(file, text: $0).article }
        }
        let resolver = ReferenceResolver(book: Rules.standard, asOf: Rules.asOf)
        #expect(articles.count > 10)
        var checked = 0
        for article in articles where !article.matter.draft {
            let html = readText(output + "/" + article.path + "index.html")
            let body = try #require(articleBody(html), "no body in \(article.path)")
            let references = article.bodyLines.flatMap { line in
                ReferenceParser.parse(String(line)).compactMap { segment -> Reference? in
                    if case .reference(let reference) = segment { return reference }
                    return nil
                }
            }
            for declared in article.matter.rules.map(\.value) {
                let snapshot = try #require(resolver.snapshot(declared), "\(article.file): unknown rule \(declared)")
                var expectations: [String] = []
                if references.contains(where: { $0.id == declared }) {
                    let text = htmlEscaped(snapshot.wording.text)
                    let items = snapshot.wording.items.map { "<li>\(htmlEscaped($0))</li>" }
                    let shown = body.contains(text) || (!items.isEmpty && items.allSatisfy(body.contains))
                    #expect(shown, "\(article.file): the wording of \(declared) « \(snapshot.wording.text) » is not in its page")
                    checked += 1
                    continue
                }
                for (name, phrase) in snapshot.wording.parts where references.contains(where: { $0.id == "\(declared).\(name)" }) {
                    expectations.append(phrase)
                }
                for reference in references {
                    guard let function = Rules.standard.functions.first(where: { $0.id == reference.id }),
                          function.rules.contains(declared),
                          case .success(let resolved) = resolver.resolve(reference) else { continue }
                    expectations.append(resolved.text)
                }
                #expect(!expectations.isEmpty, "\(article.file): \(declared) is declared but no reference to it was found")
                for expected in expectations {
                    #expect(body.contains(htmlEscaped(expected)), "\(article.file): « \(expected) » (\(declared)) is not in its page")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func homePageShowsThePhoneAndItsHours() throws {
        let temporary = try TemporaryFolder("real-home")
        defer { temporary.remove() }
        let output = temporary.sub("Output")
        _ = try Self.build(into: output)
        let home = readText(output + "/index.html")
        #expect(home.contains("href=\"tel:+33970756460\""))
        #expect(home.contains(">09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60</a>"))
        #expect(home.contains("du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h (hors jours fériés)"))
    }

    /// A rule book whose withdrawal period is 21 days changes the pages that refer to it, and only through
    /// the rules: no page keeps the standard 14 days of the period.
    @Test func aTwentyOneDayWithdrawalPeriodReachesThePages() throws {
        let temporary = try TemporaryFolder("real-21")
        defer { temporary.remove() }
        var book = RuleBook.standard(clock: try ParisClock())
        book.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince, WithdrawalPeriodPolicy(period: CalendarDays(21)))

        let standardOutput = temporary.sub("Standard")
        let longerOutput = temporary.sub("Longer")
        _ = try Self.build(into: standardOutput)
        let report = try Self.build(book: book, into: longerOutput)
        #expect(report.errorCount == 0)
        #expect(report.published)

        let page = "/annulation-retractation/delai-de-retractation/index.html"
        let standard = try #require(articleBody(readText(standardOutput + page)))
        let longer = try #require(articleBody(readText(longerOutput + page)))
        #expect(standard.contains("Vous disposez alors de 14\u{00A0}jours à compter de la réception de votre commande"))
        #expect(longer.contains("Vous disposez alors de 21\u{00A0}jours à compter de la réception de votre commande"))
        #expect(standard.contains("dans ce délai de 14\u{00A0}jours"))
        #expect(longer.contains("dans ce délai de 21\u{00A0}jours"))
        // The deadlines move too: received on 7 June 2026, 21 days end on Sunday 28 June → Monday 29 June.
        #expect(standard.contains("<td>lundi 22\u{00A0}juin 2026</td>"))
        #expect(longer.contains("<td>lundi 29\u{00A0}juin 2026</td>"))

        for file in relativeFiles(in: longerOutput) where file.hasSuffix(".html") || file.hasSuffix(".json") {
            let text = readText(longerOutput + "/" + file)
            #expect(!text.contains("14\u{00A0}jours à compter"), "\(file) still says 14 jours à compter")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let temporary = try TemporaryFolder("real-twice")
        defer { temporary.remove() }
        let first = temporary.sub("First")
        let second = temporary.sub("Second")
        _ = try Self.build(into: first)
        _ = try Self.build(into: second)
        #expect(relativeFiles(in: first).count > 30)
        #expect(firstDifference(expected: first, actual: second) == nil)
    }
}
