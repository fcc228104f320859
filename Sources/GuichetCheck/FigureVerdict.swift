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

    package func diagnostic(figure: Figure, file: String, at point: SourcePoint) -> Diagnostic {
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
        let fix = "write '\(reference)' (« \(wording) »); if this figure is not the rule's, say so on the line before: "
            + "<!-- guichet-disable-next-line \(code.rawValue) -- why -->"
        return Diagnostic(certain ? .error : .warning, code, file: file, line: point.line, column: point.column,
                          message: message, fix: fix, rule: rule)
    }
}
