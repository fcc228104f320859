import HelpCentreRules
import Testing

/// `RuleBook.changes(from:to:)`: what `guichet rules diff` lists, on a book a test extends with a future
/// version (the real rules are not touched).
@Suite("Rule changes")
struct RuleChangeTests {
    static var extended: RuleBook {
        var book = Fixture.book
        book.withdrawalPeriod = book.withdrawalPeriod.changing(on: day("2027-01-01"), to: WithdrawalPeriodPolicy(period: CalendarDays(30)))
        return book
    }

    @Test("a change on the last day of the window is listed, with the version it replaces")
    func listed() throws {
        let changes = Self.extended.changes(from: day("2026-12-01"), to: day("2027-01-01"))
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.id == "withdrawal.period")
        #expect(change.date == day("2027-01-01"))
        #expect(change.before?.wording.text == "14\u{00A0}jours à compter de la réception")
        #expect(change.after.wording.text == "30\u{00A0}jours à compter de la réception")
        #expect(change.after.source == change.before?.source)
    }

    @Test("the first day is not in the window: a change on it is already in force")
    func fromIsExclusive() {
        #expect(Self.extended.changes(from: day("2027-01-01"), to: day("2027-06-01")).isEmpty)
        #expect(Self.extended.changes(from: day("2026-12-31"), to: day("2027-06-01")).count == 1)
    }

    @Test("nothing changes in an empty or reversed window")
    func emptyWindows() {
        #expect(Self.extended.changes(from: day("2027-01-01"), to: day("2027-01-01")).isEmpty)
        #expect(Self.extended.changes(from: day("2027-06-01"), to: day("2026-06-01")).isEmpty)
    }

    @Test("a rule's first version is a new rule: nothing before it")
    func newRules() {
        let changes = Fixture.book.changes(from: day("2025-12-31"), to: day("2026-01-01"))
        let legal: Set = ["withdrawal.scope", "withdrawal.period", "withdrawal.exclusions", "withdrawal.function",
                          "withdrawal.return_shipping", "withdrawal.refund"]
        #expect(Set(changes.map(\.id)) == Set(RuleBookTests.allRuleIDs).subtracting(legal))
        #expect(changes.allSatisfy { $0.before == nil && $0.date == day("2026-01-01") })
        // In the book's order.
        #expect(changes.map(\.id) == RuleBookTests.allRuleIDs.filter { !legal.contains($0) })
    }
}
