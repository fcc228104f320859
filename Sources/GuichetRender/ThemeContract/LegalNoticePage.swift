import GuichetContent
import HelpCentreRules

/// `mentions-legales.mustache`: the legal notices, from guichet.yml's `legal:` and `mediator:` blocks.
package struct LegalNoticePage: ThemePage {
    package static let template = "mentions-legales"
    package let layout: Layout
    package let notice: Notice

    package static let contract = ThemeContract<LegalNoticePage>("LegalNoticePage", "What `mentions-legales` receives.", [
        .object("notice", "the legal notices") { $0.notice },
    ], inheriting: Layout.self, through: \.layout)

    /// The texts as shown. They are empty only when the settings lack the block, which is an error: such a
    /// site is never published.
    package struct Notice: ThemeValue {
        package var company = "", legalForm = "", shareCapital = "", registeredOffice = "", rcs = "", vatNumber = ""
        package var phoneDisplay = "", phoneTel = "", email = "", publicationDirector = ""
        package var hostName = "", hostAddress = "", hostPhoneDisplay = "", hostPhoneTel = ""
        package let mediator: Mediator

        package init(_ legal: LegalNotice?, mediator: Mediator) {
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

        package static let contract = ThemeContract<Notice>("LegalNotice", "The publisher, its host and the consumer mediator.", [
            .text("company", "the company's registered name") { $0.company },
            .text("legal_form", "« SAS »…") { $0.legalForm },
            .text("share_capital_text", "« 150\u{00A0}000\u{00A0}€ »") { $0.shareCapital },
            .text("registered_office", "the head office's address") { $0.registeredOffice },
            .text("rcs", "« RCS Paris 123 456 782 »") { $0.rcs },
            .text("vat_number", "« FR11123456782 », checked against the SIREN") { $0.vatNumber },
            .text("phone_display", "the publisher's phone, « 01 84 60 00 00 »") { $0.phoneDisplay },
            .text("phone_tel", "`tel:+33184600000`") { $0.phoneTel },
            .text("email", "the publisher's e-mail address (LCEN art. 19), « contact@exemple.fr »") { $0.email },
            .text("publication_director", "the director of publication") { $0.publicationDirector },
            .text("host_name", "the host's name") { $0.hostName },
            .text("host_address", "the host's address") { $0.hostAddress },
            .text("host_phone_display", "the host's phone") { $0.hostPhoneDisplay },
            .text("host_phone_tel", "`tel:` URI of the host's phone") { $0.hostPhoneTel },
            .object("mediator", "the consumer mediator") { $0.mediator },
            .text("source", "the article that lists these notices") { _ in PublisherDuty.legalNotice.french },
            .text("source_url", "where to read it") { _ in PublisherDuty.legalNotice.url ?? "" },
        ])
    }

    /// The consumer mediator, as the contact block and the legal notices show it.
    package struct Mediator: ThemeValue {
        package var name = "", url = "", address = ""

        package init(_ mediator: ConsumerMediator?) {
            guard let mediator else { return }
            (name, url, address) = (FrenchTypography.apply(mediator.name), mediator.website, FrenchTypography.apply(mediator.address))
        }

        package static let contract = ThemeContract<Mediator>("Mediator", "The consumer mediator of `guichet.yml`.", [
            .text("name", "its name") { $0.name },
            .text("url", "its website, where a request is filed") { $0.url },
            .text("address", "its postal address") { $0.address },
            .text("source", "the articles that give the right to mediation") { _ in PublisherDuty.mediation.french },
        ])
    }
}
