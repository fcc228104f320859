@testable import GuichetRender
@testable import GuichetSite
import Testing

/// `FrenchTypography.apply` works on bytes for French prose and on characters otherwise; both must give
/// what the character version gave.
struct FrenchTypographyTests {
    /// The function as it was, on characters: the definition.
    static func byCharacters(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " ", i + 1 < chars.count, [":", ";", "!", "?", "»"].contains(chars[i + 1]) {
                out.append("\u{00A0}")
            } else if c == "«", i + 1 < chars.count, chars[i + 1] == " " {
                out.append(c)
                out.append("\u{00A0}")
                i += 1
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    static let texts: [String] = [
        "", " ", ":", " :", "a :", "a : b ; c ! d ? e »", "« a »", "« »", "«  a", "« « »", "«", "« ", " »", "»",
        "a  :", "a\u{00A0}:", "a :b", "https://exemple.fr/a:b et 09:00", "rien à changer", "l’été : oui",
        "« Me rétracter » : cliquez !", "12 € ; 13 $ ?", "a :\u{00A0}b", "« a » « b »",
        // Texts read as characters.
        "e\u{301} : oui", " \u{301}:", " :\u{301}", "«\u{301} a", "« \u{301}a", "👍🏽 ! 🇫🇷 ?", "a\r\n: b", "\u{2000}: a",
        "한 : 국", "« \u{200D}»",
    ]

    @Test(arguments: texts)
    func bytesAndCharactersAgree(_ text: String) {
        #expect(FrenchTypography.apply(text) == Self.byCharacters(text))
        #expect(Array(FrenchTypography.apply(text).utf8) == Array(Self.byCharacters(text).utf8))
    }
}
