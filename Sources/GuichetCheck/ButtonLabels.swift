import GuichetContent
import HelpCentreRules

/// The buttons a rule names, from its wording's `label` and `confirmation` phrases (`withdrawal.function`
/// from 19 June 2026: « Renoncer au contrat ici », then « Confirmer la rétractation », D221-5). An article
/// that tells customers to click a withdrawal button under another name sends them looking for a button that
/// is not there, and describes a function the law labels otherwise: the figure check reports it as it
/// reports a figure that contradicts a rule.
package struct ButtonLabels: Sendable {
    package let rule: String
    /// As the rule words them, guillemets included: « «\u{00A0}Renoncer au contrat ici\u{00A0}» ».
    package let shown: [String]
    /// Folded (lower case, no accents, words joined by one space), for comparison.
    package let folded: Set<String>

    /// The words, just before a quoted label, that make it a button: « cliquez sur « … » », « le bouton « … » ».
    package static let triggers: Set<String> = ["bouton", "boutons", "cliquez", "cliquer", "cliquant", "appuyez", "appuyer", "touchez"]
    /// Words of a label that make it a withdrawal button: « Se rétracter », « Renoncer à l’achat ».
    package static let subject = ["retract", "renonc"]

    /// The first rule in force whose wording names a `label`; nil when none does (before 19 June 2026).
    package init?(rules: [String: RuleSnapshot]) {
        guard let rule = rules.values.sorted(by: { $0.id < $1.id }).first(where: { $0.wording.part("label") != nil }) else { return nil }
        self.rule = rule.id
        shown = ["label", "confirmation"].compactMap { rule.wording.part($0) }
        folded = Set(shown.map(Self.fold))
    }

    /// « «\u{00A0}Se Rétracter\u{00A0}» » → `se retracter`.
    package static func fold(_ label: String) -> String {
        ProseWords(label).words.map(\.text).filter { $0.first?.isLetter == true || $0.first?.isNumber == true }.joined(separator: " ")
    }

    /// Each quoted label of `text` that follows a button word, names a withdrawal and is none of the rule's:
    /// its character offset and its text, guillemets included.
    package func misnamed(in text: String) -> [(offset: Int, label: String)] {
        // A byte search: « is C2 AB in UTF-8, which no other scalar's bytes contain. Foundation's `contains`
        // is a locale-aware search, and the scalars' was still half a percent of a build.
        guard ByteSearch.contains("«", in: text) else { return [] }
        // When every scalar is a character of its own, scalars are characters and their offsets the same:
        // breaking the whole text into characters was most of this check (4 % of a build's samples, perf).
        guard let scalars = text.ownCharacterScalars else { return misnamedByCharacters(in: text) }
        // Where each scalar starts in the text's UTF-8, and its end: a label and the words before it are copied
        // from there, not appended scalar by scalar.
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            starts.append(offset)
            offset += UTF8.width(scalar)
        }
        starts.append(offset)
        return misnamed(in: scalars, open: "«", close: "»") { text.utf8Slice(starts[$0.lowerBound]..<starts[$0.upperBound]) }
    }

    /// The same, read character by character: the definition the fast way is tested against.
    package func misnamedByCharacters(in text: String) -> [(offset: Int, label: String)] {
        let chars = Array(text)
        return misnamed(in: chars, open: "«", close: "»") { String(chars[$0]) }
    }

    private func misnamed<Element: Equatable>(in chars: [Element], open: Element, close: Element,
                                              string: (Range<Int>) -> String) -> [(offset: Int, label: String)] {
        var found: [(Int, String)] = []
        var index = 0
        while index < chars.count {
            guard chars[index] == open, let end = chars[index...].firstIndex(of: close) else { index += 1; continue }
            let before = ProseWords(string(max(0, index - 40)..<index)).words.suffix(3).map(\.text)
            // The label is folded only after a button word: most quotations follow none.
            if before.contains(where: Self.triggers.contains) {
                let label = string(index..<end + 1)
                let folded = Self.fold(label)
                if Self.subject.contains(where: { folded.contains($0) }), !self.folded.contains(folded) {
                    found.append((index, label))
                }
            }
            index = end + 1
        }
        return found
    }

    package func diagnostic(label: String, file: String, at point: SourcePoint) -> Diagnostic {
        let rules = FrenchFormat.list(shown)
        return Diagnostic(.error, .contradiction, file: file, line: point.line, column: point.column,
                          message: "'\(label)' names a withdrawal button that rule '\(rule)' labels \(rules)",
                          fix: "write the rule's label, \(shown.first ?? ""), or '{{ \(rule).label }}'; if this button is not the "
                              + "withdrawal function, say so on the line before: <!-- guichet-disable-next-line contradiction -- why -->",
                          rule: rule)
    }
}
