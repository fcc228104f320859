import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// Finds figures typed in prose that a rule owns, and figures that contradict a rule. The scanner finds
/// the figures; this decides which matter, from the rules in force and the words around each figure.
struct FigureCheck: Sendable {
    /// Words that put a paragraph on a rule's topic. Lower case; matched as substrings, so « rétract »
    /// covers « rétractation » and « rétracter ».
    static let topics: [String: [String]] = [
        "delivery.seller_confirmation": ["confirm"],
        "delivery.shipping": ["expédi", "expedi"],
        "claims.waiting_period": ["réclamation", "reclamation"],
        "contact.form_response": ["formulaire"],
        "withdrawal.period": ["rétract", "retract", "changer d’avis", "changer d'avis"],
        "withdrawal.return_shipping": ["renvoy", "renvoi", "retourn"],
        "withdrawal.refund": ["rembours"],
        "contact.phone.hours": ["téléphon", "telephon", "appel", "ligne", "horaire"],
    ]

    /// A rule's figure, in comparable units.
    struct Owned: Sendable {
        let rule: String
        /// Hours for elapsed-hour rules, days otherwise.
        let amount: Int
        let inHours: Bool
        let business: Bool
        let wording: String
    }

    let owned: [Owned]
    let phoneDigits: String?
    let hours: WeeklyHours?

    init(rules: [String: RuleSnapshot]) {
        var owned: [Owned] = []
        var phone: String?
        var hours: WeeklyHours?
        for rule in rules.values.sorted(by: { $0.id < $1.id }) {
            switch rule.value {
            case .quantity(let q):
                owned.append(Owned(rule: rule.id, amount: q.count, inHours: q.unit == .elapsedHours,
                                   business: q.unit == .businessDays, wording: q.french))
            case .phoneNumber(let e164):
                phone = e164.hasPrefix("+33") ? "0" + e164.dropFirst(3) : e164
            case .weeklyHours(let h):
                hours = h
            default:
                break
            }
        }
        self.owned = owned
        self.phoneDigits = phone
        self.hours = hours
    }

    /// `document` is the article's parsed body (parsed once by the caller, which also transforms it).
    func check(_ article: Article, document: MarkdownDocument) -> [Diagnostic] {
        let source = PageSource(article: article)
        var found: [Diagnostic] = []
        var noBlock = BlockText(node: nil)
        visit(document.root, block: nil, blockText: &noBlock, source: source, into: &found)
        return found
    }

    /// The lower-cased plain text of the paragraph, heading or table cell being visited, which says what
    /// it is about. Computed on the first figure found in the block, once: most blocks have no figure,
    /// and lower-casing every block (once per text node, as it was) was a large share of the check.
    private struct BlockText {
        let node: MarkdownNode?
        private var lowercased: String?

        init(node: MarkdownNode?) { self.node = node }

        /// Outside any block (no node), the empty text.
        mutating func text() -> String {
            if let lowercased { return lowercased }
            let text = node?.plainText.lowercased() ?? ""
            lowercased = text
            return text
        }
    }

    private func visit(_ node: MarkdownNode, block: SourcePosition?, blockText: inout BlockText, source: PageSource,
                       into found: inout [Diagnostic]) {
        switch node.kind {
        case .codeBlock, .code, .htmlBlock, .htmlInline, .rawHTML:
            return
        case .paragraph, .heading, .tableCell:
            var text = BlockText(node: node)
            for child in node.children {
                visit(child, block: node.position, blockText: &text, source: source, into: &found)
            }
        case .text(let literal):
            for segment in segments(literal) {
                for figure in FigureScanner.scan(segment.text) {
                    if let diagnostic = judge(figure, offset: segment.offset, blockText: blockText.text(),
                                              declared: source.declaredRules ?? [], at: node.position ?? block, source: source) {
                        found.append(diagnostic)
                    }
                }
            }
        default:
            for child in node.children { visit(child, block: node.position ?? block, blockText: &blockText, source: source, into: &found) }
        }
    }

    /// The text between references, with its offset: what is inside `{{ … }}` is not prose.
    private func segments(_ literal: String) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = []
        var offset = 0
        for segment in ReferenceParser.parse(literal) {
            switch segment {
            case .text(let text):
                result.append((text, offset))
                offset += text.count
            case .reference(let reference):
                offset = reference.offset + reference.length
            case .invalid:
                return result
            }
        }
        return result
    }

    private func judge(_ figure: Figure, offset: Int, blockText: String, declared: Set<String>,
                       at position: SourcePosition?, source: PageSource) -> Diagnostic? {
        let point = source.point(of: figure.text, near: position, offset: offset + figure.offset)
        let onTopic = Set(Self.topics.filter { _, words in words.contains { blockText.contains($0) } }.keys)
        switch figure.kind {
        case .phone(let digits):
            guard let phoneDigits else { return nil }
            if digits == phoneDigits {
                return .error(.hardCodedFigure, source.file, point, "'\(figure.text)' types the customer-service number",
                              fix: "write '{{ contact.phone.number }}'", rule: "contact.phone.number")
            }
            return nil
        case .clockTime(let hour, let minute):
            guard let hours, onTopic.contains("contact.phone.hours") || declared.contains("contact.phone.hours") else { return nil }
            let owned = [hours.opens, hours.closes].contains { $0.hour == hour && $0.minute == minute }
            guard owned else {
                guard onTopic.contains("contact.phone.hours") else { return nil }
                return .error(.contradiction, source.file, point,
                              "'\(figure.text)' contradicts the phone hours: \(hours.french)",
                              fix: "write '{{ contact.phone.hours }}'", rule: "contact.phone.hours")
            }
            return .error(.hardCodedFigure, source.file, point, "'\(figure.text)' types the phone line's hours",
                          fix: "write '{{ contact.phone.hours }}'", rule: "contact.phone.hours")
        case .days(let count, let business):
            return judgeDuration(figure, amount: count, inHours: false, business: business, onTopic: onTopic,
                                 declared: declared, point: point, source: source)
        case .hours(let count):
            return judgeDuration(figure, amount: count, inHours: true, business: false, onTopic: onTopic,
                                 declared: declared, point: point, source: source)
        }
    }

    /// Equal to a rule on topic (or declared by the article): typed by hand. Different from every rule on
    /// topic with the same kind of unit: a contradiction.
    private func judgeDuration(_ figure: Figure, amount: Int, inHours: Bool, business: Bool, onTopic: Set<String>,
                               declared: Set<String>, point: SourcePoint, source: PageSource) -> Diagnostic? {
        func hoursOf(_ o: Owned) -> Int { o.inHours ? o.amount : o.amount * 24 }
        let typedHours = inHours ? amount : amount * 24
        let relevant = owned.filter { onTopic.contains($0.rule) || declared.contains($0.rule) }
        if let match = relevant.first(where: { hoursOf($0) == typedHours && (!business || $0.business || $0.inHours) })
            ?? relevant.first(where: { hoursOf($0) == typedHours }) {
            return .error(.hardCodedFigure, source.file, point, "'\(figure.text)' types the figure of rule '\(match.rule)'",
                          fix: "write '{{ \(match.rule).value }}' (« \(match.wording) »)", rule: match.rule)
        }
        let sameKind = owned.filter { onTopic.contains($0.rule) && $0.inHours == inHours }
        guard let rule = sameKind.first else { return nil }
        return .error(.contradiction, source.file, point,
                      "'\(figure.text)' contradicts rule '\(rule.rule)', which says « \(rule.wording) »",
                      fix: "write '{{ \(rule.rule).value }}' instead of typing a figure", rule: rule.rule)
    }
}
