@testable import GuichetContent
@testable import GuichetRender
@testable import GuichetSite
import HelpCentreRules
import Testing

@Suite struct JSONLDWriterTests {
    /// The direct writer gives the bytes of JSONEncoder (sorted keys) followed by the HTML escaping.
    @Test(arguments: [
        "Centre d’aide",
        "Titre </script><script>alert(1)</script> & co",
        "Guillemets \"doubles\" et \\ barre, /slash/",
        "Lignes\nnouvelles\r\tet \u{8}\u{C}\u{1}\u{1F}",
        "Séparateurs \u{2028} et \u{2029}, émoji 🙂, e\u{301}",
        "\u{2029}", "fin\u{2028}", "\u{0}nul\u{7F}", "â€¨ presque U+2028 (E2 80 puis A8 séparés)", "\u{2027}\u{202A}",
        "",
    ])
    func theWriterMatchesJSONEncoder(title: String) throws {
        let graph = JSONLD.Graph(graph: [
            JSONLD.organization(name: title, url: "https://aide.example.fr/", phone: nil, hours: nil),
            JSONLD.breadcrumbs([("Accueil", "https://aide.example.fr/"), (title, "https://aide.example.fr/a/")]),
            JSONLD.article(title: title, description: title, url: "https://aide.example.fr/a/",
                           reviewed: LocalDate(year: 2026, month: 11, day: 1), organization: "https://aide.example.fr/"),
        ])
        #expect(graph.encodedForHTML() == (try SafeJSON.encode(graph)))
    }
}
