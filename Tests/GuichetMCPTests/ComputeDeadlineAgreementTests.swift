import Foundation
import GuichetMCP
import HelpCentreRules
import MCP
import Testing

/// compute_deadline answers what `guichet rules eval` answers: the same function of the rules module, called
/// through the protocol on one side and through the command line on the other, on dated cases around
/// weekends, public holidays (Christmas, 1 May, Ascension, 14 July, 11 November), the start of the
/// marketplace's policies (1 January 2026, where the rule refuses to answer before) and 19 June 2026, the day
/// `withdrawal.function` changes (no function of the catalogue reads that rule: the deadlines on either side
/// of the date must simply be those of the rules in force, which is what is compared).
@Suite struct ComputeDeadlineAgreementTests {
    struct Case: CustomStringConvertible, Sendable {
        let function: String
        let arguments: [String: String]
        var description: String { ([function] + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        func add(_ function: String, _ arguments: [String: String]) { cases.append(Case(function: function, arguments: arguments)) }
        // Receipts whose 14th day falls on a weekend, on Christmas (then a weekend), on 14 July, on 11 November,
        // on 1 May and Ascension 2026, and on either side of 19 June 2026.
        for day in ["2026-06-05", "2026-06-06", "2026-06-07", "2026-06-18", "2026-06-19", "2026-06-20", "2026-06-30",
                    "2026-10-28", "2026-12-11", "2026-12-12", "2026-04-17", "2026-04-30", "2026-05-01"] {
            add("withdrawal.period.deadline", ["received": day])
        }
        add("withdrawal.period.deadline", ["received": "2026-12-11", "region": "alsace-moselle"])
        // Seller confirmation: three business days, a holiday in between.
        for day in ["2025-12-31", "2026-01-01", "2026-04-30", "2026-05-13", "2026-06-18", "2026-06-19", "2026-07-13",
                    "2026-11-10", "2026-12-23", "2026-12-24"] {
            add("delivery.seller_confirmation.deadline", ["purchased": day])
        }
        // Claims: seven days of wall clock, across the change to winter time and 19 June.
        for instant in ["2026-06-18T10:00", "2026-06-19T00:00", "2026-06-19T23:59", "2026-10-20T12:00", "2026-10-24T03:00",
                        "2026-12-24T18:30", "2026-06-12T08:00:00Z"] {
            add("claims.waiting_period.opens_at", ["validated": instant])
        }
        add("claims.waiting_period.can_open", ["validated": "2026-06-12T10:00", "at": "2026-06-19T09:59"])
        add("claims.waiting_period.can_open", ["validated": "2026-06-12T10:00", "at": "2026-06-19T10:00"])
        // Shipping and the form's answer: hours that run through a weekend.
        for instant in ["2026-06-19T16:00", "2026-12-24T17:00", "2026-07-13T09:00"] {
            add("delivery.shipping.deadline", ["validated": instant])
            add("contact.form_response.due", ["submitted": instant])
        }
        // Phone line on a holiday, a weekend and a weekday.
        for instant in ["2026-07-14T10:00", "2026-06-20T10:00", "2026-06-19T10:00", "2026-12-25T09:30"] {
            add("contact.phone.hours.is_open", ["at": instant])
            add("contact.phone.hours.next_opening", ["at": instant])
        }
        // Refund and return: calendar days after the notification.
        for day in ["2026-06-05", "2026-06-19", "2026-12-11"] {
            add("withdrawal.refund.deadline", ["notified": day])
            add("withdrawal.return_shipping.deadline", ["notified": day])
        }
        add("withdrawal.period.on_time", ["received": "2026-06-07", "notified": "2026-06-22"])
        add("withdrawal.period.on_time", ["received": "2026-06-07", "notified": "2026-06-23"])
        add("withdrawal.period.on_time", ["received": "2026-12-11", "notified": "2026-12-28T23:59"])
        add("calendar.is_business_day", ["date": "2026-07-14"])
        add("calendar.is_business_day", ["date": "2026-12-26", "region": "alsace-moselle"])
        add("calendar.is_business_day", ["date": "2026-06-19"])
        add("withdrawal.eligible", ["seller": "professional", "item": "standard"])
        return cases
    }()

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 50, "\(Self.cases.count) cases")
        #expect(Set(Self.cases.map(\.function)).count >= 12)
    }

    @Test(arguments: cases)
    func agreesWithRulesEval(_ example: Case) async throws {
        let cli = try GuichetExecutable.run(["rules", "eval", example.function] + example.arguments.map { "\($0.key)=\($0.value)" }
                                            + ["--as-of", MCPFixture.asOf.iso, "--json"])
        let client = try await MCPFixture.client()
        let arguments: [String: Value] = ["function": .string(example.function),
                                          "arguments": .object(example.arguments.mapValues(Value.string))]
        guard cli.status == 0 else {
            // The command refuses (no rule in force that day): the tool refuses with the same reason.
            let message = try #require(await MCPFixture.error(client, "compute_deadline", arguments), "\(example): the tool answered")
            let reason = cli.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(!reason.isEmpty && message.contains(reason.replacingOccurrences(of: "error: ", with: "")),
                    "\(example): tool « \(message) », rules eval « \(cli.stderr) »")
            return
        }
        let expected = try #require(try JSONSerialization.jsonObject(with: cli.stdout) as? [String: Any])
        let result = try await MCPFixture.call(client, "compute_deadline", arguments)
        let data = try #require(result.structuredContent?.objectValue)
        #expect(data["function"]?.stringValue == expected["function"] as? String)
        #expect(data["text"]?.stringValue == expected["text"] as? String, "\(example)")
        switch expected["value"] {
        case let value as String: #expect(data["value"]?.stringValue == value, "\(example)")
        case let value as Bool: #expect(data["value"]?.boolValue == value, "\(example)")
        case let values as [String]: #expect(data["value"]?.arrayValue?.compactMap(\.stringValue) == values, "\(example)")
        default: Issue.record("\(example): rules eval gave \(String(describing: expected["value"]))")
        }
        // The answer names the rule it applied, with its source.
        let catalogue = try #require(MCPFixture.book.functions.first { $0.id == example.function })
        let rules = data["rules"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
        #expect(rules == catalogue.rules, "\(example)")
        #expect(MCPFixture.text(result).hasPrefix(expected["text"] as? String ?? "?") || MCPFixture.text(result).contains(expected["text"] as? String ?? "?"))
    }

    /// Through the tool, the same answer as the rules module called directly, on the holiday cases.
    @Test func theToolCallsTheRulesModule() throws {
        let tools = HelpCentreTools(site: MCPFixture.site)
        for (function, arguments) in [("withdrawal.period.deadline", ["received": "2026-12-11"]),
                                      ("delivery.seller_confirmation.deadline", ["purchased": "2026-07-13"])] {
            let direct = try MCPFixture.book.evaluate(function, arguments, asOf: MCPFixture.asOf)
            let answer = try tools.computeDeadline(function: function, arguments: arguments)
            #expect(answer.data.objectValue?["text"]?.stringValue == direct.text)
        }
        let christmas = try tools.computeDeadline(function: "withdrawal.period.deadline", arguments: ["received": "2026-12-11"])
        #expect(christmas.text.hasPrefix("lundi 28\u{00A0}décembre 2026"), "\(christmas.text)")
    }
}
