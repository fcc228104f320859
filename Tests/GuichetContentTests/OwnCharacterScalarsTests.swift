@testable import GuichetContent
import Testing

/// `ownCharacterScalars` and `ReferenceParser.hasOpening` read a string's bytes; their definitions read its
/// scalars and its characters. Both must answer alike on every kind of text.
struct OwnCharacterScalarsTests {
    static let texts: [String] = [
        "", "a", "{", "{{", "{{\u{301}", "a{{", "{a{", "{ {", "é{{", "{{é", "Le délai est de {{ withdrawal.period }}.", "x}}{{",
        "Rétractation", "l’été", "« Me rétracter »", "14\u{202F}jours", "12\u{00A0}€", "tab\tnewline\nfin",
        "CR\r\nLF", "CR\rseul", "e\u{301}te\u{301}", "a\u{300}b", "🇫🇷 France", "👍🏽 ok", "日本語", "Москва", "ﬁn",
        "\u{2000}", "\u{2002}\u{200A}\u{2010}\u{2027}\u{202F}\u{205E}", "\u{200B}", "\u{2028}", "\u{20AC}\u{20C0}",
        "\u{2FF}\u{300}", "한국어", "\u{10FFFF}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", String(repeating: "abc é ", count: 300),
    ]

    @Test(arguments: texts)
    func bytesAndScalarsAgree(_ text: String) {
        let definition: [Unicode.Scalar]? = text.unicodeScalars.allSatisfy(\.isOwnCharacter) ? Array(text.unicodeScalars) : nil
        #expect(text.ownCharacterScalars == definition)
        #expect(text.ownCharacterCount == definition.map(\.count))
        if let count = text.ownCharacterCount { #expect(count == text.count) }
        // `{{` as bytes, whatever follows (« {{\u{301} » is two braces, though not two `Character`s `{`).
        let bytes = Array(text.utf8)
        #expect(ReferenceParser.hasOpening(text) == bytes.indices.dropFirst().contains { bytes[$0] == 0x7B && bytes[$0 - 1] == 0x7B })
    }
}
