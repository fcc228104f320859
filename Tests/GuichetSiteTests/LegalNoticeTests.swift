import Foundation
import GuichetContent
@testable import GuichetSite
import GuichetTestSupport
import HelpCentreRules
import Testing

/// The legal notices page and the mediator: written from guichet.yml's `legal:` and `mediator:` blocks,
/// linked from every footer, the mediator on every contact block; a site without them is not published.
struct LegalNoticeTests {
    static let site: [String: String] = [
        "Content/reclamations/_index.md": "---\ntitle: Réclamations\ndescription: Se plaindre.\n---\nSe plaindre.\n",
        "Content/reclamations/litige.md": "---\ntitle: Un litige\ndescription: Le désaccord persiste.\n---\nÉcrivez-nous d’abord.\n",
        "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n"),
    ]

    func build(_ files: [String: String], in folder: TemporaryFolder) throws -> SiteBuilder.Report {
        try folder.write(files)
        var options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        options.cacheDirectory = folder.sub("cache")
        return try SiteBuilder(options: options).build()
    }

    func text(_ folder: TemporaryFolder, _ path: String) -> String {
        (try? String(contentsOfFile: folder.sub("Output/" + path), encoding: .utf8)) ?? ""
    }

    @Test func theNoticesNameThePublisherTheHostAndTheMediator() throws {
        let folder = try TemporaryFolder("legal")
        defer { folder.remove() }
        let report = try build(Self.site, in: folder)
        #expect(report.published, "\(report.diagnostics)")
        let page = text(folder, "mentions-legales.html")
        for line in [
            "<dt>Dénomination sociale</dt><dd>Boutique Test SARL</dd>",
            "<dt>Forme juridique</dt><dd>SARL, au capital de 37\u{00A0}000,50\u{00A0}€</dd>",
            "<dt>Siège social</dt><dd>5 place du Test, 69002 Lyon</dd>",
            "<dt>Immatriculation</dt><dd>RCS Lyon 732 829 320</dd>",
            "<dt>Numéro de TVA intracommunautaire</dt><dd>FR44732829320</dd>",
            "<dt>Téléphone</dt><dd><a href=\"tel:+33472000000\">04\u{00A0}72\u{00A0}00\u{00A0}00\u{00A0}00</a></dd>",
            "<dt>Directeur de la publication</dt><dd>Paul Martin</dd>",
            "<dt>Nom</dt><dd>Hébergeur Test</dd>",
            "<dt>Adresse</dt><dd>1 avenue du Serveur, 33000 Bordeaux</dd>",
            "<dt>Téléphone</dt><dd><a href=\"tel:+33556000000\">05\u{00A0}56\u{00A0}00\u{00A0}00\u{00A0}00</a></dd>",
            "<dt>Médiateur</dt><dd>Médiateur Test</dd>",
            "<dt>Site internet</dt><dd><a href=\"https://mediateur.example.fr/\">https://mediateur.example.fr/</a></dd>",
            "Code de la consommation, art.\u{00A0}L612-1, L612-2, L616-1 et R616-1",
            "pour la confiance dans l’économie numérique, art.\u{00A0}1-1",
        ] {
            #expect(page.contains(line), "\(line)")
        }
        // The mediator on the claims article's contact block and on the home page, and the notices in every footer.
        let mediatorLine = "médiateur de la consommation\u{00A0}: <a href=\"https://mediateur.example.fr/\">Médiateur Test</a>, 3 rue de l’Accord, 75009 Paris."
        #expect(text(folder, "reclamations/litige/index.html").contains(mediatorLine))
        #expect(text(folder, "index.html").contains(mediatorLine))
        let pages = relativeFiles(in: folder.sub("Output")).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 8)
        for path in pages {
            #expect(text(folder, path).contains("<a href=\"/mentions-legales.html\">Mentions légales</a>"), "\(path)")
        }
        #expect(text(folder, "sitemap.xml").contains("<loc>http://localhost:8080/mentions-legales.html</loc>"))
    }

    @Test func whatTheSettingsSayIsEscaped() throws {
        let folder = try TemporaryFolder("legal-escape")
        defer { folder.remove() }
        let settings = Self.site["guichet.yml"]!.replacingOccurrences(of: "company: Boutique Test SARL", with: "company: \"Dupont & Fils <b>\"")
        #expect(try build(Self.site.merging(["guichet.yml": settings]) { $1 }, in: folder).published)
        let page = text(folder, "mentions-legales.html")
        #expect(page.contains("<dd>Dupont &amp; Fils &lt;b&gt;</dd>"))
        #expect(!page.contains("<b>"))
    }

    @Test func aSiteWhoseSettingsLackTheBlocksIsNotPublished() throws {
        let folder = try TemporaryFolder("legal-missing")
        defer { folder.remove() }
        let report = try build(Self.site.merging(["guichet.yml": "title: Aide\ncontact_form: https://exemple.fr/contact\n"]) { $1 }, in: folder)
        #expect(!report.published)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "missing required key 'legal': the legal notices (LCEN art. 1-1) must name the publisher",
            "missing required key 'mediator': customers must be told which consumer mediator they may turn to (L616-1)",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.sub("Output/mentions-legales.html")))
    }

    @Test func aMediatorWebsiteOnTheClosedODRPlatformIsRefused() throws {
        let folder = try TemporaryFolder("legal-odr")
        defer { folder.remove() }
        let settings = Self.site["guichet.yml"]!.replacingOccurrences(of: "website: https://mediateur.example.fr/",
                                                                    with: "website: https://ec.europa.eu/consumers/odr/")
        let report = try build(Self.site.merging(["guichet.yml": settings]) { $1 }, in: folder)
        #expect(!report.published)
        let line = settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("website:") }! + 1
        #expect(report.diagnostics.filter { $0.severity == .error }.map { "\($0.line):\($0.column) \($0.code.rawValue) \($0.message)" } == [
            "\(line):12 closed-service the mediator's website 'https://ec.europa.eu/consumers/odr/': the EU online dispute "
                + "resolution platform closed on 20 July 2025 (Regulation (EU) 2024/3228), so the link is dead and the duty to give it is gone",
        ])
    }
}
