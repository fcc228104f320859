@testable import GuichetSearch
@testable import GuichetSite
import Testing

/// `SearchNormaliser.tokens` reads bytes through a table; `generalTokens` is its definition (NFD, marks
/// dropped, lower case). The two must give the same terms on every text.
struct SearchNormaliserTests {
    static let texts: [String] = [
        "", "a", "ab", "Rétractation", "rétractations", "RETRACTATION", "Rétractations", "ÉTÉ", "Été", "À bientôt",
        "où", "Où ça ?", "çà et là", "Ça", "NOËL", "Noël", "naïf", "Naïve", "maïs", "aïeul", "île", "Île-de-France",
        "hôpital", "forêt", "Forêt", "pâques", "Pâques", "dûment", "crème brûlée", "CRÈME BRÛLÉE", "déjà-vu",
        "cœur", "Cœur", "CŒUR", "œuvre", "Œuvre", "ex æquo", "Æ", "Lætitia", "curriculum vitæ", "straße", "STRASSE",
        "ß", "ẞ", "İstanbul", "ı", "Ĳssel", "ĳ", "ǅ", "Ǆ", "ǆ", "Ω", "Σοφία", "ΟΔΟΣ", "Москва", "москва", "日本語",
        "مرحبا", "שָׁלוֹם", "हिन्दी", "한국어", "🇫🇷 France", "👍🏽 ok", "e\u{301}te\u{301}", "E\u{301}TE\u{301}",
        "a\u{300}\u{323}b", "a\u{591}b", "q\u{307}\u{323}", "ﬁn", "ﬂeur", "№ 12", "½ jour", "²", "x²", "3ᵉ", "1er",
        "l’été", "l'été", "« Me rétracter »", "— tiret —", "prix : 12,50 €", "12\u{00A0}€", "14\u{202F}jours",
        "jour…", "a\u{200B}b", "a\u{200D}b", "a\u{00AD}b", "tab\tnewline\nCR\r\nfin", "É\u{301}", "\u{301}abc",
        "abc\u{301}", "\u{C5}", "\u{212B}", "\u{212A}", "\u{2126}", "\u{1F0}", "j\u{30C}", "Ǳ", "ŉ", "ſ", "ﬅ", "journaux", "Journaux", "bateaux", "prix",
        "les articles expédiés", "Vérifiez le récapitulatif puis validez votre demande.",
        "Le délai de rétractation est de 14 jours ; il court à partir du lendemain de la réception.",
        "Pensez à vérifier vos courriers indésirables : nos e-mails y sont parfois classés par erreur.",
    ]

    @Test(arguments: texts)
    func tableAndDefinitionAgree(_ text: String) {
        #expect(SearchNormaliser.tokens(text) == SearchNormaliser.generalTokens(text))
        #expect(SearchNormaliser.terms(text) == SearchNormaliser.generalTokens(text).map(SearchNormaliser.stem))
    }

    /// `terms` stems the bytes of each token; `stem` is the definition, on strings.
    @Test func stemmingBytesAgreesWithStem() {
        let words = ["journaux", "Journaux", "aux", "faux", "taux", "chevaux", "baux", "prix", "prise", "prises",
                     "colis", "frais", "les", "des", "ses", "oui", "ete", "etes", "livree", "livrees", "xx", "ss",
                     "ee", "eee", "eeee", "eeeee", "eeeees", "eauxe", "tauxs", "ab", "abc", "abcd", "abcde", "abcdes",
                     "confirmer", "confirmez", "confirmees", "annuler", "mer", "cher", "hiver", "eer", "erer", "ererez",
                     "bateaux", "eaux", "peaux", "nouveaux", "cadeaux"]
        for word in words {
            #expect(SearchNormaliser.terms(word) == SearchNormaliser.generalTokens(word).map(SearchNormaliser.stem), "\(word)")
        }
        #expect(SearchNormaliser.terms("journaux chevaux prises") == ["journal", "cheval", "pris"])
    }

    /// A plural in « -eaux » is the singular in « -eau » plus « x », not « -al » as « journaux »: « bateaux »
    /// meets « bateau », « cadeaux » meets « cadeau ».
    @Test func pluralsInEauxMeetTheirSingular() {
        #expect(SearchNormaliser.terms("bateaux bateau cadeaux cadeau nouveaux eaux") == ["bateau", "bateau", "cadeau", "cadeau", "nouveau", "eau"])
        #expect(SearchNormaliser.stem("journaux") == "journal")
        #expect(SearchNormaliser.stem("chevaux") == "cheval")
        #expect(SearchNormaliser.stem("bateaux") == "bateau")
        #expect(SearchNormaliser.stem("journaux") == "journal")
    }

    /// The forms of one verb meet, so that « annuler » finds « commande annulée ».
    @Test func aVerbsFormsMeet() {
        #expect(Set(SearchNormaliser.terms("confirmer confirmé confirmée confirmées confirmez")) == ["confirm"])
        #expect(Set(SearchNormaliser.terms("annuler annulé annulées")) == ["annul"])
        #expect(SearchNormaliser.terms("mer cher hiver livrer") == ["mer", "cher", "hiver", "livr"])
    }

    @Test func knownTerms() {
        #expect(SearchNormaliser.terms("Rétractations, RETRACTATION et rétractation") == ["retractation", "retractation", "et", "retractation"])
        #expect(SearchNormaliser.terms("Cœur ex æquo, ÉTÉ À l’île") == ["coeur", "ex", "aequo", "ete", "ile"])
        #expect(SearchNormaliser.tokens("Москва est loin, cœur") == ["est", "loin", "coeur"])
    }

    /// Every scalar of the table, alone and between letters (where a dropped mark or a separator shows).
    @Test func everyTableScalarAgreesInContext() {
        for range in SearchNormaliser.foldedRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let s = String(Character(scalar))
                for text in [s, "ab\(s)cd", "É\(s)é", "\(s)\(s) x\(s)", "e\u{301}\(s)\u{327}"] {
                    #expect(SearchNormaliser.tokens(text) == SearchNormaliser.generalTokens(text), "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    /// Random texts over table scalars, combining marks, non-Latin letters and spaces: a seeded generator,
    /// so that a failure is reproducible.
    @Test func randomTextsAgree() {
        let pool: [Unicode.Scalar] = Array("aAzZ09 éÉèàÀçÇœŒæÆßİĳǅ’«»\u{00A0}\u{202F}-.,;:!?'\"\t\n".unicodeScalars)
            + [0x301, 0x308, 0x323, 0x345, 0x591, 0x3A3, 0x3C3, 0x3C2, 0x41C, 0x1F44D, 0x1F3FD, 0x200D, 0xFB01, 0xAC00]
                .compactMap(Unicode.Scalar.init)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(next() % 24) { scalars.append(pool[next() % pool.count]) }
            let text = String(scalars)
            #expect(SearchNormaliser.tokens(text) == SearchNormaliser.generalTokens(text), "\(text.unicodeScalars.map { $0.value })")
            #expect(SearchNormaliser.terms(text) == SearchNormaliser.generalTokens(text).map(SearchNormaliser.stem))
        }
    }
}
