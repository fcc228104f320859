import Foundation
import HelpCentreRules
import Testing

/// `guichet rules`, `rules show` and `rules eval`, run as a person or a script runs them.
@Suite struct RulesCommandTests {
    static let book: RuleBook = {
        do { return RuleBook.standard(clock: try ParisClock()) } catch { fatalError("\(error)") }
    }()
    static let asOf = LocalDate(year: 2026, month: 11, day: 28)!

    @Test func listsEveryRuleWithItsSource() throws {
        let result = try run(["rules", "--as-of", "2026-11-28"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("id ") == true)
        #expect(lines.first?.contains("wording") == true)
        #expect(lines.first?.contains("source") == true)
        let rules = Self.book.rules(on: Self.asOf)
        #expect(rules.count == 14)
        for rule in rules {
            let row = lines.first { $0.hasPrefix(rule.id + " ") }
            #expect(row != nil, "no row for \(rule.id)")
            let sourceStart = rule.source.french.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(row?.contains(sourceStart) == true, "the row of \(rule.id) does not show its source « \(rule.source.french) »")
        }
        let period = try #require(lines.first { $0.hasPrefix("withdrawal.period ") })
        // « art. L221-18 »: a no-break space after « art. », as French typography wants.
        #expect(period.contains("Code de la consommation, art.\u{00A0}L221-18 et L221-19"))
        #expect(period.contains("14\u{00A0}jours à compter de la réception"))
    }

    @Test func listIsTheDefaultSubcommand() throws {
        let plain = try run(["rules"])
        let list = try run(["rules", "list"])
        #expect(plain.status == 0)
        #expect(plain.stdout == list.stdout)
        for id in Self.book.ruleIDs {
            #expect(plain.stdout.contains("\n" + id + " "), "\(id) missing from `guichet rules`")
        }
    }

    @Test func listAsJSON() throws {
        let result = try run(["rules", "--json", "--as-of", "2026-11-28"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["as_of"] as? String == "2026-11-28")
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == 14)
        #expect(rules.compactMap { $0["id"] as? String } == Self.book.ruleIDs)
        for rule in rules {
            #expect(Set(rule.keys) == ["id", "title", "value", "wording", "source", "valid_from", "valid_until"])
        }
        let period = try #require(rules.first { $0["id"] as? String == "withdrawal.period" })
        #expect((period["wording"] as? [String: Any])?["text"] as? String == "14\u{00A0}jours à compter de la réception")
        #expect((period["value"] as? [String: Any])?["count"] as? Int == 14)
        #expect(period["valid_from"] as? String == "2016-07-01")
    }

    @Test func showOneRule() throws {
        let result = try run(["rules", "show", "withdrawal.period", "--as-of", "2026-11-28"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "withdrawal.period — Délai de rétractation")
        #expect(lines.contains("value:    14\u{00A0}jours"))
        #expect(lines.contains("unit:     calendar_days"))
        #expect(lines.contains("wording:  « 14\u{00A0}jours à compter de la réception »  ({{ withdrawal.period }})"))
        #expect(lines.contains("          value: « 14\u{00A0}jours »  ({{ withdrawal.period.value }})"))
        #expect(lines.contains { $0.hasPrefix("source:   Code de la consommation, art.\u{00A0}L221-18 et L221-19") })
        #expect(lines.contains("in force: from 2016-07-01: 14\u{00A0}jours"))
        #expect(lines.contains { $0.hasPrefix("  withdrawal.period.deadline received=… [region=…] [contract=…]  — ") })
        #expect(lines.contains { $0.hasPrefix("  withdrawal.period.on_time received=… notified=… [region=…]  — ") })
    }

    /// The counting regulation is « règlement (CEE, Euratom) n° 1182/71 », degree sign included.
    @Test func theWithdrawalSourceNamesTheRegulationCorrectly() throws {
        let result = try run(["rules", "show", "withdrawal.period", "--as-of", "2026-11-28"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("règlement (CEE, Euratom) n°\u{00A0}1182/71"))
    }

    @Test func showAnUnknownRule() throws {
        let result = try run(["rules", "show", "withdrawal.perod"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: unknown rule 'withdrawal.perod' (did you mean 'withdrawal.period'?)\n")
    }

    @Test func evalAsJSONPrintsOneObject() throws {
        let result = try run(["rules", "eval", "withdrawal.period.deadline", "received=2026-06-07", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout
                == "{\"function\":\"withdrawal.period.deadline\",\"text\":\"lundi 22\u{00A0}juin 2026\",\"value\":\"2026-06-23T00:00:00+02:00\"}\n")
        #expect(result.stdout.filter { $0 == "\n" }.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["function", "value", "text"])
        #expect(object["function"] as? String == "withdrawal.period.deadline")
        #expect(object["value"] as? String == "2026-06-23T00:00:00+02:00")
        #expect(object["text"] as? String == "lundi 22\u{00A0}juin 2026")
    }

    @Test func evalPrintsTheText() throws {
        let result = try run(["rules", "eval", "withdrawal.period.deadline", "received=2026-06-07"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == "lundi 22\u{00A0}juin 2026\n")
    }

    @Test func evalOfABooleanFunction() throws {
        let result = try run(["rules", "eval", "calendar.is_business_day", "date=2026-12-25", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["value"] as? Bool == false)
    }

    /// Each misuse: exit 64, nothing on standard output, one line on standard error that names the problem.
    @Test(arguments: [
        (["withdrawal.period.deadlin", "received=2026-06-07"],
         "error: unknown function 'withdrawal.period.deadlin' (did you mean 'withdrawal.period.deadline'?)"),
        (["withdrawal.period.deadline", "recieved=2026-06-07"],
         "error: unknown argument 'recieved' for 'withdrawal.period.deadline' (did you mean 'received'?)"),
        (["withdrawal.period.deadline"],
         "error: missing argument 'received' for 'withdrawal.period.deadline'"),
        (["withdrawal.period.deadline", "received=2026-02-30"],
         "error: invalid value '2026-02-30' for argument 'received' of 'withdrawal.period.deadline': expected a date such as 2026-06-01"),
        (["withdrawal.period.deadline", "2026-06-07"],
         "error: argument '2026-06-07' is not NAME=VALUE"),
        (["withdrawal.period.deadline", "=2026-06-07"],
         "error: argument '=2026-06-07' is not NAME=VALUE"),
        (["withdrawal.period.deadline", "received=2026-06-07", "received=2026-06-08"],
         "error: argument 'received' is given twice"),
    ])
    func evalMisuse(arguments: [String], message: String) throws {
        let result = try run(["rules", "eval"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message + "\n")
    }

    @Test func evalMisuseWithJSONStillReportsOnStandardError() throws {
        let result = try run(["rules", "eval", "withdrawal.period.deadline", "received=2026-02-30", "--json"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("'2026-02-30'"))
    }

    // MARK: - rules diff

    @Test func diffListsEachChangeWithItsUses() throws {
        let content = CLI.packageRoot.appendingPathComponent("Content").path
        let result = try run(["rules", "diff", "--from", "2025-12-31", "--to", "2026-01-01", "--content", content, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "2025-12-31")
        let changes = try #require(object["changes"] as? [[String: Any]])
        let shipping = try #require(changes.first { $0["rule"] as? String == "delivery.shipping" })
        #expect(shipping["date"] as? String == "2026-01-01")
        #expect(shipping["before"] is NSNull)
        #expect((shipping["after"] as? [String: String])?["wording"] == "48\u{00A0}heures")
        let uses = try #require(shipping["uses"] as? [String])
        #expect(uses.contains { $0.hasPrefix(content + "/vendeurs/expedier-dans-les-delais.md:") })
        #expect(Set(shipping.keys) == ["rule", "title", "date", "before", "after", "uses"])
    }

    /// The real rules' own history: the withdrawal function from 19 June 2026, with the transposition's sources
    /// (L221-21 as amended by ordonnance n° 2026-2, D221-5 created by décret n° 2026-3, article 11 bis).
    @Test func diffPrintsTheWithdrawalFunctionOfJune2026WithItsSourcesAndArticles() throws {
        let content = CLI.packageRoot.appendingPathComponent("Content").path
        let result = try run(["rules", "diff", "--from", "2026-06-01", "--to", "2026-07-01", "--content", content])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2026-06-19  withdrawal.function — Comment exercer son droit de rétractation")
        #expect(result.stdout.contains("en envoyant au vendeur le formulaire type de rétractation"))
        #expect(result.stdout.contains("(Code de la consommation, art.\u{00A0}L221-21)\n"))
        #expect(result.stdout.contains("avec le bouton «\u{00A0}Renoncer au contrat ici\u{00A0}» de la page de la commande"))
        #expect(result.stdout.contains("puis le bouton «\u{00A0}Confirmer la rétractation\u{00A0}»"))
        #expect(result.stdout.contains("(Code de la consommation, art.\u{00A0}L221-21 et D221-5 (L221-21 modifié par l’ordonnance "
            + "n°\u{00A0}2026-2 du 5\u{00A0}janvier 2026, D221-5 créé par le décret n°\u{00A0}2026-3 du 5\u{00A0}janvier 2026, "
            + "applicables à partir du 19\u{00A0}juin 2026\u{00A0}; directive 2011/83/UE, art.\u{00A0}11\u{00A0}bis, inséré par la "
            + "directive (UE) 2023/2673))"))
        #expect(result.stdout.contains(content + "/annulation-retractation/droit-de-retractation.md:37:"))
        #expect(result.stdout.contains(content + "/annulation-retractation/delai-de-retractation.md:"))
    }

    @Test func diffSaysWhenNothingChangesAndRefusesAReversedWindow() throws {
        let quiet = try run(["rules", "diff", "--from", "2026-07-01", "--to", "2026-11-01", "--content", "/nonexistent"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout == "No rule changes after 2026-07-01 up to 2026-11-01.\n")
        let reversed = try run(["rules", "diff", "--from", "2026-07-01", "--to", "2026-05-01"])
        #expect(reversed.status == 64)
        #expect(reversed.stderr.contains("--to (2026-05-01) must come after --from (2026-07-01)"))
    }
}
