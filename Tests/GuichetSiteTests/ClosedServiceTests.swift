@testable import GuichetRender
@testable import GuichetSite
import Testing

/// Links to the EU's online dispute resolution platform, closed on 20 July 2025, whatever way they are written.
struct ClosedServiceTests {
    @Test(arguments: [
        "https://ec.europa.eu/consumers/odr",
        "https://ec.europa.eu/consumers/odr/",
        "http://www.ec.europa.eu/consumers/odr/main/index.cfm?event=main.home2.show&lng=FR",
        "HTTPS://EC.EUROPA.EU/CONSUMERS/ODR#faq",
        "//ec.europa.eu/consumers/odr?lng=fr",
        "ec.europa.eu/consumers/odr",
        "https://webgate.ec.europa.eu/odr/main/?event=main.home.show",
    ])
    func isRefused(_ destination: String) {
        #expect(ClosedService.match(destination) != nil, "\(destination)")
    }

    @Test(arguments: [
        "https://ec.europa.eu/consumers/odrx",
        "https://ec.europa.eu/consumers/",
        "https://commission.europa.eu/live-work-travel-eu/consumer-rights-and-complaints_fr",
        "https://example.fr/ec.europa.eu/consumers/odr",
        "../reclamations/litige.md",
    ])
    func isKept(_ destination: String) {
        #expect(ClosedService.match(destination) == nil, "\(destination)")
    }

    @Test func theFindingSaysWhyAndWhatToDoInstead() throws {
        let service = try #require(ClosedService.match("https://ec.europa.eu/consumers/odr"))
        #expect(service.why == "the EU online dispute resolution platform closed on 20 July 2025 (Regulation (EU) 2024/3228), "
                + "so the link is dead and the duty to give it is gone")
        #expect(service.instead == "remove the link; to tell customers about a recourse, name the consumer mediator")
    }
}
