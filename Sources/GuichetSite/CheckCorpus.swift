import GuichetCheck
import Foundation
import GuichetContent
import HelpCentreRules
import Yams

/// A labelled corpus of French sentences (Tests/CheckCorpus/*.yml) and what the figure check makes of it:
/// how far editors can trust `guichet check`. Each entry is filed in a category with the `rules:` an editor
/// would list, and labelled with the rule whose promise it types or contradicts, or `clean`.
///
/// Every entry becomes an article of one in-memory site, checked by the same steps as `guichet check`:
/// the figures are judged exactly as they would be in Content/.
public struct CheckCorpus: Sendable {
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let category: String
        public let rules: [String]
        /// A rule id, or nil for a clean entry.
        public let label: String?
        /// `hard-coded-figure` or `contradiction` for a drift.
        public let kind: DiagnosticCode?
        public let text: String
        /// The corpus file it comes from.
        public let file: String
    }

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let message: String
        public var description: String { "\(file): error: \(message)" }
    }

    /// Reads one corpus file: a YAML list of entries with `id`, `category`, `rules`, `label`, `kind` (drifts),
    /// `text` and an optional `note`. Pure over its text.
    public static func parse(_ yaml: String, file: String) throws(FormatError) -> [Entry] {
        let loaded: Any?
        do { loaded = try Yams.load(yaml: yaml) } catch { throw FormatError(file: file, message: "not valid YAML: \(error)") }
        guard let list = loaded as? [[String: Any]] else { throw FormatError(file: file, message: "expected a list of entries") }
        var seen = Set<String>()
        return try list.enumerated().map { (index, item) throws(FormatError) -> Entry in
            guard let id = item["id"] as? String, !id.isEmpty else {
                throw FormatError(file: file, message: "entry \(index + 1) has no 'id'")
            }
            guard seen.insert(id).inserted else { throw FormatError(file: file, message: "entry '\(id)' is given twice") }
            guard let category = item["category"] as? String, let text = item["text"] as? String,
                  let label = item["label"] as? String else {
                throw FormatError(file: file, message: "entry '\(id)' needs 'category', 'label' and 'text'")
            }
            let rules = (item["rules"] as? [Any] ?? []).compactMap { $0 as? String }
            var kind: DiagnosticCode?
            if label != "clean" {
                guard let written = item["kind"] as? String, let code = DiagnosticCode(rawValue: written),
                      [.hardCodedFigure, .contradiction].contains(code) else {
                    throw FormatError(file: file, message: "drift '\(id)' needs 'kind: hard-coded-figure' or 'kind: contradiction'")
                }
                kind = code
            }
            return Entry(id: id, category: category, rules: rules, label: label == "clean" ? nil : label,
                         kind: kind, text: text, file: file)
        }
    }

    /// One entry's findings: the figure findings of its article, by rule.
    public struct Outcome: Sendable {
        public let entry: Entry
        public let findings: [Diagnostic]
        /// False when the entry's text could not be read as an article (front-matter in the text, say):
        /// it is then counted as a miss, never silently left out.
        public var readable = true
        /// With `explain`: each figure, the signals the judge saw (`JudgeSignal`) and its verdict.
        public var evidence: [String] = []
    }

    /// Checks every entry as an article of one site, as of `asOf`; with `explain`, each outcome also holds the
    /// evidence behind each of its figures' verdicts.
    public func run(book: RuleBook, asOf: LocalDate, explain: Bool = false) -> [Outcome] {
        let categorySlugs = Set(entries.map(\.category)).sorted()
        var categories: [Category] = []
        for (order, slug) in categorySlugs.enumerated() {
            let text = "---\ntitle: \(slug)\ndescription: \"Catégorie \(slug).\"\norder: \(order + 1)\n---\n"
            if let category = DocumentParser.category(text, file: "\(slug)/_index.md", slug: slug).0 { categories.append(category) }
        }
        var articles: [Article] = []
        var files: [String: Entry] = [:]
        var unreadable: [Outcome] = []
        for (index, entry) in entries.enumerated() {
            let slug = "entree-\(index + 1)"
            let file = "\(entry.category)/\(slug).md"
            let rules = entry.rules.map { "\"\($0)\"" }.joined(separator: ", ")
            let text = "---\ntitle: \"Entrée \(index + 1)\"\ndescription: \"Une entrée du corpus.\"\nrules: [\(rules)]\n---\n\(entry.text)\n"
            if let article = DocumentParser.article(text, file: file, category: entry.category, slug: slug).0 {
                articles.append(article)
                files[file] = entry
            } else {
                unreadable.append(Outcome(entry: entry, findings: [], readable: false))
            }
        }
        var config = SiteConfig()
        config.contactForm = "https://example.fr/contact"
        let site = ContentSite(config: config, categories: categories, articles: articles, sources: [:])
        var options = BuildOptions(asOf: asOf, book: book)
        options.contentDirectory = "Corpus"
        var found: [String: [Diagnostic]] = [:]
        for diagnostic in SiteBuilder(options: options).check(site).diagnostics where diagnostic.isReported
            && [.hardCodedFigure, .contradiction].contains(diagnostic.code) {
            found[diagnostic.file, default: []].append(diagnostic)
        }
        let figures = explain ? FigureCheck(rules: Dictionary(uniqueKeysWithValues: book.rules(on: asOf).map { ($0.id, $0) })) : nil
        return articles.compactMap { article in
            files[article.file].map { entry in
                var outcome = Outcome(entry: entry, findings: found[article.file] ?? [])
                if let figures {
                    let trace = JudgeTrace()
                    _ = figures.check(article, document: article.document, trace: trace)
                    outcome.evidence = trace.lines
                }
                return outcome
            }
        } + unreadable
    }
}
