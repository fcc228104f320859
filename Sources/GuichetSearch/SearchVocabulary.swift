/// The words search ignores and the words it takes as one: the same list for the index (built here) and for
/// what the reader types (site.js reads both from the search manifest, so there is one list).
package enum SearchVocabulary {
    /// French words that say nothing of what a page is about, folded and unstemmed: they are left out of the
    /// index and of queries, so that « je veux annuler ma commande » ranks by « annuler » and « commande ».
    /// Elisions (l’, d’, qu’, j’, n’, s’) are single letters, which tokens never are, or `qu`, listed here.
    package static let stopWords: Set<String> = [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "au", "aux", "en", "pour", "par", "sur",
        "dans", "avec", "sans", "sous", "chez", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
        "notre", "nos", "votre", "vos", "leur", "leurs", "je", "tu", "il", "elle", "on", "nous", "vous", "ils",
        "elles", "me", "te", "se", "ce", "cet", "cette", "ces", "ca", "qui", "que", "qu", "quoi", "quel",
        "quelle", "quels", "quelles", "est", "sont", "suis", "es", "ai", "as", "ont", "avez", "avons", "etre",
        "avoir", "fait", "faire", "fais", "faites", "vais", "vas", "va", "allez", "aller", "vont", "comment", "pourquoi", "quand",
        "lorsque", "ne", "plus", "ni", "si",
        "donc", "car", "tres", "bien", "peux", "peut", "pouvez", "puis", "veux", "veut", "voudrais",
        "faut", "dois", "doit", "devez", "lui", "moi", "toi", "eux", "ici", "tout",
        "tous", "toute", "toutes", "autre", "autres", "meme", "deja", "encore", "alors", "aussi", "ete",
        "toujours", "vraiment", "juste", "bonjour", "merci", "svp", "stp", "aimerais", "souhaite",
    ]

    /// Stop words as the index spells its terms (stemmed), for filtering terms.
    package static let stopTerms: Set<String> = Set(stopWords.map(SearchNormaliser.stem))

    /// Words a help centre's readers use for one another, each group one meaning. A query word matches the
    /// other words of its groups too, ranked just below itself. A site adds its own with `synonyms:`.
    package static let frenchSynonyms: [[String]] = [
        ["mail", "email", "courriel", "message"],
        ["ecrire", "formulaire", "courriel"],
        ["telephone", "appeler", "appel", "numero", "tel", "hotline"],
        ["contacter", "joindre", "contact", "ecrire"],
        ["service", "sav"],
        ["colis", "paquet"],
        ["retour", "retourner", "renvoyer", "renvoi", "rendre"],
        ["rembourser", "remboursement", "rembourse", "argent"],
        ["annuler", "annulation", "retracter", "retractation", "renoncer"],
        ["retracter", "retractation", "regretter", "regret"],
        ["livraison", "livrer", "expedition", "expedier", "envoi", "envoyer"],
        ["suivi", "suivre", "tracking", "localiser"],
        ["reclamation", "reclamer", "litige", "plainte", "probleme"],
        ["vendeur", "marchand", "boutique", "commercant", "pro"],
        ["acheteur", "client"],
        ["commande", "achat", "acheter"],
        ["delai", "temps", "duree", "combien", "quand"],
        ["horaire", "heure", "ouvert", "ouverture"],
        ["recu", "reception", "recevoir", "arrive", "arrivee", "livre"],
        ["recevoir", "livraison"],
        ["pas", "non", "jamais", "aucun"],
        ["plusieurs", "deux", "multiple"],
        ["abime", "casse", "endommage", "defectueux"],
        ["perdu", "egare", "disparu"],
        ["retard", "attente", "attendre"],
        ["confirmer", "confirmation", "valider", "accepter"],
    ]

    /// The groups, folded and stemmed as index terms; `extra` are a site's own (guichet.yml `synonyms:`). A word
    /// may be in several groups (« écrire » is both « courriel » and « contacter »): groups are not merged,
    /// since a chain of them would make unrelated words one. Sorted, so that the manifest's bytes are stable.
    package static func groups(extra: [[String]] = []) -> [[String]] {
        merged((frenchSynonyms + extra).map { words in
            Set(words.flatMap { SearchNormaliser.terms($0) }).sorted()
        })
    }

    /// Groups of terms without duplicates or groups of one, each sorted and in order, so that the manifest's
    /// bytes are stable.
    package static func merged(_ groups: [[String]]) -> [[String]] {
        Array(Set(groups.map { Set($0).sorted() }.filter { $0.count > 1 })).sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }

    /// The lexicon's fixed expressions (`SearchLexicon.phrases`) as the index spells them: their terms in order,
    /// stop words left out (« mot de passe » → mot, pass), those of two terms or more, sorted. Every one goes
    /// to the manifest, found in the index or not: a query's expression that no page holds counts as one word
    /// the help centre does not have.
    package static let phrases: [[String]] = Array(Set(SearchLexicon.phrases.map { phrase in
        SearchNormaliser.terms(phrase).filter { !stopTerms.contains($0) }
    }.filter { $0.count > 1 })).sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }

    /// The lexicon's idioms (`SearchLexicon.idioms`) as a query is rewritten with them: [the idiom's terms, stop
    /// words left out, in order; the terms of its meaning, stop words left out], those of two terms or more
    /// (one term would replace a word wherever it is typed), longest first, then in order. A query's idiom is
    /// searched for its meaning: « rupture de stock » for « indisponible ».
    package static let idioms: [[[String]]] = SearchLexicon.idioms.map { pair in
        [SearchNormaliser.terms(pair[0]).filter { !stopTerms.contains($0) },
         SearchNormaliser.terms(pair[1]).filter { !stopTerms.contains($0) }]
    }.filter { $0[0].count > 1 && !$0[1].isEmpty }.sorted { a, b in
        a[0].count != b[0].count ? a[0].count > b[0].count : a[0].joined(separator: " ") < b[0].joined(separator: " ")
    }

    /// `terms` (a query's, stemmed, stop words included) with the idioms of `idioms` rewritten as their meaning:
    /// an idiom matches its terms in order among the terms that are not stop words (`isStop`), its first
    /// occurrence only; its first term's place takes the meaning's terms, its other terms go. The terms of an
    /// idiom rewritten leave the terms an idiom after it can match: none overlaps another (site.js's `idiomes`).
    package static func rewritingIdioms(_ terms: [String], idioms: [[[String]]], isStop: (String) -> Bool) -> [String] {
        var slots: [[String]] = terms.map { [$0] }
        var positions = terms.indices.filter { !isStop(terms[$0]) }
        for idiom in idioms {
            let words = idiom[0]
            guard words.count <= positions.count else { continue }
            for start in 0...(positions.count - words.count) {
                let at = positions[start..<start + words.count]
                guard zip(at, words).allSatisfy({ slots[$0.0] == [$0.1] }) else { continue }
                for p in at.dropFirst() { slots[p] = [] }
                slots[at.first!] = idiom[1]
                positions.removeSubrange(start..<start + words.count)
                break
            }
        }
        return slots.flatMap { $0 }
    }

    /// The lexicon's subjects (`SearchLexicon.topics`: account, promo codes, reviews, jobs…) as index terms,
    /// sorted. A query that names one the help centre does not treat finds nothing (`offTopic`).
    package static let topics: [String] = Array(Set(SearchLexicon.topics.flatMap { SearchNormaliser.terms($0) })).sorted()

    /// Every term that can stand for a subject, which the index must say whether it treats: the subjects and
    /// the other terms of the lexicon's groups of forms holding one, then of the groups of synonyms (the
    /// lexicon's and `synonyms`, a site's own) holding either. A superset of what `offTopic` looks at.
    package static func topicReach(synonyms: [[String]]) -> Set<Substring> {
        var reach = Set(topics)
        for group in SearchLexicon.forms where group.contains(where: reach.contains) { reach.formUnion(group) }
        let forms = reach
        for group in SearchLexicon.synonyms + synonyms where group.contains(where: forms.contains) { reach.formUnion(group) }
        return Set(reach.map { Substring($0) })
    }

    /// The subjects (`topics`) that no page treats: neither the subject's term nor any of its equivalents as
    /// site.js's `equivalents` finds them (its other forms, its synonyms and its forms' synonyms, in the groups
    /// `forms` and `synonyms` the manifest sends) is `treated`: weighs `SearchIndex.treats` or more in a document.
    /// « tarif » is treated by a page titled « Prix de la livraison » through its synonym « prix ».
    package static func offTopic(treated: (String) -> Bool, forms: [[String]], synonyms: [[String]]) -> [String] {
        func byTerm(_ groups: [[String]]) -> [String: [String]] {
            var map: [String: [String]] = [:]
            for group in groups { for term in group { map[term, default: []] += group } }
            return map
        }
        let formsOf = byTerm(forms), synonymsOf = byTerm(synonyms)
        return topics.filter { topic in
            let reached = ([topic] + (formsOf[topic] ?? [])).flatMap { [$0] + (synonymsOf[$0] ?? []) }
            return !reached.contains(where: treated)
        }
    }

    /// An expression's term in the index: `_` and its terms joined by `_`, which no typed word can be.
    package static func phraseTerm(_ terms: [String]) -> String {
        "_" + terms.joined(separator: "_")
    }

    /// The expressions by their first term, for finding them in a text's terms: the phrases, and the idioms too,
    /// so that the index knows which idioms a site writes itself (`lexicon(reaching:)` does not send those).
    package static let phrasesByFirstTerm: [String: [[String]]] = Dictionary(grouping: Array(Set(phrases + idioms.map { $0[0] }))
        .sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }, by: { $0[0] })

    /// The expressions found in `terms` (a text's, stop words left out, in order), one entry per occurrence.
    package static func phraseTerms(in terms: [String]) -> [String] {
        var found: [String] = []
        for start in terms.indices {
            for phrase in phrasesByFirstTerm[terms[start]] ?? [] where start + phrase.count <= terms.count
                && terms[start..<start + phrase.count].elementsEqual(phrase) {
                found.append(phraseTerm(phrase))
            }
        }
        return found
    }

    /// The lexicon's groups (`SearchLexicon`) that can find something in an index whose terms `known` tells:
    /// a group of forms with a term of the index, a group of synonyms with such a term or a form of one, an idiom
    /// whose meaning's terms it has (or the groups sent have), with its own terms too when a page writes it. The
    /// others would only make the manifest larger: a site about parcels sends nothing about passwords.
    package static func lexicon(reaching known: (String) -> Bool) -> (forms: [[String]], synonyms: [[String]], idioms: [[[String]]]) {
        let forms = SearchLexicon.forms.filter { $0.contains(where: known) }
        let reached = Set(forms.joined())
        let synonyms = SearchLexicon.synonyms.filter { group in group.contains { known($0) || reached.contains($0) } }
        // An idiom whose meaning the index finds: each of its terms a term of the index or of a group sent. One a
        // page writes itself (its expression's term is in the index: « date limite », « changé d'avis ») keeps its
        // words beside its meaning: the pages that write it answer it in its own words.
        let sent = reached.union(synonyms.joined())
        let idioms = Self.idioms.filter { idiom in idiom[1].allSatisfy { known($0) || sent.contains($0) } }
            .map { idiom in known(phraseTerm(idiom[0])) ? [idiom[0], idiom[0] + idiom[1]] : idiom }
        return (forms, synonyms, idioms)
    }
}
