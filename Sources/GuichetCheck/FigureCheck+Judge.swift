import GuichetContent
import HelpCentreRules

/// How the figure check decides: the signals it weighs are named in `JudgeSignal`, the words it reads in
/// `FigureVocabulary` and in each rule's `RuleSubject`; `trace`, when given, receives the evidence.
extension FigureCheck {
    package func judge(_ figure: Figure, _ reading: FigureReading, block: ProseBlock, context: ArticleContext,
               trace: JudgeTrace? = nil) -> FigureVerdict? {
        switch figure.kind {
        case .phone(let digits):
            return judgePhone(digits, reading, block: block, trace: trace)
        case .clockTime(let hour, let minute):
            if let duration = clockAsDuration(figure, hour: hour, minute: minute, reading) {
                return judgeDuration(hours: duration, business: false, comparable: true, reading, block: block, context: context, trace: trace)
            }
            return judgeHours(.clockTime(hour: hour, minute: minute), reading, block: block, context: context, trace: trace)
        case .weekdays, .allDay:
            return judgeHours(figure.kind, reading, block: block, context: context, trace: trace)
        case .days(let count, let business):
            return judgeDuration(hours: count * 24, business: business, comparable: true, reading, block: block, context: context, trace: trace)
        case .hours(let count):
            return judgeDuration(hours: count, business: false, comparable: true, reading, block: block, context: context, trace: trace)
        case .months where FigureVocabulary.countingWindowBeforeMonths.contains(reading.before()):
            // « 3 retards en un mois »: a window for counting, not a period granted.
            trace?.note(.window, "« \(reading.before()) » before a number of months")
            return nil
        case .minutes, .months:
            return judgeDuration(hours: -1, business: false, comparable: false, reading, block: block, context: context, trace: trace)
        }
    }

    /// « sous 12 h », « en 2 h »: the scanner reads `12 h` as a time of day; after these words it is a duration.
    private func clockAsDuration(_ figure: Figure, hour: Int, minute: Int, _ reading: FigureReading) -> Int? {
        guard minute == 0, !figure.text.contains(":") else { return nil }
        let before = reading.before()
        if FigureVocabulary.durationBeforeClock.contains(before) { return hour }
        if before == "de", FigureVocabulary.durationBeforeDeClock.contains(reading.before(2)) { return hour }
        return nil
    }

    // MARK: - Durations

