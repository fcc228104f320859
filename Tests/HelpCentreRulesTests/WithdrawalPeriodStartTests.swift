import HelpCentreRules
import Testing

/// The day the withdrawal period starts from (L221-18): the last item's receipt for goods, the first
/// delivery's for regular deliveries, the contract's conclusion for a service; the calculator refuses a
/// service with the reason, since it asks for a receipt.
@Suite("Withdrawal period start")
struct WithdrawalPeriodStartTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let contract: WithdrawalContract
        let concluded: String?
        let received: String?
        let start: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "goods in several parcels: from the last one's receipt", contract: .goods,
             concluded: "2026-06-01", received: "2026-06-09", start: "2026-06-09"),
        Case(name: "a box every month: from the first delivery's receipt", contract: .regularDeliveries,
             concluded: "2026-06-01", received: "2026-06-04", start: "2026-06-04"),
        Case(name: "a service: from the contract's conclusion, whatever was received", contract: .service,
             concluded: "2026-06-01", received: "2026-06-04", start: "2026-06-01"),
        Case(name: "a service without the conclusion's day: no start, not a guess", contract: .service,
             concluded: nil, received: "2026-06-04", start: nil),
        Case(name: "goods not yet received: no start", contract: .goods, concluded: "2026-06-01", received: nil, start: nil),
    ]

    @Test(arguments: cases)
    func start(_ c: Case) {
        #expect(c.contract.start(concluded: c.concluded.map(day), received: c.received.map(day)) == c.start.map(day))
    }

    @Test("regular deliveries: the deadline counts from the first receipt, as for goods")
    func regularDeliveriesDeadline() throws {
        let goods = try Fixture.book.evaluate("withdrawal.period.deadline", ["received": "2026-06-07"], asOf: Fixture.asOf)
        let box = try Fixture.book.evaluate("withdrawal.period.deadline", ["received": "2026-06-07", "contract": "regular_deliveries"],
                                            asOf: Fixture.asOf)
        #expect(box.text == goods.text)
        #expect(box.text.hasPrefix("lundi 22"))
    }

    @Test("a service is refused by the calculator, with the reason")
    func serviceRefused() {
        #expect(throws: RulesError.self) {
            try Fixture.book.evaluate("withdrawal.period.deadline", ["received": "2026-06-07", "contract": "service"], asOf: Fixture.asOf)
        }
        do {
            _ = try Fixture.book.evaluate("withdrawal.period.deadline", ["received": "2026-06-07", "contract": "service"], asOf: Fixture.asOf)
        } catch {
            #expect(error.description.contains("for a service the period runs from the conclusion of the contract (L221-18, 1°)"))
        }
    }
}
