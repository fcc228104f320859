import GuichetContent
import HelpCentreRules

/// `mentions-legales.mustache`: the legal notices, from guichet.yml's `legal:` and `mediator:` blocks.
struct LegalNoticePage: ThemePage {
    static let template = "mentions-legales"
    let layout: Layout
    let notice: Notice

    static let contract = ThemeContract<LegalNoticePage>("LegalNoticePage", "What `mentions-legales` receives.", [
        ThemeKey("notice", .object(Notice.schema), "the legal notices") { $0.notice },
    ], inheriting: Layout.self, through: \.layout)

    /// The texts as shown. They are empty only when the settings lack the block, which is an error: such a
    /// site is never published.
    struct Notice: ThemeValue {
        var company = "", legalForm = "", shareCapital = "", registeredOffice = "", rcs = "", vatNumber = ""
        var phoneDisplay = "", phoneTel = "", email = "", publicationDirector = ""
        var hostName = "", hostAddress = "", hostPhoneDisplay = "", hostPhoneTel = ""
        let mediator: Mediator

        init(_ legal: LegalNotice?, mediator: Mediator) {
            self.mediator = mediator
            guard let legal else { return }
            company = FrenchTypography.apply(legal.company)
            legalForm = legal.legalForm
            shareCapital = legal.shareCapital
            registeredOffice = FrenchTypography.apply(legal.registeredOffice)
            rcs = legal.rcs
            vatNumber = legal.vatNumber
            (phoneDisplay, phoneTel) = (legal.phone.display, legal.phone.telURI)
            email = legal.email
            publicationDirector = FrenchTypography.apply(legal.publicationDirector)
            (hostName, hostAddress) = (FrenchTypography.apply(legal.host.name), FrenchTypography.apply(legal.host.address))
            (hostPhoneDisplay, hostPhoneTel) = (legal.host.phone.display, legal.host.phone.telURI)
        }

        static let contract = ThemeContract<Notice>("LegalNotice", "The publisher, its host and the consumer mediator.", [
            ThemeKey("company", .text, "the company's registered name") { $0.company },
            ThemeKey("legal_form", .text, "« SAS »…") { $0.legalForm },
            ThemeKey("share_capital_text", .text, "« 150\u{00A0}000\u{00A0}€ »") { $0.shareCapital },
            ThemeKey("registered_office", .text, "the head office's address") { $0.registeredOffice },
            ThemeKey("rcs", .text, "« RCS Paris 123 456 782 »") { $0.rcs },
            ThemeKey("vat_number", .text, "« FR11123456782 », checked against the SIREN") { $0.vatNumber },
            ThemeKey("phone_display", .text, "the publisher's phone, « 01 84 60 00 00 »") { $0.phoneDisplay },
            ThemeKey("phone_tel", .text, "`tel:+33184600000`") { $0.phoneTel },
            ThemeKey("email", .text, "the publisher's e-mail address (LCEN art. 19), « contact@exemple.fr »") { $0.email },
            ThemeKey("publication_director", .text, "the director of publication") { $0.publicationDirector },
            ThemeKey("host_name", .text, "the host's name") { $0.hostName },
            ThemeKey("host_address", .text, "the host's address") { $0.hostAddress },
            ThemeKey("host_phone_display", .text, "the host's phone") { $0.hostPhoneDisplay },
            ThemeKey("host_phone_tel", .text, "`tel:` URI of the host's phone") { $0.hostPhoneTel },
            ThemeKey("mediator", .object(Mediator.schema), "the consumer mediator") { $0.mediator },
            ThemeKey("source", .text, "the article that lists these notices") { _ in PublisherDuty.legalNotice.french },
            ThemeKey("source_url", .text, "where to read it") { _ in PublisherDuty.legalNotice.url ?? "" },
        ])
    }

    /// The consumer mediator, as the contact block and the legal notices show it.
    struct Mediator: ThemeValue {
        var name = "", url = "", address = ""

        init(_ mediator: ConsumerMediator?) {
            guard let mediator else { return }
            (name, url, address) = (FrenchTypography.apply(mediator.name), mediator.website, FrenchTypography.apply(mediator.address))
        }

        static let contract = ThemeContract<Mediator>("Mediator", "The consumer mediator of `guichet.yml`.", [
            ThemeKey("name", .text, "its name") { $0.name },
            ThemeKey("url", .text, "its website, where a request is filed") { $0.url },
            ThemeKey("address", .text, "its postal address") { $0.address },
            ThemeKey("source", .text, "the articles that give the right to mediation") { _ in PublisherDuty.mediation.french },
        ])
    }
}