    private func judgeDuration(hours: Int, business: Bool, comparable: Bool, _ reading: FigureReading, block: ProseBlock,
                               context: ArticleContext, trace: JudgeTrace?) -> FigureVerdict? {
        // « 3 % sur 90 jours », « les 30 derniers jours »: a window of measure, not a period granted.
        if reading.before() == FigureVocabulary.windowBefore || FigureVocabulary.windowAfter.contains(reading.after()) {
            trace?.note(.window, "« \(reading.before()) … \(reading.after()) »")
            return nil
        }
        func equal(_ rule: Owned) -> Bool { comparable && rule.hours == hours && (!business || rule.business || rule.inHours) }
        // A rule whose starting event the clause names (« à compter de sa notification ») is as good as
        // named five words closer: of the withdrawal, the return and the refund, it is the one counted.
        func weight(_ named: Candidate) -> Int {
            // Its event after « après », « à compter de »…, or as a participle (« chaque commande confirmée »).
            let counted = reading.closest(named.rule.words.startsFrom, inAnchors: true, text: block.text)
                ?? reading.closest(named.rule.words.startsFrom, text: block.text).flatMap { cue in
                    let written = reading.written(cue, in: block.text)
                    return FigureVocabulary.participleEndings.contains { written.hasSuffix($0) } ? cue : nil
                }
            return named.cue.distance + (counted == nil ? 0 : JudgeSignal.startingEvent.weight)
                + (reading.inRelativeClause(named.cue) ? JudgeSignal.relativeClause.weight : 0)
        }
        let statistic = reading.closest(FigureVocabulary.statistics, text: block.text) != nil
        // « en général en moins de 2 heures »: an observation, not a promise a figure could contradict.
        let hedged = statistic || reading.closest(FigureVocabulary.hedges, text: block.text) != nil
        if statistic { trace?.note(.statistic, "in the clause") }
        if hedged && !statistic { trace?.note(.hedge, "in the clause") }
        if reading.isRange { trace?.note(.range, "the figure is one end of a range") }
        // The rules the clause names, closest first; a rule whose neighbours are closer is not named. A name
        // refused so (« la réclamation est clôturée… pendant 7 jours ») also keeps the context from speaking.
        var refused = false
        let named: [Candidate] = owned.compactMap { rule in
            guard let cue = reading.closest(rule.words.names, overruledBy: FigureVocabulary.neighbours, text: block.text) else { return nil }
            // « remettre le colis au transporteur dans les 48 heures »: a neighbour right after the name, on
            // the same side of the figure, is the name's complement and says nothing against it.
            let neighbour = reading.closest(FigureVocabulary.neighbours, text: block.text, complementOf: cue)
            if let other = reading.closest(rule.words.notIt, text: block.text), other.distance < cue.distance || other.index == cue.index {
                trace?.note(.notIt, "\(rule.rule): “\(reading.written(other, in: block.text))” is closer than its name")
                refused = true
                return nil
            }
            if let other = reading.closest(rule.words.otherProcesses, text: block.text) {
                trace?.note(.notIt, "\(rule.rule): “\(reading.written(other, in: block.text))” is another process")
                refused = true
                return nil
            }
            if let neighbour, neighbour.distance < cue.distance {
                trace?.note(.neighbour, "\(rule.rule): “\(reading.written(neighbour, in: block.text))” is closer than its name")
                return nil
            }
            trace?.note(.ruleNamed, "\(rule.rule): “\(reading.written(cue, in: block.text))”, \(cue.distance) words away")
            return Candidate(rule: rule, cue: cue, named: true)
        }
        // When the clause names no rule: a rule of the same figure whose starting event it names (« quatorze
        // jours après votre notification »), weighed as a name three words farther than that event, and two
        // words closer when another sentence of the paragraph names it.
        let counted: [Candidate] = named.isEmpty ? owned.filter(equal).compactMap { rule in
            guard let event = reading.closest(rule.words.startsFrom, inAnchors: true, text: block.text),
                  reading.closest(rule.words.notIt, text: block.text) == nil,
                  reading.closest(rule.words.otherProcesses, text: block.text) == nil else { return nil }
            let words = reading.words
            let elsewhere = words.words.indices.contains { index in
                !reading.clause.contains(index) && rule.words.names.contains { words.matches($0, at: index) }
            }
            let distance = event.distance + JudgeSignal.eventOnly.weight + (elsewhere ? JudgeSignal.namedElsewhere.weight : 0)
            trace?.note(.eventOnly, "\(rule.rule): “\(reading.written(event, in: block.text))”, weighed as \(distance) words"
                        + (elsewhere ? " (\(JudgeSignal.namedElsewhere.rawValue))" : ""))
            return Candidate(rule: rule, cue: FigureReading.Cue(distance: distance, index: event.index, count: event.count), named: false)
        } : []
        // A waiting period (« à partir de 7 jours ») is not contradicted by a deadline (« au plus tard 30 jours »).
        let namedFor = named.filter { rule in
            guard !equal(rule.rule), isDeadline(for: rule.rule, reading) else { return true }
            trace?.note(.deadlineForWaitingPeriod, "\(rule.rule.rule) left out")
            return false
        }
        let candidates = (namedFor + counted).sorted { (weight($0), equal($0.rule) ? 0 : 1) < (weight($1), equal($1.rule) ? 0 : 1) }
        if let trace, !candidates.isEmpty {
            trace.note("weights: " + candidates.map { "\($0.rule.rule) \(weight($0))\(equal($0.rule) ? " (same figure)" : "")" }.joined(separator: ", "))
        }
        let neighbour = reading.closest(FigureVocabulary.neighbours, text: block.text, complementOf: named.first?.cue)
        if let neighbour, !named.isEmpty || candidates.isEmpty {
            trace?.note(.neighbour, "“\(reading.written(neighbour, in: block.text))” in the clause")
        }
        if let best = candidates.first, best.named || neighbour == nil {
            let (rule, cue) = (best.rule, best.cue)
            let clean = best.named && neighbour == nil && !statistic && reading.closest(rule.words.notIt, text: block.text) == nil
            let word = reading.written(cue, in: block.text)
            let because = best.named ? "the sentence mentions “\(word)”" : "it counts from “\(word)”"
            let certain = JudgeSignal.certainWithin
            if equal(rule) { return verdict(.typed, rule, certain: clean && cue.distance <= certain && !reading.isRange, because) }
            if hedged { return nil }
            if reading.isRange {
                return cue.distance <= JudgeSignal.rangeWithin && clean ? verdict(.contradicts, rule, certain: false, because) : nil
            }
            return verdict(.contradicts, rule, certain: clean && cue.distance <= certain, because)
        }
        if neighbour != nil || statistic || reading.isRange || refused { return nil }
        // The paragraph's other sentences, then the section's heading, then the article's title.
        for (words, text, place) in contextLevels(block, reading, context) {
            // The paragraph's other clauses: its own clause was read above.
            let outside = place == .paragraph ? reading.clause : 0..<0
            let anchors = FigureReading.anchors(words, in: words.words.indices)
            // A rule the level names, unless it also names what is not it (« votre étiquette retour »).
            let rules = owned.filter { rule in
                let names = words.words.indices.contains { index in
                    !outside.contains(index) && !anchors.contains(index) && rule.words.names.contains { words.matches($0, at: index) }
                }
                let notIt = words.words.indices.contains { index in
                    (rule.words.notIt + rule.words.otherProcesses).contains { words.matches($0, at: index) }
                }
                return names && !notIt
            }
            guard !rules.isEmpty else { continue }
            trace?.note(.context, "\(place.rawValue) names \(rules.map(\.rule).joined(separator: ", "))")
            if let rule = rules.first(where: equal) {
                return verdict(.typed, rule, certain: false, "\(place.rawValue) is about it (« \(short(text)) »)")
            }
            // Of several rules the paragraph names, the one whose starting event the figure's clause names
            // (« 21 jours à compter de votre notification » after « remboursé »).
            let counted = rules.filter { reading.closest($0.words.startsFrom, inAnchors: true, text: block.text) != nil }
            let candidates = rules.count == 1 ? rules : counted
            let neighbours = words.words.indices.contains { index in FigureVocabulary.neighbours.contains { words.matches($0, at: index) } }
            if candidates.count == 1, !neighbours, !hedged,
               reading.clauseHas(FigureVocabulary.deadlineWords) || !counted.isEmpty, !isDeadline(for: candidates[0], reading) {
                return verdict(.contradicts, candidates[0], certain: false, "\(place.rawValue) is about it (« \(short(text)) »)")
            }
            return nil
        }
        // The weakest evidence: the article lists the rule, and its paragraph says nothing against it.
        let paragraph = reading.words
        func mentions(_ phrases: [[String]]) -> Bool {
            paragraph.words.indices.contains { index in phrases.contains { paragraph.matches($0, at: index) } }
        }
        if !mentions(FigureVocabulary.neighbours),
           let rule = owned.first(where: { context.declared.contains($0.rule) && equal($0)
               && !mentions($0.words.notIt + $0.words.otherProcesses) }) {
            trace?.note(.declared, rule.rule)
            return verdict(.typed, rule, certain: false, "the article lists it in rules:")
        }
        return nil
    }

