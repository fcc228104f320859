import Testing
@testable import GuichetContent

@Suite("ReferenceParser")
struct ReferenceParserTests {
    typealias Segment = ReferenceParser.Segment
    typealias SyntaxError = ReferenceParser.SyntaxError

    func ref(_ id: String, _ arguments: [(String, String)] = [], offset: Int, source: String) -> Segment {
        .reference(Reference(id: id, arguments: arguments.map { Reference.Argument(name: $0.0, value: $0.1) },
                             offset: offset, length: source.count, source: source))
    }

    @Test func plainTextHasNoReference() {
        #expect(ReferenceParser.parse("Vous pouvez changer d’avis.") == [.text("Vous pouvez changer d’avis.")])
        #expect(ReferenceParser.parse("") == [])
        #expect(ReferenceParser.parse("un { seul et } un") == [.text("un { seul et } un")])
    }

    @Test func referenceWithItsOffsetAndLength() {
        let segments = ReferenceParser.parse("Vous avez {{ withdrawal.period }}.")
        #expect(segments == [
            .text("Vous avez "),
            .reference(Reference(id: "withdrawal.period", arguments: [], offset: 10, length: 23,
                                 source: "{{ withdrawal.period }}")),
            .text("."),
        ])
    }

    @Test func callKeepsItsArgumentsInOrder() {
        let source = "{{ withdrawal.period.deadline received=2026-06-07 region=alsace-moselle }}"
        let segments = ReferenceParser.parse(source)
        #expect(segments == [ref("withdrawal.period.deadline", [("received", "2026-06-07"), ("region", "alsace-moselle")],
                                 offset: 0, source: source)])
        guard case .reference(let reference) = segments.first else { Issue.record("no reference"); return }
        #expect(reference.arguments.map(\.name) == ["received", "region"])
        #expect(reference.argumentMap == ["received": "2026-06-07", "region": "alsace-moselle"])
        #expect(reference.length == 74)
    }

    @Test func argumentValueMayContainEquals() {
        #expect(ReferenceParser.parse("{{ f a=b=c }}") == [ref("f", [("a", "b=c")], offset: 0, source: "{{ f a=b=c }}")])
    }

    @Test func referenceWithoutSpaces() {
        #expect(ReferenceParser.parse("{{withdrawal.period}}") == [
            .reference(Reference(id: "withdrawal.period", arguments: [], offset: 0, length: 21, source: "{{withdrawal.period}}")),
        ])
    }

    @Test func tabsAndNoBreakSpacesSeparateLikeSpaces() {
        let source = "{{\u{00A0}withdrawal.period.deadline\treceived=2026-06-07\u{00A0}}}"
        #expect(ReferenceParser.parse(source) == [ref("withdrawal.period.deadline", [("received", "2026-06-07")],
                                                      offset: 0, source: source)])
    }

    @Test func twoReferencesInOneText() {
        let text = "Appelez le {{ contact.phone.number }} {{ contact.phone.hours }}, merci."
        #expect(ReferenceParser.parse(text) == [
            .text("Appelez le "),
            ref("contact.phone.number", offset: 11, source: "{{ contact.phone.number }}"),
            .text(" "),
            ref("contact.phone.hours", offset: 38, source: "{{ contact.phone.hours }}"),
            .text(", merci."),
        ])
    }

    @Test func adjacentReferences() {
        #expect(ReferenceParser.parse("{{ a }}{{ b }}") == [ref("a", offset: 0, source: "{{ a }}"), ref("b", offset: 7, source: "{{ b }}")])
    }

    @Test func unclosedReference() {
        #expect(ReferenceParser.parse("Voir {{ withdrawal.period") == [
            .text("Voir "),
            .invalid(SyntaxError(offset: 5, message: "reference is not closed", fix: "end it with '}}' on the same line")),
            .text(" withdrawal.period"),
        ])
    }

    @Test func unclosedReferenceIsReportedOnce() {
        let segments = ReferenceParser.parse("{{ a et {{ b")
        #expect(segments.filter { if case .invalid = $0 { true } else { false } }.count == 1)
        #expect(segments.first == .invalid(SyntaxError(offset: 0, message: "reference is not closed",
                                                       fix: "end it with '}}' on the same line")))
    }

    @Test func emptyReference() {
        let error = SyntaxError(offset: 3, message: "empty reference '{{ }}'", fix: "name a rule, such as '{{ withdrawal.period }}'")
        #expect(ReferenceParser.parse("Le {{ }} vide") == [.text("Le "), .invalid(error), .text(" vide")])
        #expect(ReferenceParser.parse("{{}}") == [.invalid(SyntaxError(offset: 0, message: "empty reference '{{ }}'",
                                                                       fix: "name a rule, such as '{{ withdrawal.period }}'"))])
    }

    @Test func nestedReference() {
        #expect(ReferenceParser.parse("{{ a {{ b }} }}") == [
            .invalid(SyntaxError(offset: 5, message: "references cannot be nested", fix: "write one reference per '{{ … }}'")),
            .text(" }}"),
        ])
    }

    @Test func invalidID() {
        #expect(ReferenceParser.parse("{{ Withdrawal.Period }}") == [
            .invalid(SyntaxError(offset: 0, message: "'Withdrawal.Period' is not a rule id",
                                 fix: "ids are lowercase words joined by dots, such as 'withdrawal.period'")),
        ])
    }

    @Test(arguments: ["a..b", ".a", "a.", "délai", "a-b", "a.B"])
    func idsThatAreNotLowercaseDottedWords(id: String) {
        #expect(ReferenceParser.isValidID(id) == false)
        #expect(ReferenceParser.parse("{{ \(id) }}") == [
            .invalid(SyntaxError(offset: 0, message: "'\(id)' is not a rule id",
                                 fix: "ids are lowercase words joined by dots, such as 'withdrawal.period'")),
        ])
    }

    @Test(arguments: ["withdrawal.period", "a", "delivery.seller_confirmation", "calendar.is_business_day", "x2.y3"])
    func validIDs(id: String) {
        #expect(ReferenceParser.isValidID(id))
    }

    @Test func argumentWithoutEquals() {
        #expect(ReferenceParser.parse("{{ withdrawal.period.deadline 2026-06-07 }}") == [
            .invalid(SyntaxError(offset: 0, message: "argument '2026-06-07' is not NAME=VALUE",
                                 fix: "write arguments as name=value with no spaces, such as received=2026-06-07")),
        ])
    }

    @Test(arguments: ["received=", "=2026-06-07", "received = 2026-06-07"])
    func argumentWithAnEmptySide(argument: String) {
        let segments = ReferenceParser.parse("{{ withdrawal.period.deadline \(argument) }}")
        guard case .invalid(let error) = segments.first, segments.count == 1 else {
            Issue.record("expected one invalid segment, got \(segments)"); return
        }
        #expect(error.offset == 0)
        #expect(error.message.hasSuffix("is not NAME=VALUE"))
    }

    @Test func duplicatedArgument() {
        #expect(ReferenceParser.parse("x {{ withdrawal.period.deadline received=2026-06-07 received=2026-06-08 }}") == [
            .text("x "),
            .invalid(SyntaxError(offset: 2, message: "argument 'received' is given twice", fix: "keep one of them")),
        ])
    }

    @Test func loneClosingBracesStayText() {
        #expect(ReferenceParser.parse("a }} b") == [.text("a }} b")])
        #expect(ReferenceParser.parse("{{ a }} }}") == [ref("a", offset: 0, source: "{{ a }}"), .text(" }}")])
    }

    @Test func offsetCountsCharactersNotBytes() {
        // "Délai réservé : " is 16 characters and 19 bytes in UTF-8.
        let text = "Délai réservé : {{ withdrawal.period }}"
        #expect(ReferenceParser.parse(text) == [
            .text("Délai réservé : "),
            ref("withdrawal.period", offset: 16, source: "{{ withdrawal.period }}"),
        ])
    }

    @Test func offsetCountsAGraphemeClusterAsOneCharacter() {
        // "e" + combining acute accent, and an emoji flag, are one character each.
        let text = "e\u{0301}🇫🇷 {{ a }}"
        #expect(ReferenceParser.parse(text) == [.text("e\u{0301}🇫🇷 "), ref("a", offset: 3, source: "{{ a }}")])
    }

    @Test func errorOffsetCountsCharacters() {
        #expect(ReferenceParser.parse("Été {{ }}") == [
            .text("Été "),
            .invalid(SyntaxError(offset: 4, message: "empty reference '{{ }}'", fix: "name a rule, such as '{{ withdrawal.period }}'")),
        ])
    }
}
