import Testing
@testable import GuichetContent

/// guichet.yml's `legal:` and `mediator:` blocks: required, every field checked, each mistake at its line and
/// column with a fix.
@Suite("Legal settings")
struct LegalSettingsTests {
    let file = "guichet.yml"

    static let legal = """
        legal:
          company: Place du Marché SAS
          legal_form: SAS
          share_capital: 150 000 €
          registered_office: 12 rue des Halles, 75001 Paris
          rcs: RCS Paris 552 081 317
          vat: FR 03 552081317
          phone: 01.84.60.00.00
          email: contact@place-du-marche.fr
          publication_director: Claire Dumont
          host:
            name: Hébergement Exemple SAS
            address: 2 rue Kellermann, 59100 Roubaix
            phone: +352 27 86 12 34
        """
    static let mediator = """
        mediator:
          name: Médiateur Exemple
          website: https://www.mediateur-exemple.fr/
          address: 10 rue de la Médiation, 75008 Paris
        """

    func messages(_ yaml: String) -> [String] {
        SiteConfig.parse(yaml, file: file).1.map { "\($0.place): \($0.message)" + ($0.fix.map { " | \($0)" } ?? "") }
    }

    @Test func bothBlocksAreReadAndShownTheFrenchWay() throws {
        let (config, diagnostics) = SiteConfig.parse(Self.legal + "\n" + Self.mediator, file: file)
        #expect(diagnostics.isEmpty)
        let legal = try #require(config.legal)
        #expect(legal.company == "Place du Marché SAS")
        #expect(legal.shareCapital == "150\u{00A0}000\u{00A0}€")
        #expect(legal.rcs == "RCS Paris 552 081 317")
        #expect(legal.vatNumber == "FR03552081317")
        #expect(legal.phone.display == "01\u{00A0}84\u{00A0}60\u{00A0}00\u{00A0}00")
        #expect(legal.phone.telURI == "tel:+33184600000")
        #expect(legal.host.phone.display == "+352\u{00A0}27\u{00A0}86\u{00A0}12\u{00A0}34")
        #expect(legal.host.phone.telURI == "tel:+35227861234")
        #expect(config.mediator == ConsumerMediator(name: "Médiateur Exemple", website: "https://www.mediateur-exemple.fr/",
                                                    address: "10 rue de la Médiation, 75008 Paris", websitePosition: at(17, 12)))
        #expect(legal.email == "contact@place-du-marche.fr")
    }

    @Test func withoutEitherBlockBothAreAskedFor() {
        #expect(messages("title: Aide\n") == [
            "guichet.yml:1:1: missing required key 'legal': the legal notices (LCEN art. 1-1) must name the publisher"
                + " | add a 'legal:' block with company, legal_form, share_capital, registered_office, rcs, vat, phone,"
                + " email, publication_director, host (the guichet.yml that 'guichet init' writes explains each)",
            "guichet.yml:1:1: missing required key 'mediator': customers must be told which consumer mediator they may"
                + " turn to (L616-1) | add a 'mediator:' block with name, website and address (the guichet.yml that 'guichet init' writes explains each)",
        ])
    }

    @Test func aMissingFieldIsReportedAtItsBlock() {
        let legal = Self.legal.replacingOccurrences(of: "  publication_director: Claire Dumont\n", with: "")
            .replacingOccurrences(of: "    address: 2 rue Kellermann, 59100 Roubaix\n", with: "")
        #expect(messages("title: Aide\n" + legal + "\n" + Self.mediator) == [
            "guichet.yml:2:1: missing required key 'publication_director' in legal"
                + " | add 'publication_director:' with the name of the director of publication",
            "guichet.yml:11:3: missing required key 'address' in legal.host"
                + " | add the host's 'address:' under host (LCEN art. 1-1: name, address and phone)",
        ])
    }

    @Test func aSIRENWithAWrongCheckDigitIsRefusedAtItsValue() {
        let legal = Self.legal.replacingOccurrences(of: "552 081 317", with: "552 081 318")
        #expect(messages(legal + "\n" + Self.mediator) == [
            "guichet.yml:6:8: rcs 'RCS Paris 552 081 318': 552081318 is not a valid SIREN (its check digit is wrong)"
                + " | write it as it appears on the Kbis extract: RCS Paris 123 456 782",
        ])
    }

    @Test func anRCSWithoutItsCityOrWithTooFewDigits() {
        #expect(messages(Self.legal.replacingOccurrences(of: "RCS Paris 552 081 317", with: "RCS 552 081 317") + "\n" + Self.mediator)
            .first?.hasPrefix("guichet.yml:6:8: rcs 'RCS 552 081 317' must name the registry's city") == true)
        #expect(messages(Self.legal.replacingOccurrences(of: "552 081 317", with: "552 081 31") + "\n" + Self.mediator)
            .first?.hasPrefix("guichet.yml:6:8: rcs 'RCS Paris 552 081 31' must hold the nine digits of the SIREN, found 8") == true)
    }

    @Test func aVATNumberThatIsNotTheSIRENsIsRefusedWithTheRightOne() {
        let legal = Self.legal.replacingOccurrences(of: "FR 03 552081317", with: "FR 30 552081317")
        #expect(messages(legal + "\n" + Self.mediator) == [
            "guichet.yml:7:8: vat 'FR 30 552081317' is not the VAT number of SIREN 552 081 317 (rcs)"
                + " | the VAT number of this SIREN is FR03552081317; check both against the Kbis extract",
        ])
    }

    @Test func aShareCapitalOrAPhoneThatCannotBeRead() {
        let legal = Self.legal.replacingOccurrences(of: "150 000 €", with: "cent mille euros")
            .replacingOccurrences(of: "01.84.60.00.00", with: "01 84 60")
        #expect(messages(legal + "\n" + Self.mediator) == [
            "guichet.yml:4:18: share_capital 'cent mille euros' is not an amount in euros | write it as 150000 or 37 000,50 €",
            "guichet.yml:8:10: 'phone' '01 84 60' is not a phone number"
                + " | write ten digits such as 01 23 45 67 89, or +32 2 123 45 67 for another country",
        ])
    }

    /// LCEN article 19: the e-mail address beside the telephone number. Required, and an address.
    @Test func theEmailIsRequiredBesideThePhone() {
        let legal = Self.legal.replacingOccurrences(of: "  email: contact@place-du-marche.fr\n", with: "")
        #expect(messages(legal + "\n" + Self.mediator) == [
            "guichet.yml:1:1: missing required key 'email' in legal"
                + " | add 'email:', the publisher's e-mail address (LCEN art. 19), such as contact@exemple.fr",
        ])
    }

    @Test(arguments: [
        ("contact-place-du-marche.fr", "guichet.yml:9:10: email 'contact-place-du-marche.fr' is not an e-mail address: it has no '@'"),
        ("mailto:contact@place-du-marche.fr", "guichet.yml:9:10: email 'mailto:contact@place-du-marche.fr' must be the address alone, without 'mailto:'"),
        ("contact@place-du-marche", "guichet.yml:9:10: email 'contact@place-du-marche' is not an e-mail address such as contact@exemple.fr"),
    ])
    func anEmailThatIsNotAnAddressIsRefusedAtItsValue(written: String, expected: String) {
        let legal = Self.legal.replacingOccurrences(of: "contact@place-du-marche.fr", with: written)
        #expect(messages(legal + "\n" + Self.mediator) == [
            expected + " | write the address customers can write to, such as contact@exemple.fr",
        ])
    }

    @Test(arguments: [
        ("contact@exemple.fr", true), ("service.client+aide@place-du-marche.co.uk", true), ("a@b.fr", true),
        ("contact@exemple", false), ("contact exemple@exemple.fr", false), ("@exemple.fr", false), ("contact@", false),
        ("contact@@exemple.fr", false), (".contact@exemple.fr", false), ("contact@exemple..fr", false),
        ("contact@-exemple.fr", false), ("contact@exemple.f", false), ("contact@exemple.fr ", false),
    ])
    func emailAddressForm(text: String, valid: Bool) {
        #expect(LegalNotice.isEmailAddress(text) == valid)
    }

    @Test func anUnknownKeyInABlockSuggestsTheClosest() {
        let legal = Self.legal.replacingOccurrences(of: "  legal_form: SAS", with: "  legal_from: SAS")
        #expect(messages(legal + "\n" + Self.mediator) == [
            "guichet.yml:3:3: unknown key 'legal_from' in legal | did you mean 'legal_form'?",
            "guichet.yml:1:1: missing required key 'legal_form' in legal | add 'legal_form:', such as SAS or SARL",
        ])
    }

    @Test func aBlockWrittenOnOneLineIsTheWrongType() {
        #expect(messages(Self.legal + "\nmediator: CM2C\n") == [
            "guichet.yml:15:11: 'mediator' must be a block of settings, indented under 'mediator:', found text"
                + " | write 'mediator:' followed by a block of settings, indented under 'mediator:'",
        ])
    }

    @Test func theMediatorsWebsiteMustBeHTTPS() {
        let mediator = Self.mediator.replacingOccurrences(of: "https://www.mediateur-exemple.fr/", with: "www.mediateur-exemple.fr")
        #expect(messages(Self.legal + "\n" + mediator) == [
            "guichet.yml:17:12: the mediator's website 'www.mediateur-exemple.fr' must be an https:// address"
                + " | copy it from the mediator's agreement, such as https://www.mediateur-exemple.fr/",
        ])
    }

    @Test(arguments: [
        ("552081317", true), ("552 081 317", true), ("732829320", true), ("356000000", true),
        ("552081318", false), ("55208131", false), ("5520813170", false), ("55208131A", false),
    ])
    func sirenCheckDigit(text: String, valid: Bool) {
        #expect((SIREN(text) != nil) == valid)
    }

    @Test func theVATKeyIsComputedFromTheSIREN() {
        // EDF's SIREN and VAT number, as published on its Kbis.
        #expect(SIREN("552 081 317")?.vatNumber == "FR03552081317")
        #expect(SIREN("732829320")?.vatNumber == "FR44732829320")
    }

    @Test(arguments: [
        ("150000", 15_000_000), ("150 000 €", 15_000_000), ("37 000,50 €", 3_700_050), ("1500.5 EUR", 150_050),
        ("1 euros", 100), ("12,345", nil), ("-5", nil), ("dix", nil), ("", nil),
    ] as [(String, Int?)])
    func shareCapitalInCents(text: String, cents: Int?) {
        #expect(LegalNotice.cents(text) == cents)
    }

    @Test(arguments: [
        ("01 84 60 00 00", "tel:+33184600000"), ("0184600000", "tel:+33184600000"), ("+33 1 84 60 00 00", "tel:+33184600000"),
        ("+352 27 86 12 34", "tel:+35227861234"), ("01 84 60", nil), ("0084600000", nil), ("+33", nil), ("appelez-nous", nil),
    ] as [(String, String?)])
    func phoneNumbers(text: String, tel: String?) {
        #expect(PhoneNumber(text)?.telURI == tel)
    }
}
