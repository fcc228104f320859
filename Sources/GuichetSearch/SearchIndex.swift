import Foundation
import GuichetContent

/// The client-side search (version 2), split so that a reader downloads only what a query needs, in the
/// spirit of Pagefind: a small manifest; the terms in shards cut by term order, so that a word (and the
/// words it starts) lies in one or two of them; and the documents to show in small fragments. Shards and
/// fragments are named by their content's hash, so an edit rewrites only the files whose bytes change.
/// The format is the contract with site.js; see docs/themes.md.
package struct SearchIndex: Sendable {
    package static let version = 2
    /// Where the files go, under the output.
    package static let folder = "recherche"
    package static let manifest = folder + "/index.json"
    /// A shard is closed once its JSON passes this many bytes (about a third once gzipped).
    package static let shardBytes = 24_000
    /// Documents per fragment: ten results usually come from a handful of them.
    package static let documentsPerFragment = 16
    /// The documents kept for a term, the best-weighted first: a word found in most pages (« commande ») does
    /// not send every page's number to the reader, and the best ones are what ten results show.
    package static let postingsPerTerm = 400

    package var docs: [Document] = []
    /// Term → (document, weight), in document order. Flat pairs: a large site has millions of them.
    package var terms: [SearchTerm: [Posting]] = [:]

    package init(docs: [Document] = [], terms: [SearchTerm: [Posting]] = [:]) {
        self.docs = docs
        self.terms = terms
    }

    package struct Posting: Sendable, Equatable {
        package let document: Int32
        package let weight: Int32

        package init(document: Int32, weight: Int32) {
            self.document = document
            self.weight = weight
        }
    }

    package struct Document: Encodable, Sendable {
        package let url: String
        package let title: String
        package let description: String
        package let category: String
        /// Made when read: only the fragments holding an edited document are written again after a small
        /// edit, and an unchanged article's excerpt then stays undecoded in the build cache (`DeferredPart`).
        private let makeExcerpt: @Sendable () -> String

        /// A category's page rather than an article: the manifest lists it with its title's terms, so that the
        /// search ranks it below the articles that answer unless the query is its name (issue 30).
        package var isCategory = false

        package init(url: String, title: String, description: String, category: String,
                     excerpt: @escaping @Sendable @autoclosure () -> String, isCategory: Bool = false) {
            self.url = url
            self.title = title
            self.description = description
            self.category = category
            self.makeExcerpt = excerpt
            self.isCategory = isCategory
        }

        /// The start of the body, for the snippet.
        package var excerpt: String { makeExcerpt() }

        package enum CodingKeys: String, CodingKey {
            case url = "u", title = "t", description = "d", category = "c", excerpt = "x"
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(url, forKey: .url)
            try container.encode(title, forKey: .title)
            try container.encode(description, forKey: .description)
            try container.encode(category, forKey: .category)
            try container.encode(excerpt, forKey: .excerpt)
        }
    }

    /// Where a word stands says how much it tells about the page.
    package enum Field {
        /// A word of a short title tells the most: 10, plus up to 12 shared by the title's words.
        case title
        case description, heading
        /// The name of the article's category: « livraison » finds the delivery articles.
        case category
        /// Body words count per occurrence, up to three, so that a long page does not win by length alone.
        case body
        /// The words of the article's file name (« suivi-indisponible »): an editor names the file for what the
        /// page answers, sometimes in a word its text does not use. Weight 1, and only for the words no other
        /// field has: give it last.
        case slug
    }

    /// The suffix of the term that marks a document whose title begins with a word (« annul^ »): a query word
    /// that is that word (or one of its forms, a typo of it, a word it begins) favours the document (× 1.15),
    /// as an intent does (site.js, `chercher`). A suffix rather than a prefix, so that the term sorts just
    /// after the word's own and sits in the shard the query loads for the word already; no typed word ends
    /// with it, and the search never takes such a term for a word (`SearchIndex.isLeading`).
    package static let leading = "^"

    /// The weight from which a document treats a term rather than mentions it: a title's word (10 and more), a
    /// description's (4), the category's name (5), a heading's with one more mention (3 + 1). A body alone
    /// gives 3 at most. A subject no document treats makes a query that names it find nothing
    /// (`SearchVocabulary.offTopic`).
    package static let treats: Int32 = 4

    /// Whether an index term is a title's first word's mark (`leading`), which no query word matches.
    package static func isLeading(_ term: String) -> Bool { term.hasSuffix(leading) }

    /// The weight of each term of one document, stop words left out: the definition. The build computes the
    /// same on bytes (`SearchTermScorer`, which `SearchTermScorerTests` compares with this).
    package static func scores(_ fields: [(String, Field)]) -> [String: Int] {
        var scores: [String: Int] = [:]
        for (text, field) in fields {
            var words = SearchNormaliser.terms(text).filter { !SearchVocabulary.stopTerms.contains($0) }
            let wordCount = words.count
            // A fixed expression the field holds (« service client ») is one more term, weighed as a word.
            words += SearchVocabulary.phraseTerms(in: words)
            switch field {
            case .title:
                for term in Set(words) { scores[term, default: 0] += 10 + 24 / max(2, wordCount) }
                // The title's first word, when it is not a small word, names what the page is about: the
                // action it explains (« Annuler une commande… », « Expédier… ») or its subject (« Délai de
                // rétractation »). A title that begins with a small word (« Le vendeur n'a pas confirmé… »,
                // « Où trouver… ») is a sentence: none. `SearchIndex.leading`.
                if let first = SearchNormaliser.terms(text).first, !SearchVocabulary.stopTerms.contains(first) {
                    scores[first + SearchIndex.leading] = 1
                }
            case .description:
                for term in Set(words) { scores[term, default: 0] += 4 }
            case .heading:
                for term in Set(words) { scores[term, default: 0] += 3 }
            case .category:
                for term in Set(words) { scores[term, default: 0] += 5 }
            case .body:
                var counts: [String: Int] = [:]
                for term in words { counts[term, default: 0] += 1 }
                for (term, count) in counts { scores[term, default: 0] += min(count, 3) }
            case .slug:
                for term in Set(words) where scores[term] == nil { scores[term] = 1 }
            }
        }
        return scores
    }

    /// The excerpt a fragment keeps: the body's text, spaces collapsed, cut at a word before `length`
    /// characters. Snippets are taken from it and the description.
    package static func excerpt(_ body: String, length: Int = 320) -> String {
        // Scalars are read rather than characters while each is a character of its own (`isOwnCharacter`),
        // which French prose is; one that is not sends the body the way of characters, from its start
        // (reading characters was 1.4 % of a build).
        let byScalars = excerpt(of: body.unicodeScalars, length: length, append: { $0.unicodeScalars.append($1) }) { scalar in
            guard scalar.isOwnCharacter else { return nil }
            return scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        return byScalars ?? excerptByCharacters(body, length: length)
    }

    /// `excerpt` read by characters: for a body with scalars that join into one character, and the definition.
    static func excerptByCharacters(_ body: String, length: Int) -> String {
        excerpt(of: body, length: length, append: { $0.append($1) }) { character in
            // ASCII first: `isWhitespace` looks up Unicode's properties, and most characters are ASCII.
            // The same answers: ASCII's white space is tab to carriage return and the space.
            if let ascii = character.asciiValue { ascii == 0x20 || (0x09...0x0D).contains(ascii) } else { character.isWhitespace }
        }!
    }

    /// The excerpt of `units`, each a character; nil as soon as `isSpace` gives nil (a unit this reading
    /// cannot answer for).
    private static func excerpt<Units: Sequence>(of units: Units, length: Int, append: (inout String, Units.Element) -> Void,
                                                 isSpace: (Units.Element) -> Bool?) -> String? {
        // Runs once per article, on its whole text. The units are read one by one and reading stops as soon
        // as the word being read can no longer fit: splitting the whole body into words first (even through
        // `lazy.split`, which is eager on a `String`) was a sixth of a full build's CPU.
        var text = ""
        var count = 0
        var word = ""
        var wordCount = 0
        for unit in units {
            guard let space = isSpace(unit) else { return nil }
            if space {
                guard wordCount > 0 else { continue }
                if count > 0 { text += " " }
                text += word
                count += wordCount + (count == 0 ? 0 : 1)
                word.removeAll(keepingCapacity: true)
                wordCount = 0
            } else {
                append(&word, unit)
                wordCount += 1
                // The word is at least this long already: it cannot be kept whole.
                if count + wordCount + (count == 0 ? 0 : 1) > length { return text + "\u{2026}" }
            }
        }
        if wordCount > 0 {
            if count > 0 { text += " " }
            text += word
        }
        return text
    }

    package mutating func add(_ document: Document, terms scored: SearchTerms) {
        let index = docs.count
        docs.append(document)
        scored.forEachEntry { term, weight in
            // Substrings of the document's terms: no string is made per term and document.
            terms[SearchTerm(term), default: []].append(Posting(document: Int32(index), weight: weight))
        }
    }

    /// Every file of the search, manifest first, paths relative to the output; `synonyms` are the groups of
    /// `SearchVocabulary.groups`.
    package func files(synonyms: [[String]], shardBytes: Int = SearchIndex.shardBytes) throws -> [MadeFile] {
        try build(synonyms: synonyms, generation: "", shardBytes: shardBytes).files
    }

    /// The files, and every term's postings as the build cache keeps them (`SearchPostings`), so that the
    /// next build can redo only the terms of the articles it changed (`SearchIndexUpdate`).
    package func build(synonyms: [[String]], generation: String,
               shardBytes: Int = SearchIndex.shardBytes) throws -> (files: [MadeFile], postings: SearchPostings) {
        var layout = Layout(shardBytes: shardBytes, fragments: Self.fragments(docs, previous: nil),
                            topicReach: SearchVocabulary.topicReach(synonyms: synonyms))
        var postings = SearchPostings.Writer(generation: generation, documentCount: docs.count, fragments: layout.fragmentNames)
        var entry: [UInt8] = []
        for term in terms.keys.sorted() {
            let list = terms[term]!
            entry.removeAll(keepingCapacity: true)
            Self.appendEntry(term.text, postings: list, to: &entry)
            layout.add(term.text, entry: entry, heaviest: list.lazy.map(\.weight).max() ?? 0)
            postings.add(term.text, postings: list, entry: entry)
        }
        return (try layout.files(documents: docs, synonyms: synonyms), SearchPostings(postings))
    }

    /// The documents cut into fragments of `documentsPerFragment`, each named after its bytes. Given the
    /// last build's names (`previous`: the same documents, but for those numbered in `changed`), a fragment
    /// that holds none of `changed` keeps its name and is not made again (`MadeFile`), provided the last
    /// build wrote a file of that name (`wrote`): a name from a damaged cache is never trusted as a path.
    package static func fragments(_ docs: [Document], previous: [String]?, changed: Set<Int> = [],
                                  wrote: (String) -> Bool = { _ in false }) -> [MadeFile] {
        let starts = Array(stride(from: 0, to: docs.count, by: documentsPerFragment))
        let reusable = previous?.count == starts.count ? previous : nil
        return starts.enumerated().map { number, start in
            let range = start..<min(start + documentsPerFragment, docs.count)
            let slice = docs[range]
            if let reusable, !range.contains(where: changed.contains), wrote(folder + "/" + reusable[number]) {
                return MadeFile(path: folder + "/" + reusable[number], sameAsLastBuild: { Data(fragmentJSON(slice)) })
            }
            let data = Data(fragmentJSON(slice))
            return MadeFile(path: folder + "/pages/" + ContentHash.hex(data) + ".json", data: data)
        }
    }

    /// Cuts the terms' entries, in term order, into shards of about `shardBytes`, then adds the fragments of
    /// documents and the manifest. One cutting for a full build and an incremental one: the same entries give
    /// the same files.
    package struct Layout {
        package let shardBytes: Int
        private var files: [MadeFile] = []
        private let fragments: [MadeFile]
        private var shardList: [(first: String, file: String)] = []
        private var shard: [UInt8] = []
        private var first = ""
        /// Every term of the index, so that the manifest sends only the lexicon's groups that reach one.
        private var known: Set<Substring> = []
        /// The terms that can stand for a subject (`SearchVocabulary.topicReach`), and those of them some
        /// document treats (`SearchIndex.treats`): what says which subjects the help centre leaves out.
        private let topicReach: Set<Substring>
        private var treated: Set<String> = []

        /// `fragments`: what `SearchIndex.fragments` made of the documents; `topicReach`: the terms whose
        /// heaviest posting `add` must look at.
        package init(shardBytes: Int, fragments: [MadeFile], topicReach: Set<Substring>) {
            (self.shardBytes, self.fragments, self.topicReach) = (shardBytes, fragments, topicReach)
        }

        /// The fragments' names as the manifest gives them (relative to it), in document order.
        package var fragmentNames: [String] { fragments.map { String($0.path.dropFirst(SearchIndex.folder.count + 1)) } }

        /// Whether `add` looks at `term`'s heaviest posting.
        package func watches(_ term: Substring) -> Bool { topicReach.contains(term) }

        /// `heaviest`: the term's heaviest posting's weight, asked for only for the few terms of `topicReach`
        /// (an incremental build decodes those postings only).
        package mutating func add<Entry: Collection<UInt8>>(_ term: Substring, entry: Entry, heaviest: @autoclosure () -> Int32) {
            known.insert(term)
            if topicReach.contains(term), heaviest() >= SearchIndex.treats { treated.insert(String(term)) }
            if shard.isEmpty { first = String(term) } else { shard.append(UInt8(ascii: ",")) }
            shard.append(contentsOf: entry)
            if shard.count >= shardBytes { closeShard() }
        }

        private mutating func closeShard() {
            guard !shard.isEmpty else { return }
            let data = Data(#"{"t":{"#.utf8 + shard + "}}".utf8)
            let name = "termes/" + ContentHash.hex(data) + ".json"
            files.append(MadeFile(path: SearchIndex.folder + "/" + name, data: data))
            shardList.append((first, name))
            shard = []
        }

        package mutating func files(documents docs: [Document], synonyms: [[String]]) throws -> [MadeFile] {
            closeShard()
            let fragmentNames = self.fragmentNames
            files += fragments
            let lexicon = SearchVocabulary.lexicon(reaching: { known.contains(Substring($0)) })
            let sentSynonyms = SearchVocabulary.merged(synonyms + lexicon.synonyms)
            let offTopic = SearchVocabulary.offTopic(treated: treated.contains, forms: lexicon.forms, synonyms: sentSynonyms)
            let manifest = Manifest(version: SearchIndex.version, count: docs.count, perFragment: SearchIndex.documentsPerFragment,
                                    fragments: fragmentNames, shards: shardList.map { [$0.first, $0.file] },
                                    stop: SearchVocabulary.stopTerms.sorted(), synonyms: sentSynonyms,
                                    forms: lexicon.forms, phrases: SearchVocabulary.phrases, idioms: lexicon.idioms, offTopic: offTopic,
                                    categories: docs.indices.filter { docs[$0].isCategory }.map { number in
                                        Manifest.Category(d: number, t: Set(SearchNormaliser.terms(docs[number].title))
                                                            .subtracting(SearchVocabulary.stopTerms).sorted())
                                    })
            files.insert(MadeFile(path: SearchIndex.manifest, data: Data(try SafeJSON.encode(manifest).utf8)), at: 0)
            return files
        }
    }

    /// A fragment of documents as `SafeJSON.encode` writes it (sorted keys, strings by
    /// `SafeJSON.appendString`), byte for byte, written directly: every build writes every fragment again (625 of them at
    /// 10,000 articles), and going through `JSONEncoder` was 6 % of a one-article rebuild. `SearchIndexTests`
    /// compares both on every ASCII character and more.
    package static func fragmentJSON(_ docs: ArraySlice<Document>) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(docs.count * 600)
        for (position, doc) in docs.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            for (key, value) in [("c", doc.category), ("d", doc.description), ("t", doc.title), ("u", doc.url), ("x", doc.excerpt)] {
                out.append(contentsOf: (key == "c" ? "{\"" : ",\"").utf8)
                out.append(contentsOf: key.utf8)
                out.append(contentsOf: "\":".utf8)
                SafeJSON.appendString(value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// What site.js reads first: everything it needs to know which other files to fetch. Decoded too, by the
    /// Swift port of site.js's search (`SiteSearch`), which reads the index of the build it serves.
    package struct Manifest: Codable {
        package let version: Int
        package let count: Int
        package let perFragment: Int
        /// The fragment of documents `i * perFragment ..< (i + 1) * perFragment`, relative to the manifest.
        package let fragments: [String]
        /// [first term, file]: a shard holds the terms from its first to the next shard's first, excluded.
        package let shards: [[String]]
        package let stop: [String]
        package let synonyms: [[String]]
        /// The forms of one lemma each (`SearchLexicon.forms`), those that reach a term of the index.
        package let forms: [[String]]
        /// The lexicon's fixed expressions, each as its terms (`SearchVocabulary.phrases`), all of them: the
        /// index holds `_` + terms joined by `_` for the documents that write one. Absent from an index older
        /// than issue 30's phrases.
        package let phrases: [[String]]?
        /// The lexicon's idioms (`SearchVocabulary.idioms`) whose meaning the index can find: [the idiom's terms,
        /// its meaning's terms]. Absent from an index older than issue 30's third round.
        package let idioms: [[[String]]]?
        /// The lexicon's subjects (`SearchVocabulary.topics`) that no document treats: a query that names one
        /// finds nothing. Absent from an index older than issue 30's fifth round.
        package let offTopic: [String]?
        /// The categories' pages: the document's number and its title's terms.
        package let categories: [Category]

        package struct Category: Codable {
            package let d: Int
            package let t: [String]
        }
    }

    /// `"term":[document, weight, …]`, the best `postingsPerTerm` by weight, in document order, each document
    /// written as the difference from the one before (small numbers, which gzip well).
    package static func appendEntry(_ term: Substring, postings: [Posting], to out: inout [UInt8]) {
        var kept = postings
        if kept.count > postingsPerTerm { kept = best(kept) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: term.utf8)
        out.append(contentsOf: "\":[".utf8)
        var previous: Int32 = 0
        for (position, posting) in kept.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            appendDecimal(Int(posting.document - previous), to: &out)
            out.append(UInt8(ascii: ","))
            appendDecimal(Int(posting.weight), to: &out)
            previous = posting.document
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The best `postingsPerTerm` of `postings` by weight, the lower document first among equal weights, in
    /// document order. Found by the weight of the last one kept rather than by sorting the postings: a word
    /// in most pages has thousands, and a one-article rebuild redoes a few hundred such words.
    package static func best(_ postings: [Posting]) -> [Posting] {
        var list = postings
        if !list.indices.dropFirst().allSatisfy({ list[$0 - 1].document < list[$0].document }) {
            list.sort { $0.document < $1.document }
        }
        // The weight of the last one kept, and how many weigh more: counted by weight (weights are small,
        // tens at most for a page), or sorted when one is out of the ordinary.
        var last: Int32 = 0
        var heavier = 0
        let heaviest = list.reduce(Int32.min) { max($0, $1.weight) }
        if heaviest <= 4_096, list.allSatisfy({ $0.weight >= 0 }) {
            var counts = [Int](repeating: 0, count: Int(heaviest) + 1)
            for posting in list { counts[Int(posting.weight)] += 1 }
            var weight = Int(heaviest)
            while heavier + counts[weight] < postingsPerTerm {
                heavier += counts[weight]
                weight -= 1
            }
            last = Int32(weight)
        } else {
            let weights = list.map(\.weight).sorted(by: >)
            last = weights[postingsPerTerm - 1]
            heavier = weights.prefix(postingsPerTerm).count(where: { $0 > last })
        }
        // Every posting weighing more than the last one kept is kept; of those weighing the same, the first
        // ones in document order, as many as there is room for.
        var room = postingsPerTerm - heavier
        return list.filter { posting in
            if posting.weight > last { return true }
            guard posting.weight == last, room > 0 else { return false }
            room -= 1
            return true
        }
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        // Millions of small numbers (document gaps, weights): the common sizes are written directly.
        let zero = UInt8(ascii: "0")
        switch value {
        case 0..<10:
            out.append(zero + UInt8(value))
        case 10..<100:
            out.append(zero + UInt8(value / 10))
            out.append(zero + UInt8(value % 10))
        default:
            out.append(contentsOf: String(value).utf8)
        }
    }
}
