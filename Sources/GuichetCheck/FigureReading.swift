import GuichetContent
import HelpCentreRules

/// What the words of one clause say about one figure in it: how close each rule's names, start events and
/// neighbouring subjects are. The figure check decides from this; here is only reading.
///
/// Distances are counted in words from the figure. A word after « après », « à compter de », « suivant »,
/// « une fois »… names the event a period counts from, not what happens within it: « le suivi est
/// disponible 24 h après l’expédition » is not about shipping. Such words are « anchors ».
package struct FigureReading {
    /// A word or phrase that was found, and how far it is from the figure.
    package struct Cue {
        let distance: Int
        /// Its index in the words, and how many words it spans.
        var index = 0
        var count = 1
    }

    package let words: ProseWords
    package let clause: Range<Int>
    package let figure: Int
    /// The last word of the figure.
    package let figureEnd: Int
    package let anchors: Set<Int>

    package init(words: ProseWords, figure: Int, figureEnd: Int) {
        self.words = words
        self.figure = figure
        self.figureEnd = max(figure, figureEnd)
        clause = words.clause(around: figure)
        anchors = Self.anchors(words, in: clause)
    }

    /// The closest occurrence in the clause of one of `phrases`, outside anchors (or inside only, with
    /// `inAnchors`), unless a longer phrase of `overruledBy` matches at the same word (« expéditeur » is not
    /// « expédier »).
    /// With `complementOf`, the occurrences that follow that cue closely on the same side of the figure are
    /// skipped: they complete it (« remettre le colis au transporteur »).
    package func closest(_ phrases: [[String]], inAnchors: Bool = false, overruledBy: [[String]] = [], text: String,
                 complementOf name: Cue? = nil) -> Cue? {
        var best: Cue?
        for index in clause where (index < figure || index > figureEnd) && anchors.contains(index) == inAnchors {
            if let name, isComplement(index, of: name) { continue }
            guard let match = phrases.filter({ words.matches($0, at: index) }).max(by: { length($0) < length($1) }) else { continue }
            // A longer phrase of `overruledBy` that covers this word (« en ligne » over « ligne »).
            if overruledBy.contains(where: { phrase in
                (max(0, index - phrase.count + 1)...index).contains { start in
                    start + phrase.count > index && (start < index || length(phrase) > length(match)) && words.matches(phrase, at: start)
                }
            }) { continue }
            // Each comma, colon or bracket between the word and the figure weakens the link, as a reader feels it.
            let between = index < figure ? index + 1..<figure : figureEnd + 1..<index
            let pauses = between.filter { words.words[$0].isPause }.count
            let distance = (index < figure ? figure - index : index - figureEnd) + 3 * pauses
            if distance < best?.distance ?? .max {
                best = Cue(distance: distance, index: index, count: match.count)
            }
        }
        return best
    }

    private func length(_ phrase: [String]) -> Int { phrase.reduce(phrase.count) { $0 + $1.count } }

    /// A cue's words as written, for messages: read once a verdict is reached.
    package func written(_ cue: Cue, in text: String) -> String {
        let start = words.words[cue.index].start
        let end = words.words[min(cue.index + cue.count, words.words.count) - 1].end
        guard start < end, end <= text.count else { return words.words[cue.index].text }
        return String(text.dropFirst(start).prefix(end - start))
    }

    /// « remettre le colis au transporteur », « déposez-le chez le transporteur »: a word within four words
    /// after a name, on the same side of the figure, introduced by a preposition.
    private func isComplement(_ index: Int, of name: Cue) -> Bool {
        let sameSide = (name.index < index && index < figure) || (figureEnd < name.index && name.index < index)
        let nameEnd = name.index + name.count - 1
        guard sameSide, index > nameEnd, index - nameEnd <= 4 else { return false }
        return (name.index + 1..<index).contains { ["au", "aux", "a", "chez", "par", "en", "dans", "sur"].contains(words.words[$0].text) }
    }

    /// « l’acheteur qui s’est rétracté a 14 jours pour renvoyer »: a name in a relative clause qualifies
    /// someone; the sentence's own verb says what the period is for.
    package func inRelativeClause(_ cue: Cue) -> Bool {
        let start = max(clause.lowerBound, cue.index - 4)
        return (start..<cue.index).contains { index in
            words.words[index].text == "qui" && !(index..<cue.index).contains { words.words[$0].isPause }
        }
    }

    /// The word before the figure (`-` and `–` included), or "".
    package func before(_ offset: Int = 1) -> String {
        let index = figure - offset
        return index >= clause.lowerBound ? words.words[index].text : ""
    }

    /// The word after the figure's last word, or "".
    package func after(_ offset: Int = 1) -> String {
        let index = figureEnd + offset
        return index < clause.upperBound ? words.words[index].text : ""
    }

    /// « 2 à 5 jours », « entre 3 et 5 jours », « 2-5 jours »: the figure is the upper bound of a range.
    package var isRange: Bool {
        guard ["a", "-", "–", "et", "ou"].contains(before()), figure - 2 >= clause.lowerBound else { return false }
        let lower = words.words[figure - 2]
        return lower.isNumber || FigureScanner.isNumberWord(lower.text)
    }

    /// Whether any word of the clause starts with one of `stems`.
    package func clauseHas(_ stems: [String]) -> Bool {
        clause.contains { index in stems.contains { words.words[index].text.hasPrefix($0) } }
    }

    /// Words that introduce the event a period counts from.
    package static let anchorTriggers: Set<String> = ["apres", "compter", "partir", "suivant", "suivent", "suivants", "suite",
                                              "avant", "fois", "lendemain"]
    /// Words skipped inside an anchor: articles, possessives, pronouns, auxiliaries.
    package static let functionWords: Set<String> = ["de", "du", "d", "la", "le", "l", "les", "des", "votre", "vos", "sa", "son",
                                             "ses", "notre", "nos", "leur", "leurs", "cette", "ce", "cet", "avoir", "etre",
                                             "ete", "nous", "vous", "il", "elle", "ils", "elles", "on", "m", "t", "s", "en",
                                             "y", "un", "une", "a", "qui", "que", "qu", "bien", "avez", "avons", "ont", "est",
                                             "sont", "j", "ai"]
    /// Words that end an anchor: what follows is the sentence again.
    package static let anchorEnds: Set<String> = ["pour", "et", "ou", "puis", "mais", "si", "afin", "quand", "lorsque", "sous",
                                          "dans", "pendant", "avant", "apres", "au", "aux", "par", "sur", "vers"]

    /// « après [nous avoir informés de votre décision de vous rétracter] »: the trigger, then its object
    /// and the « de … » chain that qualifies it, up to a pause, a number or a word that ends it.
    package static func anchors(_ words: ProseWords, in clause: Range<Int>) -> Set<Int> {
        var anchored = Set<Int>()
        for trigger in clause where anchorTriggers.contains(words.words[trigger].text) {
            // « avant de signaler » is a purpose, « avant la livraison » an event.
            if words.words[trigger].text == "avant", trigger + 1 < clause.upperBound, ["de", "d"].contains(words.words[trigger + 1].text) {
                continue
            }
            var index = trigger + 1
            var taken = 0
            var content = 0
            while index < clause.upperBound, taken < 12, content < 4 {
                let word = words.words[index]
                if word.isPause || word.endsClause || word.isNumber || anchorEnds.contains(word.text) { break }
                if !functionWords.contains(word.text) { anchored.insert(index); content += 1 }
                index += 1
                taken += 1
            }
        }
        return anchored
    }
}
