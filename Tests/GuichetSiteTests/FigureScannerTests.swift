@testable import GuichetCheck
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
        // Words editors use for the same periods.
        ("une semaine après la validation", [.days(7, business: false)]),
        ("sous huit jours", [.days(7, business: false)]),
        ("quinze jours pour changer d’avis", [.days(14, business: false)]),
        ("15 jours après", [.days(15, business: false)]),
        ("un jour ouvré", [.days(1, business: true)]),
        ("7 j après la validation", [.days(7, business: false)]),
        ("à partir du septième jour", [.days(7, business: false)]),
        ("dès le 7e jour", [.days(7, business: false)]),
        ("réclamation possible à J+7", [.days(7, business: false)]),
        ("un mois pour vous décider", [.months(1)]),
        ("une quinzaine de jours pour changer d’avis", [.days(14, business: false)]),
        ("réponse sous huitaine", [.days(7, business: false)]),
        ("joignable 6j/7", [.weekdays(first: 1, last: 6)]),
        ("5 jours sur 7", [.weekdays(first: 1, last: 5)]),
        ("une garantie de 2 ans", [.months(24)]),
        ("en moins de 2 heures, puis 30 minutes", [.hours(2), .minutes(30)]),
        ("48 heures ouvrées", [.hours(48)]),
        ("quarante-huit heures", [.hours(48)]),
        ("du lundi au vendredi", [.weekdays(first: 1, last: 5)]),
        ("lundi-samedi", [.weekdays(first: 1, last: 6)]),
        ("joignable en semaine", [.weekdays(first: 1, last: 5)]),
        ("tous les jours", [.weekdays(first: 1, last: 7)]),
        ("ouvert 7j/7 et 24h/24", [.weekdays(first: 1, last: 7), .allDay]),
        ("24 heures sur 24, 7 jours sur 7", [.allDay, .weekdays(first: 1, last: 7)]),
        ("appelez le 0033 9 70 75 64 60", [.phone("0970756460")]),
        ("appelez le (+33) 9 70 75 64 60", [.phone("0970756460")]),
        ("appelez le +33 (0)9 70 75 64 60", [.phone("0970756460")]),
        // Not figures: a holiday, a date, an order number, a year, a page count, a word that starts like one.
        ("sauf un jour férié", []),
        ("reçu le 2026-06-07", []),
        ("la commande n° 123456789", []),
        ("en 2026, 300 pages", []),
        ("des troiscents colis et des deuxièmes envois", []),
        ("si un jour vous changez d’avis", []),
        ("11 jours fériés", []),
        ("un délai moyen de 1,6 jour", []),
        ("du lundi", []),
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
