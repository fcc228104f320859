@testable import GuichetContent
import Testing

/// The override comment's own grammar, on strings: codes, reason, and each way of getting it wrong.
@Suite struct OverrideCommentTests {
    func parse(_ comment: String) -> Result<OverrideComment, OverrideComment.Problem> {
        OverrideComment.parse(Substring(comment))
    }

    @Test func oneCodeAndAReason() throws {
        let parsed = try parse("<!-- guichet-disable-next-line contradiction -- le délai du transporteur -->").get()
        #expect(parsed.codes == [.contradiction])
        #expect(parsed.reason == "le délai du transporteur")
    }

    @Test func severalCodesCommaSeparatedWithOrWithoutSpaces() throws {
        let parsed = try parse("<!--guichet-disable-next-line contradiction,hard-coded-figure , contradiction -- deux codes-->").get()
        #expect(parsed.codes == [.contradiction, .hardCodedFigure])
        #expect(parsed.reason == "deux codes")
    }

    @Test func theReasonMaySpanLinesAndHoldHyphens() throws {
        let parsed = try parse("<!-- guichet-disable-next-line hard-coded-figure -- la durée de conservation\n   en point relais -- pas la nôtre -->").get()
        #expect(parsed.reason == "la durée de conservation en point relais -- pas la nôtre")
    }

    @Test func aMissingReasonIsRefused() {
        for comment in ["<!-- guichet-disable-next-line contradiction -->",
                        "<!-- guichet-disable-next-line contradiction --   -->",
                        "<!-- guichet-disable-next-line contradiction -- -->"] {
            guard case .failure(let problem) = parse(comment) else { Issue.record("accepted \(comment)"); continue }
            #expect(problem.message == "the override gives no reason")
            #expect(problem.offset == 5)
            #expect(problem.fix.hasPrefix("say why after ' -- '"))
        }
    }

    @Test func anUnknownCodeGetsTheClosestOne() {
        guard case .failure(let problem) = parse("<!-- guichet-disable-next-line contradiction, hard-coded-figur -- x -->") else {
            Issue.record("accepted"); return
        }
        #expect(problem.message == "unknown diagnostic code 'hard-coded-figur'")
        #expect(problem.fix == "did you mean 'hard-coded-figure'?")
        #expect(problem.offset == 46)
    }

    @Test func aCodeThatIsAFactCannotBeOverridden() {
        guard case .failure(let problem) = parse("<!-- guichet-disable-next-line broken-link -- plus tard -->") else {
            Issue.record("accepted"); return
        }
        #expect(problem.message == "'broken-link' cannot be overridden: only a figure the check suspects can (hard-coded-figure, contradiction)")
    }

    @Test func noCodeAndUnknownDirectives() {
        guard case .failure(let none) = parse("<!-- guichet-disable-next-line -- une raison -->") else { Issue.record("accepted"); return }
        #expect(none.message == "the override names no diagnostic code")
        guard case .failure(let directive) = parse("<!-- guichet-disable-line contradiction -- x -->") else { Issue.record("accepted"); return }
        #expect(directive.message == "unknown directive 'guichet-disable-line': the only one is 'guichet-disable-next-line'")
        #expect(directive.fix.hasPrefix("did you mean 'guichet-disable-next-line'?"))
    }

    @Test func onlyGuichetCommentsAreDirectives() {
        #expect(OverrideComment.isDirective("<!-- guichet-disable-next-line x -->"))
        #expect(OverrideComment.isDirective("<!--Guichet-disable -->"))
        #expect(!OverrideComment.isDirective("<!-- TODO: relire -->"))
        #expect(!OverrideComment.isDirective("<!-- markdownlint-disable-next-line MD001 -->"))
    }
}
