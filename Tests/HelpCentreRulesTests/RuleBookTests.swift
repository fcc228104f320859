import Foundation
import HelpCentreRules
import Testing

/// The rule book as a value: other parameters, versions through time, and the catalogue's invariants.
@Suite("Rule book")
struct RuleBookTests {
    static let allRuleIDs = [
        "delivery.seller_confirmation", "delivery.shipping", "claims.waiting_period", "contact.form_response",
        "contact.phone.number", "contact.phone.hours", "withdrawal.scope", "withdrawal.period", "withdrawal.exclusions",
        "withdrawal.function", "withdrawal.return_shipping", "withdrawal.refund", "tracking.unavailable_reasons", "seller.contact_buyer",
    ]

    static let legalRuleIDs: Set = [
        "withdrawal.scope", "withdrawal.period", "withdrawal.exclusions", "withdrawal.function", "withdrawal.return_shipping",
        "withdrawal.refund",
    ]

    @Test("a book with a 21-day withdrawal period")
    func twentyOneDays() throws {
        var book = Fixture.book
        book.withdrawalPeriod = Versioned(since: RuleBook.consumerLawSince, WithdrawalPeriodPolicy(period: CalendarDays(21)))
        let rule = try book.rule("withdrawal.period", on: day("2026-06-01"))
        #expect(rule.wording.text == "21\u{00A0}jours à compter de la réception")
        #expect(rule.wording.part("value") == "21\u{00A0}jours")
        #expect(rule.value == .quantity(CalendarDays(21).quantity))
        // Received Mon 1 June: +21 is Mon 22 June.
        let result = try evaluate("withdrawal.period.deadline", ["received": "2026-06-01"], book: book)
        #expect(result.iso == "2026-06-23T00:00:00+02:00")
        #expect(result.text == "lundi 22\u{00A0}juin 2026")
        // Received Sun 7 June: +21 is Sun 28 June, moved to Mon 29.
        #expect(try evaluate("withdrawal.period.deadline", ["received": "2026-06-07"], book: book).iso
            == "2026-06-30T00:00:00+02:00")
        // The standard book is untouched: a value, not a shared state.
        #expect(try Fixture.book.rule("withdrawal.period", on: day("2026-06-01")).wording.text
            == "14\u{00A0}jours à compter de la réception")
    }

    @Test("a versioned change: receipts before it use 14 days, after it 21")
    func versionedChange() throws {
        var book = Fixture.book
        let change = day("2027-01-01")
        book.withdrawalPeriod = book.withdrawalPeriod.changing(on: change, to: WithdrawalPeriodPolicy(period: CalendarDays(21)))
        // 2026-12-31 + 14 = Thu 2027-01-14.
        let before = try evaluate("withdrawal.period.deadline", ["received": "2026-12-31"], book: book)
        #expect(before.iso == "2027-01-15T00:00:00+01:00")
        #expect(before.text == "jeudi 14\u{00A0}janvier 2027")
        // 2027-01-01 + 21 = Fri 2027-01-22.
        let after = try evaluate("withdrawal.period.deadline", ["received": "2027-01-01"], book: book)
        #expect(after.iso == "2027-01-23T00:00:00+01:00")
        #expect(after.text == "vendredi 22\u{00A0}janvier 2027")
        // on_time follows the version of the receipt date.
        #expect(try evaluate("withdrawal.period.on_time", ["received": "2027-01-01", "notified": "2027-01-20"], book: book).boolean
            == true)
        #expect(try evaluate("withdrawal.period.on_time", ["received": "2026-12-31", "notified": "2027-01-20"], book: book).boolean
            == false)
        // The history as the catalogue shows it.
        let entry = try #require(book.entry("withdrawal.period"))
        #expect(entry.versions.map(\.validFrom) == [RuleBook.consumerLawSince, change])
        #expect(entry.versions.map(\.validUntil) == [change, nil])
        #expect(entry.inForce(on: day("2026-12-31"))?.wording.part("value") == "14\u{00A0}jours")
        #expect(entry.inForce(on: change)?.wording.part("value") == "21\u{00A0}jours")
        #expect(book.rules(on: day("2026-12-31")).first { $0.id == "withdrawal.period" }?.wording.part("value") == "14\u{00A0}jours")
        #expect(book.rules(on: change).first { $0.id == "withdrawal.period" }?.wording.part("value") == "21\u{00A0}jours")
    }

    @Test("a change on the date of an existing version replaces it")
    func changeReplaces() {
        let versioned = Fixture.book.withdrawalPeriod
            .changing(on: RuleBook.consumerLawSince, to: WithdrawalPeriodPolicy(period: CalendarDays(30)))
        #expect(versioned.versions.count == 1)
        #expect(versioned.inForce(on: day("2026-06-01"))?.period == CalendarDays(30))
        #expect(versioned.inForce(on: day("2016-06-30")) == nil)
    }

    @Test("rules(on:) before a rule is in force returns fewer rules")
    func rulesOnDate() {
        let book = Fixture.book
        #expect(book.rules(on: day("2026-06-01")).map(\.id) == Self.allRuleIDs)
        #expect(book.rules(on: RuleBook.marketplacePoliciesSince).count == 14)
        // Before the marketplace's policies: only the law.
        #expect(Set(book.rules(on: day("2025-12-31")).map(\.id)) == Self.legalRuleIDs)
        #expect(Set(book.rules(on: RuleBook.consumerLawSince).map(\.id)) == Self.legalRuleIDs)
        // Before the law's numbering: nothing.
        #expect(book.rules(on: day("2016-06-30")).isEmpty)
    }

    @Test("a rule not yet in force, and an unknown rule, are errors")
    func ruleErrors() {
        #expect(throws: RulesError(.noValueInForce(rule: "delivery.shipping", date: day("2025-12-31")))) {
            try Fixture.book.rule("delivery.shipping", on: day("2025-12-31"))
        }
        #expect(RulesError(.noValueInForce(rule: "delivery.shipping", date: day("2025-12-31"))).description
            == "rule 'delivery.shipping' has no value in force on 2025-12-31")
        #expect(throws: RulesError(.unknownRule("withdrawal.periode", suggestion: "withdrawal.period"))) {
            try Fixture.book.rule("withdrawal.periode", on: day("2026-06-01"))
        }
        #expect(failure("delivery.seller_confirmation.deadline", ["purchased": "2025-12-31"])?.description
            == "rule 'delivery.seller_confirmation' has no value in force on 2025-12-31")
        #expect(failure("withdrawal.period.deadline", ["received": "2015-06-01"])?.description
            == "rule 'withdrawal.period' has no value in force on 2015-06-01")
    }

    @Test("every rule has a title, a wording, a value part and a source", arguments: allRuleIDs)
    func ruleIsComplete(_ id: String) throws {
        let rule = try Fixture.book.rule(id, on: day("2026-06-01"))
        #expect(rule.id == id)
        #expect(!rule.title.isEmpty)
        #expect(!rule.wording.text.isEmpty)
        #expect(!(rule.wording.part("value") ?? "").isEmpty)
        #expect(!rule.value.french.isEmpty)
        if Self.legalRuleIDs.contains(id) {
            #expect(rule.source.kind == "law")
            #expect(rule.source.french.hasPrefix("Code de la consommation, art.\u{00A0}"))
            #expect(rule.source.french.contains("L221-"))
            #expect(rule.source.url?.hasPrefix("https://www.legifrance.gouv.fr/") == true)
        } else {
            #expect(rule.source == .marketplacePolicy)
            #expect(rule.source.kind == "marketplace_policy")
            #expect(rule.source.french == "Politique de la place de marché")
            #expect(rule.source.url == nil)
        }
    }

    @Test("rule ids are unique and in a stable order")
    func ruleIDs() {
        #expect(Fixture.book.ruleIDs == Self.allRuleIDs)
        #expect(Set(Fixture.book.ruleIDs).count == Fixture.book.ruleIDs.count)
    }

    struct Signature: CustomTestStringConvertible, Sendable {
        let id: String
        let required: [String]
        let optional: [String]
        var testDescription: String { id }
    }

    static let signatures: [Signature] = [
        Signature(id: "delivery.seller_confirmation.deadline", required: ["purchased"], optional: ["region"]),
        Signature(id: "delivery.shipping.deadline", required: ["validated"], optional: []),
        Signature(id: "claims.waiting_period.opens_at", required: ["validated"], optional: []),
        Signature(id: "claims.waiting_period.can_open", required: ["validated", "at"], optional: []),
        Signature(id: "contact.phone.hours.is_open", required: ["at"], optional: []),
        Signature(id: "contact.phone.hours.next_opening", required: ["at"], optional: []),
        Signature(id: "contact.form_response.due", required: ["submitted"], optional: []),
        Signature(id: "withdrawal.period.deadline", required: ["received"], optional: ["region", "contract"]),
        Signature(id: "withdrawal.period.on_time", required: ["received", "notified"], optional: ["region"]),
        Signature(id: "withdrawal.return_shipping.deadline", required: ["notified"], optional: []),
        Signature(id: "withdrawal.refund.deadline", required: ["notified"], optional: []),
        Signature(id: "withdrawal.eligible", required: ["seller", "item"], optional: ["unsealed"]),
        Signature(id: "calendar.holidays", required: ["year"], optional: ["region"]),
        Signature(id: "calendar.is_business_day", required: ["date"], optional: ["region"]),
    ]

    @Test("the functions' public contract", arguments: signatures)
    func signature(_ s: Signature) throws {
        let function = try Fixture.book.function(s.id)
        #expect(function.parameters.filter(\.isRequired).map(\.name) == s.required)
        #expect(function.parameters.filter { !$0.isRequired }.map(\.name) == s.optional)
        #expect(!function.summary.isEmpty)
        // Each function's rules are ids of the book; only the calendar's functions apply none.
        #expect(function.rules.allSatisfy { Fixture.book.ruleIDs.contains($0) })
        #expect(function.rules.isEmpty == s.id.hasPrefix("calendar."))
    }

    @Test("the catalogue holds exactly the contract's functions, once each")
    func catalogue() {
        let ids = Fixture.book.functions.map(\.id)
        #expect(ids == Self.signatures.map(\.id))
        #expect(Set(ids).count == 14)
    }

    @Test("an evaluation encodes as JSON with the ISO value")
    func json() throws {
        let result = try evaluate("delivery.seller_confirmation.deadline", ["purchased": "2026-06-01T10:00"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(result), as: UTF8.self)
        #expect(json == "{\"function\":\"delivery.seller_confirmation.deadline\",\"text\":\"jeudi 4\u{00A0}juin 2026\","
            + "\"value\":\"2026-06-05T00:00:00+02:00\"}")
        let holidays = try evaluate("calendar.holidays", ["year": "2026"])
        let data = try JSONSerialization.jsonObject(with: try encoder.encode(holidays)) as? [String: Any]
        #expect(data?["value"] as? [String] == HandHolidays.national[2026])
        let bool = try evaluate("calendar.is_business_day", ["date": "2026-05-01"])
        let boolData = try JSONSerialization.jsonObject(with: try encoder.encode(bool)) as? [String: Any]
        #expect(boolData?["value"] as? Bool == false)
    }

    @Test("the tracking and seller-contact rules")
    func otherRules() throws {
        let on = day("2026-06-01")
        let tracking = try Fixture.book.rule("tracking.unavailable_reasons", on: on)
        #expect(tracking.wording.items.count == 3)
        #expect(tracking.wording.text == "la mise à jour du suivi a du retard, le colis n’a pas de numéro de suivi "
            + "et le vendeur n’a pas indiqué les informations d’expédition")
        let policy = SellerContactBuyerPolicy()
        #expect(policy.canContact(claimOpened: false, orderTooOld: false).allowed)
        #expect(!policy.canContact(claimOpened: true, orderTooOld: false).allowed)
        #expect(!policy.canContact(claimOpened: false, orderTooOld: true).allowed)
    }
}