    /// Where else the article says what a block is about, from the closest.
    private func contextLevels(_ block: ProseBlock, _ reading: FigureReading, _ context: ArticleContext)
        -> [(ProseWords, String, ContextLevel)] {
        var levels: [(ProseWords, String, ContextLevel)] = [(reading.words, block.text, .paragraph)]
        if let section = context.section { levels.append((ProseWords(section), section, .section)) }
        levels.append((context.title, context.titleText, .title))
        return levels
    }

    /// Whether the figure is given as a deadline (« au plus tard 30 jours », « sous 10 jours ») while the rule
    /// is a waiting period, which says from when something is allowed, not until when.
    private func isDeadline(for rule: Owned, _ reading: FigureReading) -> Bool {
        guard rule.isWaitingPeriod else { return false }
        return FigureVocabulary.deadlineBefore.contains { [reading.before(), reading.before(2)].contains($0) }
    }

    /// Where, beyond the figure's clause, the article says what it is about; named so in messages.
    package enum ContextLevel: String {
        case paragraph = "the paragraph"
        case section = "the section"
        case title = "the article's title"
    }

    private func short(_ text: String) -> String {
        let trimmed = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return trimmed.count <= 60 ? trimmed : String(trimmed.prefix(57)) + "…"
    }

    private func verdict(_ kind: FigureVerdict.Kind, _ rule: Owned, certain: Bool, _ because: String) -> FigureVerdict {
        FigureVerdict(kind: kind, rule: rule.rule, certain: certain, because: because, wording: rule.wording,
                      reference: "{{ \(rule.rule).value }}")
    }

    // MARK: - The phone line

