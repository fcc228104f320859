import Foundation
@testable import GuichetRender
@testable import GuichetSite
import HelpCentreRules
import Testing

/// Two promises the pages make without a golden file saying so alone: French no-break spaces in prose, and
/// the open-now and calculator data computed by the rules module.
struct TypographyAndLiveDataTests {
    @Test(arguments: [
        ("Exemple : pour une commande", "Exemple\u{00A0}: pour une commande"),
        ("Vraiment ? Oui ! Ensuite ; enfin", "Vraiment\u{00A0}? Oui\u{00A0}! Ensuite\u{00A0}; enfin"),
        ("la mention « Vendeur professionnel »", "la mention «\u{00A0}Vendeur professionnel\u{00A0}»"),
        ("https://exemple.fr/a:b et 09:00", "https://exemple.fr/a:b et 09:00"),
        ("rien à changer", "rien à changer"),
    ])
    func noBreakSpaces(_ typed: String, _ shown: String) {
        #expect(FrenchTypography.apply(typed) == shown)
    }

    @Test func openingIntervalsComeFromThePhoneRule() throws {
        let book = RuleBook.standard(clock: try ParisClock())
        let hours = LiveData.hours(book: book, asOf: LocalDate(year: 2026, month: 12, day: 4)!)
        #expect(hours.from == "2026-12-04" && hours.until == "2028-06-03")
        // Friday 4 December 2026, 9 h to 17 h in Paris (UTC+1), then Monday 7: the weekend is closed.
        let first = try #require(hours.intervals.first), second = hours.intervals[1]
        #expect(first.opens == 1_796_371_200_000 && first.closes == 1_796_400_000_000)
        #expect(first.opensText == "vendredi 4\u{00A0}décembre à 9\u{00A0}h" && first.closesText == "17\u{00A0}h")
        #expect(second.opensText == "lundi 7\u{00A0}décembre à 9\u{00A0}h")
        // Christmas and New Year's Day are public holidays: no interval on those days.
        #expect(!hours.intervals.contains { $0.opensText.hasPrefix("vendredi 25\u{00A0}décembre") })
        #expect(!hours.intervals.contains { $0.opensText.hasPrefix("vendredi 1er\u{00A0}janvier") })
    }

    @Test func calculatorAnswersComeFromTheWithdrawalAndClaimRules() throws {
        let book = RuleBook.standard(clock: try ParisClock())
        let asOf = LocalDate(year: 2026, month: 11, day: 28)!
        let withdrawal = LiveData.withdrawal(book: book, asOf: asOf)
        #expect(withdrawal.from == "2026-09-27" && withdrawal.until == "2028-05-28")
        #expect(withdrawal.answers["2026-12-11"] == "Vous pouvez vous rétracter jusqu’au lundi 28\u{00A0}décembre 2026 inclus.")
        #expect(withdrawal.answers.count == 62 + 548)
        let claim = LiveData.claim(book: book, asOf: asOf)
        #expect(claim.answers["2026-12-24"]
                == "Vous pourrez ouvrir une réclamation à partir du jeudi 31\u{00A0}décembre 2026, à l’heure de la validation.")
    }
}
