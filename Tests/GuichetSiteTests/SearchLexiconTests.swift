import Foundation
@testable import GuichetSearch
@testable import GuichetSite
import HelpCentreRules
import Testing

/// The French lexicon of the search (issue 30, scripts/lexicon/generate.py) and the intents read from an
/// article's steps and rules.
struct SearchLexiconTests {
    @Test func everyGroupIsSortedTermsOfTheIndex() {
        for group in SearchLexicon.forms + SearchLexicon.synonyms {
            #expect(group.count > 1, "a group of one finds nothing more: \(group)")
            #expect(group == group.sorted() && Set(group).count == group.count, "sorted, once each: \(group)")
            for term in group {
                #expect(term.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }, "\(term) is a term")
            }
        }
    }

    @Test func aVerbsIrregularFormsMeetItsOtherForms() throws {
        let recevoir = try #require(SearchLexicon.forms.first { $0.contains("recev") })
        #expect(recevoir.contains("recu"), "« reçu » is a form of « recevoir »")
        #expect(recevoir.contains("recoi"), "« reçois », « reçoit »")
        #expect(SearchNormaliser.terms("reçu") == ["recu"])
    }

    @Test func onlyTheGroupsThatReachTheIndexAreSent() {
        let known: Set<String> = ["recu", "colis"]
        let lexicon = SearchVocabulary.lexicon(reaching: { known.contains($0) })
        #expect(lexicon.forms == SearchLexicon.forms.filter { $0.contains("recu") })
        // « recevoir » is not in the index, but « reçu », one of its forms, is: its synonyms are sent.
        #expect(lexicon.synonyms.contains(["receptionn", "recevoir"]))
        #expect(!lexicon.synonyms.contains { $0.contains("paiement") }, "nothing about payment: \(lexicon.synonyms)")
        let none = SearchVocabulary.lexicon(reaching: { _ in false })
        #expect(none.forms.isEmpty && none.synonyms.isEmpty && none.idioms.isEmpty)
    }

