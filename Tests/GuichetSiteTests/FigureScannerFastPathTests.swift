import Foundation
@testable import GuichetCheck
@testable import GuichetContent
import Testing

/// The scanner reads Unicode scalars when every character of the text is one scalar, and characters
/// otherwise. These check that the two readings give the same figures, offsets and texts.
struct FigureScannerFastPathTests {
    /// Every scalar the fast path accepts, and one of each kind it refuses.
    static let ownCharacterScalars: [Unicode.Scalar] = (0...0x20FF).compactMap(Unicode.Scalar.init).filter(\.isOwnCharacter)

    @Test func ownCharacterScalarsAnswerAsTheirCharacter() {
        for scalar in Self.ownCharacterScalars {
            let character = Character(scalar)
            #expect(scalar.ascii == character.ascii, "\(scalar.value)")
            #expect(scalar.isLetter == character.isLetter, "\(scalar.value)")
            #expect(scalar.isNumber == character.isNumber, "\(scalar.value)")
            #expect(scalar.isASCIIDigit == character.isASCIIDigit, "\(scalar.value)")
            #expect(scalar.lowercased() == character.lowercased(), "\(scalar.value)")
        }
    }

    /// Grapheme breaking looks at pairs of scalars (its longer-range rules need scalars the fast path
    /// refuses: joiners, extenders, regional indicators), so two characters for every pair means one
    /// character per scalar for every text the fast path reads. And no two of them are equal characters.
    @Test func everyPairOfOwnCharacterScalarsIsTwoDistinctCharacters() {
        var failures: [String] = []
        for first in Self.ownCharacterScalars {
            for second in Self.ownCharacterScalars {
                var pair = String.UnicodeScalarView()
                pair.append(first)
                pair.append(second)
                if String(pair).count != 2 || (Character(first) == Character(second)) != (first == second) {
                    failures.append("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func theFastPathRefusesWhatJoinsCharacters() {
        for value: UInt32 in [0x0D, 0x2000, 0x2001, 0x0301, 0x200C, 0x200D, 0x1100, 0xAC00, 0x1F1EB, 0x1F3FD, 0xFE0F, 0x0E31] {
            #expect(!Unicode.Scalar(value)!.isOwnCharacter, "\(value)")
        }
    }

    static let texts: [String] = [
        // Figures beside non-ASCII letters, punctuation and spaces the fast path reads.
        "Après réception, 14 jours.", "été14 jours", "é14 jours", "14 joursé", "14 jourś", "quatorzeé jours",
        "équatorze jours", "Équatorze jours", "deuxième jour", "Édeux jours", "« deux jours »", "l’deux jours",
        "à 15 heures", "À 15 heures", "dès 9 h", "Dès 9 h 30", "vers 17 h 30", "Vers\u{00A0}17 heures",
        "14 Jours ouvrés", "14 JOURS OUVRÉS", "3 jours Ouvrables", "14\u{00A0}jours", "14\u{202F}jours",
        "3\u{202F}jours\u{00A0}ouvrés", "48h…", "48 h—", "9h–17h", "de 9h à 17h", "ouvert dès 09:00", "09 : 00",
        "٣ jours", "²14 jours", "14² jours", "14½ jours", "1,5 jour", "2.5 jours", "2026-06-07", "n°123 jours",
        "+33 9 70 75 64 60", "+33\u{00A0}(0)9\u{202F}70 75 64 60", "+33 (0)9.70.75.64.60", "09.70.75.64.60",
        "0970756460", "09707564601", "€0970756460", "0970756460€", "Ω0970756460", "ΩΩ 14 jours", "Ж14 jours",
        "Ш 14 jours", "14 дней", "QUARANTE-HUIT heures", "soixante-douze heures", "vingt-et-un jours",
        "dix-sept-huit jours", "quatorzeeeeeeeeee jours", "soixante-douzes heures", "une semaine", "deux semaines",
        "Deux Semaines", "trois semainesé", "+deux jours", "a+14 jours", "14 jours\u{00AD}", "\u{00AD}14 jours",
        // Texts the fast path refuses, read as characters: offsets count characters, not scalars.
        "e\u{301} 14 jours", "14 jours\u{301}", "14\u{301} jours", "quatorze\u{301} jours", "🇫🇷 14 jours",
        "14 jours 👍🏽", "14\r\njours", "14 jours\r\n", "한 14 jours", "14 jours\u{200D}", "dès\u{200B} 9 h",
        "+33 9 70 75 64 6\u{301}0", "٣\u{301} jours",
    ]

    @Test(arguments: texts)
    func bothReadingsAgree(_ text: String) {
        #expect(FigureScanner.scan(text) == FigureScanner.scanCharacters(text))
    }

    @Test func offsetsCountCharactersWhenAScalarJoinsTheOneBefore() {
        let figures = FigureScanner.scan("Le de\u{301}lai : 14 jours.")
        #expect(figures.map(\.offset) == [11])
        #expect(figures.map(\.text) == ["14 jours"])
    }

    @Test func everyNumberWordIsReadInAnyCase() {
        for (word, written) in FigureScanner.numberWords {
            // « huit jours » and « quinze jours » are French for one week and two weeks.
            let value = word == "huit" ? 7 : word == "quinze" ? 14 : written
            #expect(FigureScanner.scan("\(word) jours").map(\.kind) == [.days(value, business: false)], "\(word)")
            #expect(FigureScanner.scan("\(word.uppercased()) JOURS").map(\.kind) == [.days(value, business: false)], "\(word)")
            #expect(FigureScanner.scan("\(word)s jours").isEmpty, "\(word)")
        }
    }

    /// Every line of the real content and of the test sites, read both ways.
    @Test func bothReadingsAgreeOnTheContent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["Content", "Tests/GuichetSiteTests/Fixtures", "Tests/FuzzCorpus"] {
            guard let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" || folder.hasPrefix("Tests/Fuzz") { files.append(url) }
        }
        #expect(files.count > 20)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = String(line)
                #expect(FigureScanner.scan(line) == FigureScanner.scanCharacters(line), "\(file.lastPathComponent): \(line)")
            }
        }
    }
}
