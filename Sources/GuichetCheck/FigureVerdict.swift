import GuichetContent

/// What the figure check concludes about one figure: which rule, typed or contradicted, how sure, and why
/// (the words that made it think of the rule), ready to become a diagnostic that offers both fixes.
package struct FigureVerdict {
    package enum Kind { case typed, contradicts }

    package let kind: Kind
    package let rule: String
    package let certain: Bool
    /// « the sentence mentions “renvoyer” », « the article lists it in rules: ».
    package let because: String
    /// What the rule says: « 14 jours ».
    package let wording: String
    /// What to write instead: `{{ withdrawal.period.value }}`.
    package let reference: String
    /// For the phone rules, how to name the figure in the message: « the customer-service number ».
    package var figureName: String?

    package var code: DiagnosticCode { kind == .typed ? .hardCodedFigure : .contradiction }

    /// `declared` are the rules the article's `rules:` lists: a reference to another one would be the next
    /// error (`undeclared-rule`), so the fix names both edits.
    package func diagnostic(figure: Figure, file: String, at point: SourcePoint, declared: Set<String>) -> Diagnostic {
        let message: String
        switch kind {
        case .typed:
            let what = figureName ?? "the figure of rule '\(rule)'"
            message = certain ? "'\(figure.text)' types \(what): \(because)"
                : "'\(figure.text)' may type \(what): \(because)"
        case .contradicts:
            message = certain ? "'\(figure.text)' contradicts rule '\(rule)', which says « \(wording) »: \(because)"
                : "'\(figure.text)' may contradict rule '\(rule)', which says « \(wording) »: \(because)"
        }
        let declare = declared.contains(rule) ? "" : " and add '\(rule)' to 'rules:' in the front-matter"
        let fix = "write '\(reference)' (« \(wording) »)\(declare); if this figure is not the rule's, say so on the line before: "
            + "<!-- guichet-disable-next-line \(code.rawValue) -- why -->"
        // A figure certainly typed by hand is the rule's own value: its reference is the one right answer.
        let edit = kind == .typed && certain
            ? CertainEdit(replace: figure.text, with: reference, addRule: declared.contains(rule) ? nil : rule) : nil
        return Diagnostic(certain ? .error : .warning, code, file: file, line: point.line, column: point.column,
                          message: message, fix: fix, rule: rule).with(edit)
    }
}
