@testable import GuichetContent
import Testing

/// What the scanner reads as a figure in French prose, and what it leaves alone.
struct FigureScannerTests {
    static let cases: [(String, [Figure.Kind])] = [
        ("vous avez 14 jours pour changer d’avis", [.days(14, business: false)]),
        ("soit quatorze jours", [.days(14, business: false)]),
        ("expédié sous 48h", [.hours(48)]),
        ("dans les 48 heures", [.hours(48)]),
        ("3 jours ouvrés", [.days(3, business: true)]),
        ("deux semaines", [.days(14, business: false)]),
        ("de 9h à 17h", [.clockTime(hour: 9, minute: 0), .clockTime(hour: 17, minute: 0)]),
        ("9h-17h", [.clockTime(hour: 9, minute: 0), .clockTime(hour: 17, minute: 0)]),
        ("ouvert dès 09:00", [.clockTime(hour: 9, minute: 0)]),
        ("validée à 15 heures", [.clockTime(hour: 15, minute: 0)]),
        ("appelez le 0970756460", [.phone("0970756460")]),
        ("appelez le 09.70.75.64.60", [.phone("0970756460")]),
        ("appelez le +33 9 70 75 64 60", [.phone("0970756460")]),
        // Not figures: a holiday, a date, an order number, a year, a page count, a word that starts like one.
        ("sauf un jour férié", []),
        ("reçu le 2026-06-07", []),
        ("la commande n° 123456789", []),
        ("en 2026, 300 pages", []),
        ("des troiscents colis et des deuxièmes envois", []),
    ]

    @Test(arguments: cases)
    func figures(_ text: String, _ expected: [Figure.Kind]) {
        #expect(FigureScanner.scan(text).map(\.kind) == expected)
    }

    @Test func offsetsCountCharacters() {
        let figures = FigureScanner.scan("Après réception, 14 jours.")
        #expect(figures.map(\.offset) == [17])
        #expect(figures.map(\.text) == ["14 jours"])
    }
}