    private func judgeHours(_ kind: Figure.Kind, _ reading: FigureReading, block: ProseBlock,
                            context: ArticleContext, trace: JudgeTrace?) -> FigureVerdict? {
        guard let (value, words) = hours else { return nil }
        let owns: Bool
        var opening = true
        switch kind {
        case .clockTime(let hour, let minute):
            owns = [value.opens, value.closes].contains { $0.hour == hour && $0.minute == minute }
            // « rappelé à 15 h » is an appointment; « de 8 h à 20 h », « jusqu’à 19 h » are hours.
            opening = FigureVocabulary.openingWords.contains(reading.before()) || FigureVocabulary.openingWords.contains(reading.before(2))
                || FigureVocabulary.rangeJoiners.contains(reading.after())
                || (FigureVocabulary.rangeJoiners.contains(reading.before())
                    && (reading.before(2) == "h" || reading.before(2).first?.isNumber == true))
        case .weekdays(let first, let last):
            owns = first == value.days.lowerBound.rawValue && last == value.days.upperBound.rawValue
        default:
            owns = false
        }
        let neighbour = reading.closest(FigureVocabulary.neighbours + words.notIt, text: block.text)
        let rule = PhoneHoursPolicy.id
        func make(_ certain: Bool, _ because: String) -> FigureVerdict? {
            guard owns || opening else { return nil }
            return FigureVerdict(kind: owns ? .typed : .contradicts, rule: rule, certain: certain, because: because,
                                 wording: value.french, reference: "{{ \(rule) }}",
                                 figureName: owns ? "the phone line's hours" : nil)
        }
        if let cue = reading.closest(words.names, overruledBy: FigureVocabulary.neighbours, text: block.text),
           neighbour.map({ $0.distance > cue.distance }) ?? true {
            trace?.note(.ruleNamed, "\(rule): “\(reading.written(cue, in: block.text))”, \(cue.distance) words away")
            return make(neighbour == nil && cue.distance <= JudgeSignal.phoneCertainWithin, "the sentence mentions “\(reading.written(cue, in: block.text))”")
        }
        if let neighbour {
            trace?.note(.neighbour, "“\(reading.written(neighbour, in: block.text))” in the clause")
            return nil
        }
        for (levelWords, text, place) in contextLevels(block, reading, context) {
            let phone = levelWords.words.indices.contains { index in words.names.contains { levelWords.matches($0, at: index) } }
            let other = levelWords.words.indices.contains { index in (FigureVocabulary.neighbours + words.notIt).contains { levelWords.matches($0, at: index) } }
            if other { trace?.note(.neighbour, "in \(place.rawValue)"); return nil }
            if phone { trace?.note(.context, "\(place.rawValue) names the phone line"); return make(false, "\(place.rawValue) is about the phone line (« \(short(text)) »)") }
        }
        if context.declared.contains(rule), owns { trace?.note(.declared, rule); return make(false, "the article lists it in rules:") }
        return nil
    }

    private func judgePhone(_ digits: String, _ reading: FigureReading, block: ProseBlock, trace: JudgeTrace?) -> FigureVerdict? {
        guard let (ours, wording, words) = phone else { return nil }
        let spoken = FigureVerdict(kind: .typed, rule: PhoneNumberPolicy.id, certain: true, because: "it is the number itself",
                                   wording: wording, reference: "{{ contact.phone.number }}",
                                   figureName: "the customer-service number")
        if digits == ours { return spoken }
        let differing = zip(digits, ours).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        let differences = differing.count
        let (a, b) = (Array(digits), Array(ours))
        // Two neighbouring digits exchanged (« 64 06 » for « 64 60 »), the commonest slip.
        let swapped = differences == 2 && differing[1] == differing[0] + 1
            && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        if differences == 1 || swapped {
            return FigureVerdict(kind: .contradicts, rule: PhoneNumberPolicy.id, certain: true,
                                 because: "it differs from the number by \(differences == 1 ? "one digit" : "two swapped digits")",
                                 wording: spoken.wording, reference: spoken.reference)
        }
        // Another number given as ours: « notre service client est joignable au 01 … ».
        let ownLine = reading.clauseHas(FigureVocabulary.ownLineWords) && reading.closest(words.names, text: block.text) != nil
        guard ownLine, reading.closest(words.notIt, text: block.text) == nil else {
            trace?.note(.notIt, "a number that is not ours")
            return nil
        }
        return FigureVerdict(kind: .contradicts, rule: PhoneNumberPolicy.id, certain: true,
                             because: "the sentence gives it as the customer service's", wording: spoken.wording,
                             reference: spoken.reference)
    }
}

/// A rule the figure may belong to, and the word that makes it think so: a name of the rule, or (when
/// `named` is false) the event the rule counts from.
package struct Candidate {
    package let rule: FigureCheck.Owned
    package let cue: FigureReading.Cue
    package let named: Bool
}
