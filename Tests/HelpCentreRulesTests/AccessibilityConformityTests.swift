import HelpCentreRules
import Testing

/// The status an accessibility statement declares (RGAA 4.1; loi n° 2005-102, art. 47), as named cases.
@Suite("Accessibility conformity")
struct AccessibilityConformityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let met: Int
        let applicable: Int
        let status: AccessibilityConformity?
        let rate: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "every criterion met", met: 50, applicable: 50, status: .total, rate: 100),
        Case(name: "one short of all: partial, and 99 % rather than a rounded 100 %", met: 199, applicable: 200, status: .partial, rate: 99),
        Case(name: "exactly half: partial", met: 25, applicable: 50, status: .partial, rate: 50),
        Case(name: "half of an odd count, rounded up by a fraction: partial", met: 26, applicable: 51, status: .partial, rate: 50),
        Case(name: "just under half: non conforme", met: 25, applicable: 51, status: .nonConforming, rate: 49),
        Case(name: "nothing met", met: 0, applicable: 50, status: .nonConforming, rate: 0),
        Case(name: "no applicable criterion: refused", met: 0, applicable: 0, status: nil, rate: nil),
        Case(name: "more met than applicable: refused", met: 51, applicable: 50, status: nil, rate: nil),
        Case(name: "a negative count: refused", met: -1, applicable: 50, status: nil, rate: nil),
    ]

    @Test(arguments: cases)
    func status(_ c: Case) {
        #expect(AccessibilityConformity.of(met: c.met, applicable: c.applicable) == c.status)
        #expect(AccessibilityConformity.rate(met: c.met, applicable: c.applicable) == c.rate)
    }

    @Test func wordsAndSource() {
        #expect(AccessibilityConformity.allCases.map(\.rawValue) == ["totalement conforme", "partiellement conforme", "non conforme"])
        #expect(AccessibilityConformity.source.french
                == "Loi n°\u{00A0}2005-102 du 11\u{00A0}février 2005, art.\u{00A0}47 (décret n°\u{00A0}2019-768, RGAA\u{00A0}4.1)")
    }
}
