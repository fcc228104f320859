import Foundation
import HelpCentreRules
import Testing

/// `contact.phone.hours` (Mon–Fri 9 h–17 h, closed on public holidays), `contact.phone.number` and
/// `contact.form_response` (24 elapsed hours).
@Suite("Contact rules")
struct ContactRuleTests {
    static let hoursWording = "du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h (hors jours fériés)"

    struct PhoneCase: CustomTestStringConvertible, Sendable {
        let name: String
        let at: String
        let open: Bool
        let text: String
        /// The next opening, ISO: `at` itself when the line is open.
        let next: String
        var testDescription: String { name }
    }

    static let phones: [PhoneCase] = [
        PhoneCase(name: "RULES.md: Fri 2026-06-05 16:59:59 is open", at: "2026-06-05T16:59:59", open: true,
                  text: "Oui\u{00A0}: la ligne est ouverte le vendredi 5\u{00A0}juin 2026 à 16\u{00A0}h\u{00A0}59\u{00A0}min\u{00A0}59\u{00A0}s.",
                  next: "2026-06-05T16:59:59+02:00"),
        PhoneCase(name: "RULES.md: Fri 2026-06-05 17:00:00 is closed, next Mon 9 h", at: "2026-06-05T17:00:00", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le vendredi 5\u{00A0}juin 2026 à 17\u{00A0}h\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2026-06-08T09:00:00+02:00"),
        PhoneCase(name: "Monday 08:59:59 is closed, opens at 9 h the same day", at: "2026-06-08T08:59:59", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le lundi 8\u{00A0}juin 2026 à 8\u{00A0}h\u{00A0}59\u{00A0}min\u{00A0}59\u{00A0}s\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2026-06-08T09:00:00+02:00"),
        PhoneCase(name: "Monday 09:00 is open", at: "2026-06-08T09:00", open: true,
                  text: "Oui\u{00A0}: la ligne est ouverte le lundi 8\u{00A0}juin 2026 à 9\u{00A0}h.",
                  next: "2026-06-08T09:00:00+02:00"),
        PhoneCase(name: "Saturday", at: "2026-06-06T10:00", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le samedi\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2026-06-08T09:00:00+02:00"),
        PhoneCase(name: "1 May, a Friday: closed for the holiday", at: "2026-05-01T10:00", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le vendredi 1er\u{00A0}mai 2026, jour férié (Fête du Travail).",
                  next: "2026-05-04T09:00:00+02:00"),
        PhoneCase(name: "Ascension Thursday: next is the bridge Friday", at: "2026-05-14T11:00", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le jeudi 14\u{00A0}mai 2026, jour férié (Ascension).",
                  next: "2026-05-15T09:00:00+02:00"),
        PhoneCase(name: "New Year's Eve evening: next is Mon 4 January (winter time)", at: "2026-12-31T17:30", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le jeudi 31\u{00A0}décembre 2026 à 17\u{00A0}h\u{00A0}30\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2027-01-04T09:00:00+01:00"),
        PhoneCase(name: "UTC instant: 07:30Z is 9 h 30 in summer", at: "2026-06-08T07:30:00Z", open: true,
                  text: "Oui\u{00A0}: la ligne est ouverte le lundi 8\u{00A0}juin 2026 à 9\u{00A0}h\u{00A0}30.",
                  next: "2026-06-08T09:30:00+02:00"),
        PhoneCase(name: "UTC instant: 07:30Z is 8 h 30 in winter", at: "2026-12-07T07:30:00Z", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le lundi 7\u{00A0}décembre 2026 à 8\u{00A0}h\u{00A0}30\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2026-12-07T09:00:00+01:00"),
        PhoneCase(name: "Sunday of the spring change: next is Monday 9 h summer time", at: "2026-03-29T02:30", open: false,
                  text: "Non\u{00A0}: la ligne est fermée le dimanche\u{00A0}; elle est ouverte \(hoursWording).",
                  next: "2026-03-30T09:00:00+02:00"),
    ]

    @Test("contact.phone.hours.is_open and next_opening", arguments: phones)
    func phone(_ c: PhoneCase) throws {
        let open = try evaluate("contact.phone.hours.is_open", ["at": c.at])
        #expect(open.boolean == c.open)
        #expect(open.text == c.text)
        let next = try evaluate("contact.phone.hours.next_opening", ["at": c.at])
        #expect(next.iso == c.next)
    }

    @Test("next_opening's text names the day and the hour")
    func nextOpeningText() throws {
        let next = try evaluate("contact.phone.hours.next_opening", ["at": "2026-06-05T17:00:00"])
        #expect(next.text == "lundi 8\u{00A0}juin 2026 à 9\u{00A0}h")
    }

    @Test("a book whose line stays open on holidays: answer and wording follow the parameter")
    func openOnHolidays() throws {
        var book = Fixture.book
        book.phoneHours = Versioned(since: RuleBook.marketplacePoliciesSince, PhoneHoursPolicy(hours: WeeklyHours(
            days: .monday ... .friday, opens: LocalTime(hour: 9)!, closes: LocalTime(hour: 17)!,
            closedOnPublicHolidays: false)))
        let open = try evaluate("contact.phone.hours.is_open", ["at": "2026-05-01T10:00"], book: book)
        #expect(open.boolean == true)
        #expect(try evaluate("contact.phone.hours.next_opening", ["at": "2026-05-14T08:00"], book: book).iso
            == "2026-05-14T09:00:00+02:00")
        #expect(try book.rule("contact.phone.hours", on: day("2026-06-01")).wording.text
            == "du lundi au vendredi de 9\u{00A0}h à 17\u{00A0}h")
        #expect(try Fixture.book.rule("contact.phone.hours", on: day("2026-06-01")).wording.text == Self.hoursWording)
    }

    @Test("phone hours' wording parts")
    func hoursParts() throws {
        let wording = try Fixture.book.rule("contact.phone.hours", on: day("2026-06-01")).wording
        #expect(wording.part("value") == Self.hoursWording)
        #expect(wording.part("days") == "du lundi au vendredi")
        #expect(wording.part("times") == "de 9\u{00A0}h à 17\u{00A0}h")
    }

    @Test("the phone number: E.164 kept, shown in pairs, linked as tel:")
    func number() throws {
        let rule = try Fixture.book.rule("contact.phone.number", on: day("2026-06-01"))
        #expect(rule.value == .phoneNumber(e164: "+33970756460"))
        #expect(rule.wording.text == "09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60")
        #expect(rule.wording.part("tel") == "tel:+33970756460")
        let policy = try #require(Fixture.book.phoneNumber.inForce(on: day("2026-06-01")))
        #expect(policy.display == "09\u{00A0}70\u{00A0}75\u{00A0}64\u{00A0}60")
        #expect(policy.telURI == "tel:+33970756460")
    }

    struct FormCase: CustomTestStringConvertible, Sendable {
        let name: String
        let submitted: String
        let value: String
        let text: String
        var testDescription: String { name }
    }

    static let forms: [FormCase] = [
        FormCase(name: "24 hours later", submitted: "2026-06-01T10:00", value: "2026-06-02T10:00:00+02:00",
                 text: "mardi 2\u{00A0}juin 2026 à 10\u{00A0}h"),
        FormCase(name: "over a weekend, no extension", submitted: "2026-06-06T18:15", value: "2026-06-07T18:15:00+02:00",
                 text: "dimanche 7\u{00A0}juin 2026 à 18\u{00A0}h\u{00A0}15"),
        FormCase(name: "spring change: 25 wall-clock hours", submitted: "2026-03-28T12:00", value: "2026-03-29T13:00:00+02:00",
                 text: "dimanche 29\u{00A0}mars 2026 à 13\u{00A0}h"),
        FormCase(name: "autumn change: 23 wall-clock hours", submitted: "2026-10-24T12:00", value: "2026-10-25T11:00:00+01:00",
                 text: "dimanche 25\u{00A0}octobre 2026 à 11\u{00A0}h"),
        FormCase(name: "submitted at the ambiguous 02:30 (first one)", submitted: "2026-10-25T02:30",
                 value: "2026-10-26T01:30:00+01:00", text: "lundi 26\u{00A0}octobre 2026 à 1\u{00A0}h\u{00A0}30"),
        FormCase(name: "submitted in UTC", submitted: "2026-01-01T23:30:00Z", value: "2026-01-03T00:30:00+01:00",
                 text: "samedi 3\u{00A0}janvier 2026 à 0\u{00A0}h\u{00A0}30"),
    ]

    @Test("contact.form_response.due", arguments: forms)
    func formResponse(_ c: FormCase) throws {
        let result = try evaluate("contact.form_response.due", ["submitted": c.submitted])
        #expect(result.iso == c.value)
        #expect(result.text == c.text)
    }

    @Test("the form response's wording")
    func formWording() throws {
        let rule = try Fixture.book.rule("contact.form_response", on: day("2026-06-01"))
        #expect(rule.wording.text == "sous 24\u{00A0}heures")
        #expect(rule.wording.part("value") == "24\u{00A0}heures")
    }

    @Test("contact functions refuse bare dates")
    func bareDates() {
        #expect(failure("contact.phone.hours.is_open", ["at": "2026-06-05"])?.description
            == "invalid value '2026-06-05' for argument 'at' of 'contact.phone.hours.is_open': "
            + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-06-05T10:00")
        #expect(failure("contact.form_response.due", ["submitted": "2026-06-05"])?.description
            == "invalid value '2026-06-05' for argument 'submitted' of 'contact.form_response.due': "
            + "expected a time as well as a date (a date alone is ambiguous here), such as 2026-06-05T10:00")
    }
}