    @Test func idiomsAreSearchedForTheirMeaning() {
        let stop = SearchVocabulary.stopTerms
        func rewrite(_ query: String) -> [String] {
            SearchVocabulary.rewritingIdioms(SiteSearch.tokens(query).map(SearchNormaliser.stem), idioms: SearchVocabulary.idioms, isStop: { stop.contains($0) })
        }
        // « rupture de stock »: its meaning, « n'est plus disponible », is « disponible » once small words are left out.
        #expect(rewrite("rupture de stock") == ["disponibl", "de"])
        // Small words stay where they were; the idiom's words go, its first word's place takes the meaning.
        #expect(rewrite("je veux faire machine arrière") == ["je", "veu", "fair", "annul"])
        #expect(rewrite("frais de port du retour") == ["frai", "livraison", "de", "du", "retour"])
        // Not in order, or a word between: not the idiom.
        #expect(rewrite("stock en rupture") == ["stock", "en", "ruptur"])
        #expect(rewrite("numéro de colis vert") == ["numero", "de", "coli", "vert"])
        // Every idiom has two words or more that are not small words: one would replace a word wherever typed.
        #expect(SearchVocabulary.idioms.allSatisfy { $0[0].count > 1 && !$0[1].isEmpty })
        // Sent when its meaning is in the index (or in a group sent), not otherwise.
        #expect(SearchVocabulary.lexicon(reaching: { $0 == "disponibl" }).idioms.contains([["ruptur", "stock"], ["disponibl"]]))
        #expect(!SearchVocabulary.lexicon(reaching: { $0 == "colis" }).idioms.contains([["ruptur", "stock"], ["disponibl"]]))
        // When a page writes it, its words stay beside its meaning: those pages answer it in its own words.
        #expect(SearchVocabulary.lexicon(reaching: { $0 == "disponibl" || $0 == "_ruptur_stock" }).idioms
                    .contains([["ruptur", "stock"], ["ruptur", "stock", "disponibl"]]))
        #expect(SearchVocabulary.phraseTerms(in: ["ruptur", "stock", "command"]) == ["_ruptur_stock"])
    }

    @Test func theManifestCarriesTheFormsAndCategoriesOfItsSite() throws {
        var index = SearchIndex()
        index.add(SearchIndex.Document(url: "/r/", title: "Réclamations", description: "", category: "Rubrique", excerpt: "",
                                       isCategory: true), terms: SearchTerms(["reclamation": 31]))
        index.add(SearchIndex.Document(url: "/r/a/", title: "Colis reçu", description: "", category: "Réclamations", excerpt: ""),
                  terms: SearchTerms(["colis": 22, "recu": 22, SearchIntent.procedure.rawValue: 1]))
        let manifest = try SearchIndexTests.json(try index.files(synonyms: [])[0].data)
        #expect(manifest["forms"] as? [[String]] == SearchLexicon.forms.filter { $0.contains("recu") })
        let categories = try #require(manifest["categories"] as? [[String: Any]])
        #expect(categories.count == 1)
        #expect(categories.first?["d"] as? Int == 0)
        #expect(categories.first?["t"] as? [String] == ["reclamation"])
    }

    @Test func aSubjectIsLeftOutWhenNothingTreatsItNorAnyOfItsEquivalents() {
        #expect(SearchVocabulary.topics.contains("promo") && SearchVocabulary.topics.contains("douan"))
        #expect(SearchVocabulary.topics == SearchVocabulary.topics.sorted(), "sorted, for the manifest's bytes")
        #expect(!SearchVocabulary.topics.contains("paiement"), "dropped: named beside the refund")
        #expect(!SearchVocabulary.topics.contains("pri"), "dropped: « prix » stems as « pris »")
        let all = SearchVocabulary.offTopic(treated: { _ in false }, forms: [], synonyms: [])
        #expect(all == SearchVocabulary.topics)
        // Treated itself; through a synonym of its own; through a form; through a synonym of one of its forms.
        let forms = [["assuranc", "assur"], ["abonnement", "abonn"]]
        let synonyms = [["cadeau", "present"], ["abonn", "forfait"], ["factur", "coupon"]]
        let treated: Set<String> = ["douan", "present", "assur", "forfait"]
        let left = SearchVocabulary.offTopic(treated: treated.contains, forms: forms, synonyms: synonyms)
        #expect(!left.contains("douan"), "its own title")
        #expect(!left.contains("cadeau"), "its synonym « présent » is treated")
        #expect(!left.contains("assuranc"), "its form « assure » is treated")
        #expect(!left.contains("abonnement"), "« forfait », a synonym of its form « abonne », is treated")
        #expect(left.contains("factur") && left.contains("coupon"), "synonyms of each other, neither treated")
        #expect(left.contains("promo"))
        // What the watched terms hold: the subjects, their forms' terms and their synonyms', a site's own too.
        let reach = SearchVocabulary.topicReach(synonyms: [["douan", "octroi"]])
        #expect(reach.contains("douan") && reach.contains("octroi"))
        #expect(!reach.contains("livraison"))
    }

    /// An idiom whose words, small words left out, are fewer than two is never used (`SearchVocabulary.idioms`
    /// leaves it out), and two idioms that stem alike are one: neither may be kept in idioms.tsv.
    @Test func everyIdiomKeptIsUsedOnce() {
        #expect(SearchVocabulary.idioms.count == SearchLexicon.idioms.count)
        #expect(Set(SearchVocabulary.idioms.map { $0[0] }).count == SearchVocabulary.idioms.count)
    }

    /// No subject is a word of an idiom: the idiom's words mean the idiom (« changer d'avis » is the withdrawal
    /// right), and a query holding it would otherwise find nothing on a site that does not treat the subject.
    @Test func noSubjectIsAWordOfAnIdiom() {
        let idiomWords = Set(SearchVocabulary.idioms.flatMap { $0[0] })
        #expect(idiomWords.intersection(SearchVocabulary.topics).isEmpty)
    }

    @Test func theManifestListsTheSubjectsNoDocumentTreats() throws {
        var index = SearchIndex()
        index.add(SearchIndex.Document(url: "/a/", title: "Code promo", description: "", category: "A", excerpt: ""),
                  terms: SearchTerms(["code": 22, "promo": 22]))
        index.add(SearchIndex.Document(url: "/b/", title: "Colis", description: "", category: "A", excerpt: ""),
                  terms: SearchTerms(["coli": 22, "factur": Int(SearchIndex.treats) - 1, "douan": Int(SearchIndex.treats)]))
        let manifest = try SearchIndexTests.json(try index.files(synonyms: [])[0].data)
        let offTopic = try #require(manifest["offTopic"] as? [String])
        #expect(offTopic.contains("factur"), "mentioned in a body only: 3")
        #expect(!offTopic.contains("promo"), "a title's word")
        #expect(!offTopic.contains("douan"), "a description's weight")
        #expect(offTopic.contains("emploi"), "in no document")
    }

    @Test func anArticlesIntentsComeFromItsStepsAndItsRules() throws {
        let rules = Dictionary(uniqueKeysWithValues: Rules.standard.rules(on: Rules.asOf).map { ($0.id, $0) })
        let waiting = try #require(rules["claims.waiting_period"])
        let hours = try #require(rules["contact.phone.hours"])
        let scope = try #require(rules["withdrawal.scope"])
        #expect(SearchIntent.of(hasSteps: false, rules: []) == [])
        #expect(SearchIntent.of(hasSteps: true, rules: [waiting]) == [.procedure, .deadline])
        #expect(SearchIntent.of(hasSteps: false, rules: [hours, scope, waiting, hours]) == [.contact, .deadline, .eligibility])
    }
}
