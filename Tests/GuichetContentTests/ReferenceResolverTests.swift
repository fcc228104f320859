import HelpCentreRules
import Testing
@testable import GuichetContent

@Suite("ReferenceResolver")
struct ReferenceResolverTests {
    let book: RuleBook
    let resolver: ReferenceResolver

    init() throws {
        book = RuleBook.standard(clock: try ParisClock())
        resolver = ReferenceResolver(book: book, asOf: date("2026-11-28"))
    }

    /// The one reference in `source`, as an article would write it.
    func reference(_ source: String) throws -> Reference {
        let segments = ReferenceParser.parse(source)
        guard segments.count == 1, case .reference(let reference) = segments[0] else {
            throw ParseFailure(segments: segments)
        }
        return reference
    }

    struct ParseFailure: Error { let segments: [ReferenceParser.Segment] }

    func resolve(_ source: String, with resolver: ReferenceResolver? = nil) throws -> Result<ReferenceResolver.Resolved, ReferenceResolver.Failure> {
        (resolver ?? self.resolver).resolve(try reference(source))
    }

    @Test func ruleResolvesToItsWording() throws {
        #expect(try resolve("{{ withdrawal.period }}") == .success(.init(
            text: "14\u{00A0}jours à compter de la réception", items: [], link: nil, rules: ["withdrawal.period"])))
    }

    @Test func valuePartResolvesToThePhrase() throws {
        #expect(try resolve("{{ withdrawal.period.value }}") == .success(.init(
            text: "14\u{00A0}jours", items: [], link: nil, rules: ["withdrawal.period"])))
    }

    @Test func otherPartsOfARule() throws {
        #expect(try resolve("{{ withdrawal.return_shipping.cost }}") == .success(.init(
            text: "à votre charge", items: [], link: nil, rules: ["withdrawal.return_shipping"])))
        #expect(try resolve("{{ contact.phone.hours }}") == .success(.init(
            text: "du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h (hors jours fériés)", items: [], link: nil,
            rules: ["contact.phone.hours"])))
    }

    @Test func phoneNumberLinksToATelURI() throws {
        #expect(try resolve("{{ contact.phone.number }}") == .success(.init(
            text: "09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60", items: [], link: "tel:+33970756460",
            rules: ["contact.phone.number"])))
    }

    @Test func listRuleHasItems() throws {
        let reasons = ["la mise à jour du suivi a du retard",
                       "le colis n’a pas de numéro de suivi",
                       "le vendeur n’a pas indiqué les informations d’expédition"]
        #expect(try resolve("{{ tracking.unavailable_reasons }}") == .success(.init(
            text: "la mise à jour du suivi a du retard, le colis n’a pas de numéro de suivi et le vendeur n’a pas indiqué les informations d’expédition",
            items: reasons, link: nil, rules: ["tracking.unavailable_reasons"])))
    }

    @Test func exclusionsListHasOneItemPerExclusion() throws {
        let resolved = try resolve("{{ withdrawal.exclusions }}").get()
        #expect(resolved.items.count == 7)
        #expect(resolved.items.first == "les enregistrements audio ou vidéo et les logiciels (DVD, CD, jeux vidéo) descellés après la livraison")
        #expect(resolved.rules == ["withdrawal.exclusions"])
    }

    @Test func functionCallGivesFrenchTextAndItsRules() throws {
        // Received Sunday 7 June 2026: day 14 is Sunday 21 June, moved to Monday 22 June.
        #expect(try resolve("{{ withdrawal.period.deadline received=2026-06-07 }}") == .success(.init(
            text: "lundi 22\u{00A0}juin 2026", items: [], link: nil, rules: ["withdrawal.period"])))
    }

    @Test func functionCallWithTwoRules() throws {
        let resolved = try resolve("{{ withdrawal.eligible seller=professional item=standard }}").get()
        #expect(resolved.rules == ["withdrawal.scope", "withdrawal.exclusions"])
        #expect(resolved.items.isEmpty && resolved.link == nil)
    }

    @Test func unknownIDSuggestsTheClosest() throws {
        #expect(try resolve("{{ withdrawal.perod }}") == .failure(.init(
            code: .unknownReference, message: "unknown rule or function 'withdrawal.perod'",
            fix: "did you mean '{{ withdrawal.period }}'?", closest: "withdrawal.period")))
    }

    @Test func unknownPartSuggestsTheClosestPart() throws {
        #expect(try resolve("{{ withdrawal.period.valeur }}") == .failure(.init(
            code: .unknownReference, message: "unknown rule or function 'withdrawal.period.valeur'",
            fix: "did you mean '{{ withdrawal.period.value }}'?", closest: "withdrawal.period.value")))
    }

    @Test func unknownIDWithNothingClose() throws {
        #expect(try resolve("{{ zzz }}") == .failure(.init(
            code: .unknownReference, message: "unknown rule or function 'zzz'", fix: "run 'guichet rules' for the list of ids")))
    }

    @Test func ruleGivenArgumentsIsAnInvalidCall() throws {
        #expect(try resolve("{{ withdrawal.period received=2026-06-07 }}") == .failure(.init(
            code: .invalidCall, message: "'withdrawal.period' is a rule and takes no arguments",
            fix: "write '{{ withdrawal.period }}', or call one of its functions (guichet rules show withdrawal.period)")))
    }

    @Test func partGivenArgumentsIsAnInvalidCall() throws {
        let failure = try #require(try resolve("{{ withdrawal.period.value x=1 }}").failureValue)
        #expect(failure.code == .invalidCall)
        #expect(failure.message == "'withdrawal.period.value' is a phrase of rule 'withdrawal.period' and takes no arguments")
        // The fix must name a command that works: `guichet rules show` takes a rule id, and
        // `withdrawal.period.value` is a phrase of the rule `withdrawal.period`, not a rule.
        #expect(failure.fix == "write '{{ withdrawal.period.value }}', or call one of its functions (guichet rules show withdrawal.period)")
    }

    @Test func functionWithAMissingArgumentGivesTheRulesErrorText() throws {
        #expect(try resolve("{{ withdrawal.period.deadline }}") == .failure(.init(
            code: .invalidCall,
            message: "missing argument 'received' for 'withdrawal.period.deadline' in '{{ withdrawal.period.deadline }}'",
            fix: "write '{{ withdrawal.period.deadline received=… [region=…] [contract=…] }}'")))
    }

    @Test func functionWithAnUnknownArgument() throws {
        #expect(try resolve("{{ withdrawal.period.deadline recieved=2026-06-07 }}") == .failure(.init(
            code: .invalidCall,
            message: "unknown argument 'recieved' for 'withdrawal.period.deadline' (did you mean 'received'?) in '{{ withdrawal.period.deadline recieved=2026-06-07 }}'",
            fix: "write '{{ withdrawal.period.deadline received=… [region=…] [contract=…] }}'")))
    }

    @Test func functionWithAnInvalidValue() throws {
        #expect(try resolve("{{ withdrawal.period.deadline received=2026-02-30 }}") == .failure(.init(
            code: .invalidCall,
            message: "invalid value '2026-02-30' for argument 'received' of 'withdrawal.period.deadline': expected a date such as 2026-06-01 in '{{ withdrawal.period.deadline received=2026-02-30 }}'",
            fix: "write '{{ withdrawal.period.deadline received=… [region=…] [contract=…] }}'")))
    }

    @Test func bookWithATwentyOneDayPeriod() throws {
        var longer = book
        longer.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince, WithdrawalPeriodPolicy(period: CalendarDays(21)))
        let resolver = ReferenceResolver(book: longer, asOf: date("2026-11-28"))
        #expect(try resolve("{{ withdrawal.period }}", with: resolver) == .success(.init(
            text: "21\u{00A0}jours à compter de la réception", items: [], link: nil, rules: ["withdrawal.period"])))
        #expect(try resolve("{{ withdrawal.period.value }}", with: resolver).get().text == "21\u{00A0}jours")
        // 7 June + 21 days is Sunday 28 June, moved to Monday 29 June.
        #expect(try resolve("{{ withdrawal.period.deadline received=2026-06-07 }}", with: resolver).get().text
                == "lundi 29\u{00A0}juin 2026")
    }

    @Test func versionInForceOnTheBuildDateIsUsed() throws {
        var changing = book
        changing.withdrawalPeriod = book.withdrawalPeriod.changing(on: date("2027-01-01"),
                                                                   to: WithdrawalPeriodPolicy(period: CalendarDays(30)))
        let before = ReferenceResolver(book: changing, asOf: date("2026-12-31"))
        let after = ReferenceResolver(book: changing, asOf: date("2027-01-01"))
        #expect(try resolve("{{ withdrawal.period.value }}", with: before).get().text == "14\u{00A0}jours")
        #expect(try resolve("{{ withdrawal.period.value }}", with: after).get().text == "30\u{00A0}jours")
    }

    @Test func ruleNotYetInForce() throws {
        let early = ReferenceResolver(book: book, asOf: date("2015-01-01"))
        #expect(try resolve("{{ withdrawal.period }}", with: early) == .failure(.init(
            code: .unknownReference, message: "rule 'withdrawal.period' has no value in force on 2015-01-01",
            fix: "build with --as-of a date when the rule is in force")))
    }

    @Test func knownIDsListRulesPartsAndFunctions() {
        #expect(resolver.knownIDs.contains("withdrawal.period"))
        #expect(resolver.knownIDs.contains("withdrawal.period.value"))
        #expect(resolver.knownIDs.contains("contact.phone.number.tel"))
        #expect(resolver.knownIDs.contains("withdrawal.period.deadline"))
        #expect(resolver.snapshot("withdrawal.period")?.value == .quantity(CalendarDays(14).quantity))
        #expect(resolver.snapshot("withdrawal.perod") == nil)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
