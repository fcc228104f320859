import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// Finds figures typed in prose that a rule owns, and figures that contradict a rule. The scanner finds
/// the figures; `FigureReading` reads the words of their clause; this decides, rule by rule, from the
/// vocabulary each rule declares (`RuleSubject`).
///
/// Severity follows certainty: an error when the figure's own clause names the rule, close by, with no
/// neighbouring subject in it (a wrong promise to a customer); a warning when the rule is only likely (named
/// farther away, in another sentence of the paragraph, by the section's heading, or only listed in
/// `rules:`), so that `check --strict` in CI still stops it while the preview does not turn red.
package struct FigureCheck: Sendable {
    /// A duration rule, in comparable units, with its words.
    package struct Owned: Sendable {
        let rule: String
        /// Hours for elapsed-hour rules, days otherwise.
        let amount: Int
        let inHours: Bool
        let business: Bool
        let wording: String
        let words: Vocabulary
        /// From when something is allowed (a claim after 7 days), not until when.
        var isWaitingPeriod: Bool { words.isWaitingPeriod }

        var hours: Int { inHours ? amount : amount * 24 }
    }

    /// A rule's `RuleSubject`, split into words once.
    package struct Vocabulary: Sendable {
        let names: [[String]]
        let startsFrom: [[String]]
        let notIt: [[String]]
        let otherProcesses: [[String]]
        let isWaitingPeriod: Bool

        init(_ subject: RuleSubject) {
            func split(_ phrases: [String]) -> [[String]] { phrases.map { $0.split(separator: " ").map(String.init) } }
            names = split(subject.names)
            startsFrom = split(subject.startsFrom)
            notIt = split(subject.notIt)
            otherProcesses = split(subject.otherProcesses)
            isWaitingPeriod = subject.isWaitingPeriod
        }
    }

    package let owned: [Owned]
    /// The customer-service number: its digits in national form, its wording, its words.
    package let phone: (digits: String, wording: String, words: Vocabulary)?
    package let hours: (value: WeeklyHours, words: Vocabulary)?
    /// The buttons a rule names (the withdrawal function), checked like figures.
    package let buttons: ButtonLabels?

    package init(rules: [String: RuleSnapshot]) {
        buttons = ButtonLabels(rules: rules)
        var owned: [Owned] = []
        var phone: (String, String, Vocabulary)?
        var hours: (WeeklyHours, Vocabulary)?
        for rule in rules.values.sorted(by: { $0.id < $1.id }) {
            switch rule.value {
            case .quantity(let q):
                owned.append(Owned(rule: rule.id, amount: q.count, inHours: q.unit == .elapsedHours,
                                   business: q.unit == .businessDays, wording: q.french, words: Vocabulary(rule.subject)))
            case .phoneNumber(let e164):
                phone = (e164.hasPrefix("+33") ? "0" + e164.dropFirst(3) : e164, rule.value.french, Vocabulary(rule.subject))
            case .weeklyHours(let h):
                hours = (h, Vocabulary(rule.subject))
            default:
                break
            }
        }
        self.owned = owned
        self.phone = phone
        self.hours = hours
    }

    /// `document` is the article's parsed body (parsed once by the caller, which also transforms it).
    /// `trace`, for `guichet corpus --explain`, receives each figure and the evidence behind its verdict.
    package func check(_ article: Article, document: MarkdownDocument, trace: JudgeTrace? = nil) -> [Diagnostic] {
        let source = PageSource(article: article)
        var context = ArticleContext(title: article.matter.title, declared: source.declaredRules ?? [])
        var found: [Diagnostic] = []
        for block in ProseBlock.blocks(of: document.root) {
            // The block's whole text, so that a figure cut by a line break (« 30⏎jours ») is still one.
            if let buttons {
                for (offset, label) in buttons.misnamed(in: block.text) {
                    guard let piece = block.piece(at: offset) else { continue }
                    let point = source.point(of: label, near: piece.position, offset: piece.nodeOffset + offset - piece.blockOffset)
                    found.append(buttons.diagnostic(label: label, file: source.file, at: point))
                }
            }
            let figures = FigureScanner.scan(block.text)
            // Most blocks hold no figure: their words are not read.
            guard !figures.isEmpty else {
                if block.isHeading { context.section = block.text }
                continue
            }
            let words = ProseWords(block.text)
            // Another line's number: hours beside it are that line's (« appelez le 0 892 …, accessible 7j/7 »).
            let otherPhones = figures.compactMap { figure -> Int? in
                guard case .phone(let digits) = figure.kind, digits != phone?.digits else { return nil }
                return words.index(at: figure.offset)
            }
            for figure in figures {
                guard let piece = block.piece(at: figure.offset), let start = words.index(at: figure.offset) else { continue }
                let end = words.index(at: figure.offset + max(0, figure.length - 1)) ?? start
                let reading = FigureReading(words: words, figure: start, figureEnd: end)
                let point = source.point(of: figure.text, near: piece.position,
                                         offset: piece.nodeOffset + figure.offset - piece.blockOffset)
                trace?.note("'\(figure.text)' (\(point.line):\(point.column))")
                if figure.isPhoneHours, otherPhones.contains(where: { reading.clause.contains($0) }) {
                    trace?.note(.neighbour, "another phone number's hours")
                    continue
                }
                let verdict = judge(figure, reading, block: block, context: context, trace: trace)
                if let verdict {
                    found.append(verdict.diagnostic(figure: figure, file: source.file, at: point, declared: context.declared))
                }
                trace?.note(verdict.map { "→ \($0.certain ? "error" : "warning") \($0.code.rawValue) \($0.rule): \($0.because)" } ?? "→ no finding")
            }
            if block.isHeading { context.section = block.text }
        }
        return found
    }

    /// What the article says around its blocks: its title, the current section's heading, `rules:`.
    package struct ArticleContext {
        let title: ProseWords
        let titleText: String
        /// The heading of the current section; its words are read only when a figure needs them.
        var section: String?
        let declared: Set<String>

        init(title: String, declared: Set<String>) {
            self.title = ProseWords(title)
            self.titleText = title
            self.declared = declared
        }
    }
}

extension Figure {
    /// A time of day, days of the week or « 24h/24 »: what the phone line's hours are made of.
    package var isPhoneHours: Bool {
        switch kind {
        case .clockTime, .weekdays, .allDay: true
        default: false
        }
    }
}
