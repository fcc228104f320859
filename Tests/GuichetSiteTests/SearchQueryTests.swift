import Foundation
@testable import GuichetSearch
@testable import GuichetSite
import GuichetTestSupport
import Testing

/// What the search finds for a query on a small site built for the purpose, through `SiteSearch` (which
/// `SiteSearchTests` keeps equal to site.js): the behaviours of issue 30 one at a time.
@Suite struct SearchQueryTests {
    /// A site of one category, « aide », with `articles` (file name without `.md` → title and body), searched.
    static func search(_ articles: [String: (title: String, body: String)], settings: String = "") throws -> SiteSearch {
        let folder = try TemporaryFolder("search-query")
        defer { folder.remove() }
        var files = ["guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://exemple.fr/contact\n" + settings),
                     "Content/aide/_index.md": "---\ntitle: Questions\ndescription: Les questions.\n---\nLes questions.\n"]
        for (name, article) in articles {
            files["Content/aide/\(name).md"] = "---\ntitle: \(article.title)\ndescription: Une réponse.\n---\n\(article.body)\n"
        }
        try folder.write(files)
        let options = buildOptions(content: folder.sub("Content"), output: folder.sub("Output"), config: folder.sub("guichet.yml"))
        #expect(try SiteBuilder(options: options).build().published)
        return try SiteSearch(output: folder.sub("Output"))
    }

    static func urls(_ search: SiteSearch, _ query: String) -> [String] {
        search.search(query)?.results.map(\.url) ?? []
    }

    /// A stop word kept for its synonyms (« quand » asks for a deadline) finds its synonyms, and is never
    /// corrected into a word of the site one letter away (« quant »).
    @Test func aStopWordIsNotCorrectedIntoATerm() throws {
        let search = try Self.search(["quant": ("Quant aux frais", "Quant aux frais, ils sont offerts."),
                                      "delai": ("Le délai", "Le délai est court.")])
        #expect(Self.urls(search, "quand") == ["/aide/delai/"])
    }

    /// A misspelling that sounds like a word of the site finds it beyond one typo: « telefone » (two edits from
    /// « téléphone »), « confirmasion »; one that sounds otherwise does not.
    @Test func aMisspellingThatSoundsTheSameIsFound() throws {
        let search = try Self.search(["telephone": ("Par téléphone", "Appelez-nous."),
                                      "confirmation": ("La confirmation", "Le vendeur confirme.")])
        #expect(Self.urls(search, "telefone") == ["/aide/telephone/"])
        #expect(Self.urls(search, "confirmasion") == ["/aide/confirmation/"])
        #expect(Self.urls(search, "tellement").isEmpty)
    }

    /// The words of an article's file name are its terms when its text lacks them, at the weight of one word
    /// of the body: « suivi-indisponible » is found by « indisponible », which the page never writes.
    @Test func theFileNamesWordsCountWhenTheTextLacksThem() throws {
        #expect(SearchIndex.scores([("Colis perdu", .title), ("colis-abime", .slug)]) == ["coli": 22, "coli^": 1, "perdu": 22, "abim": 1])
        let search = try Self.search(["suivi-indisponible": ("Le numéro ne marche pas", "Le transporteur ne le connaît pas encore."),
                                      "statuts": ("Les statuts", "Expédiée, livrée.")])
        #expect(Self.urls(search, "suivi indisponible") == ["/aide/suivi-indisponible/"])
    }

    /// A title's first word, unless it is a small word, is one more term (`SearchIndex.leading`), and a query
    /// word that is that word favours the page: « expédier » finds « Expédier une commande… » before a page
    /// whose title only holds it further on.
    @Test func aTitleThatBeginsWithTheQueryWordComesFirst() throws {
        #expect(SearchIndex.scores([("Annuler une commande", .title)])["annul^"] == 1)
        #expect(SearchIndex.scores([("Le vendeur n'a pas confirmé", .title)]).keys.allSatisfy { !$0.hasSuffix("^") })
        // The same words and weights in both; the page numbered first would win a tie (« a-… »).
        let search = try Self.search(["a-delais": ("Délais pour annuler une commande", "Vous pouvez annuler une commande."),
                                      "b-annuler": ("Annuler une commande dans les délais", "Vous pouvez annuler une commande.")])
        #expect(Self.urls(search, "annuler commande").prefix(2) == ["/aide/b-annuler/", "/aide/a-delais/"])
        #expect(Self.urls(search, "délais commande").prefix(2) == ["/aide/a-delais/", "/aide/b-annuler/"])
    }

    /// A fixed expression of the lexicon (« mot de passe ») is one more term of the text that holds it, weighed
    /// as a word; the words themselves keep their weight, and a title's words share its weight as before.
    @Test func aFixedExpressionIsATermOfTheTextThatHoldsIt() {
        #expect(SearchIndex.scores([("Le service client répond", .body)]) == ["servic": 1, "client": 1, "repond": 1, "_servic_client": 1])
        #expect(SearchIndex.scores([("Mot de passe", .title)]) == ["mot": 22, "pass": 22, "_mot_pass": 22, "mot^": 1])
        #expect(SearchIndex.scores([("Passe le mot", .body)]) == ["pass": 1, "mot": 1])
    }

    /// A query's expression matches as a unit: the page that writes « mot de passe » comes before the one with
    /// « mot » and « passe » apart, at the same place, which came first (the lower document number) without it.
    @Test func aQuerysExpressionMatchesAsAUnit() throws {
        let search = try Self.search(["securite": ("Sécurité", "Ne donnez jamais votre mot de passe."),
                                      "conseil": ("Conseil", "Un mot du vendeur : le colis passe vite.")])
        #expect(Self.urls(search, "passe mot") == ["/aide/conseil/", "/aide/securite/"])
        #expect(Self.urls(search, "mot de passe") == ["/aide/securite/", "/aide/conseil/"])
    }

    /// An expression no page writes is something the help centre does not cover, even when its words are
    /// there apart: « Aucun résultat », and no suggestion, since every word is a word of the site.
    @Test func anExpressionNoPageWritesFindsNothing() throws {
        let search = try Self.search(["carte": ("Payer par carte", "La carte est débitée."),
                                      "offert": ("Un cadeau", "Un cadeau est offert.")])
        #expect(Self.urls(search, "carte") == ["/aide/carte/"])
        let answer = try #require(search.search("carte cadeau"))
        #expect(answer.results.isEmpty && answer.suggestion == nil)
    }

    /// A query that names a subject no page treats (`SearchLexicon.topics`: « facture », « code promo ») finds
    /// nothing, even where a page mentions it; once a page treats it (its title holds the word, or a synonym of
    /// it: « promotion » for « promo »), the query finds that page.
    @Test func aSubjectNoPageTreatsFindsNothing() throws {
        let mentions = try Self.search(["commande": ("Suivre une commande", "La facture et le code promo sont dans la commande."),
                                        "colis": ("Un colis", "Le colis arrive.")])
        #expect(Self.urls(mentions, "commande") == ["/aide/commande/"])
        #expect(Self.urls(mentions, "facture de ma commande").isEmpty)
        #expect(Self.urls(mentions, "code promo").isEmpty)
        let treats = try Self.search(["facture": ("Télécharger une facture", "La facture de la commande."),
                                      "promotions": ("Les promotions", "Profitez des promotions.")])
        #expect(Self.urls(treats, "facture de ma commande") == ["/aide/facture/"])
        #expect(Self.urls(treats, "promo") == ["/aide/promotions/"])
    }
}
