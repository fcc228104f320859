import Foundation
import GuichetRender
import GuichetSite
import HelpCentreRules
import MCP

/// What each tool of `guichet mcp` answers, apart from the protocol (`HelpCentreServer` wires them): a
/// French text for the assistant to read and the same facts as data. A bad argument is a `ToolFailure`
/// naming it; nothing here reaches for another source than the built site and the rules module.
public struct HelpCentreTools: Sendable {
    public let site: HelpCentreSite

    public init(site: HelpCentreSite) { self.site = site }

    /// One tool's answer: `text` in French typography, as the site shows it (the data keeps values as they are).
    public struct Answer: Sendable {
        public let text: String
        public let data: Value

        init(text: String, data: Value) {
            (self.text, self.data) = (FrenchTypography.apply(text), data)
        }

        /// A Markdown twin, as the build wrote it: its prose is typeset already, and its code must stay as written.
        init(markdown: String, data: Value) {
            (text, self.data) = (markdown, data)
        }
    }

    // MARK: - search_articles

    /// The site's own search (`SiteSearch`, site.js's ranking over the site's index): at most `limit` results.
    public func searchArticles(query: String, limit: Int = 10) throws(ToolFailure) -> Answer {
        guard !query.allSatisfy(\.isWhitespace) else { throw ToolFailure("query", "la recherche est vide : écrivez quelques mots") }
        guard (1...10).contains(limit) else { throw ToolFailure("limit", "doit être entre 1 et 10 (reçu \(limit))") }
        guard let answer = site.search.search(query) else {
            return Answer(text: "Aucun mot à chercher dans « \(query) » : des mots d’au moins deux lettres, autres que les mots vides.",
                          data: ["query": .string(query), "results": []])
        }
        let results = answer.results.prefix(limit)
        var text = results.isEmpty ? "Aucun résultat pour « \(query) »." : "Résultats pour « \(query) » :\n"
        if results.isEmpty, let suggestion = answer.suggestion { text += " Vouliez-vous dire « \(suggestion) » ?" }
        var items: [Value] = []
        for (index, result) in results.enumerated() {
            let url = site.absolute(rootRelative: result.url)
            let markdown = site.absolute(rootRelative: result.url) + "index.md"
            text += "\n\(index + 1). \(result.title) (\(result.category))\n   \(url)\n   \(result.snippet)\n"
            items.append(["title": .string(result.title), "url": .string(url), "markdown_url": .string(markdown),
                          "category": .string(result.category), "snippet": .string(result.snippet)])
        }
        var data: [String: Value] = ["query": .string(query), "results": .array(items)]
        if let suggestion = answer.suggestion { data["suggestion"] = .string(suggestion) }
        return Answer(text: text, data: .object(data))
    }

    // MARK: - read_article

    /// An article's Markdown twin, by its slug (`delais-de-livraison`), its path (`livraison/delais-de-livraison`)
    /// or its URL (absolute or root-relative, with or without `index.html` / `index.md`).
    public func readArticle(_ reference: String) throws(ToolFailure) -> Answer {
        let article = try self.article(reference)
        guard let markdown = site.text(at: article.path + "index.md") else {
            throw ToolFailure("article", "la version Markdown de « \(article.path) » manque au site construit")
        }
        return Answer(markdown: markdown, data: ["title": .string(article.title), "url": .string(site.absolute(article.path)),
                                             "markdown_url": .string(site.absolute(article.path + "index.md")),
                                             "markdown": .string(markdown)])
    }

    func article(_ reference: String) throws(ToolFailure) -> SiteBuilder.ArticleSummary {
        var path = reference.trimmingCharacters(in: .whitespaces)
        for prefix in [site.baseURL, site.root] where !prefix.isEmpty && path.hasPrefix(prefix) {
            path = String(path.dropFirst(prefix.count))
            break
        }
        if let hash = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<hash]) }
        for suffix in ["index.html", "index.md", ".md"] where path.hasSuffix(suffix) { path = String(path.dropLast(suffix.count)) }
        while path.hasPrefix("/") { path.removeFirst() }
        if !path.isEmpty && !path.hasSuffix("/") { path += "/" }
        if let exact = site.articles.first(where: { $0.path == path }) { return exact }
        let slug = path.split(separator: "/").last.map(String.init) ?? ""
        let bySlug = site.articles.filter { $0.path.split(separator: "/").last.map(String.init) == slug }
        if bySlug.count == 1 { return bySlug[0] }
        if bySlug.count > 1 {
            throw ToolFailure("article", "« \(reference) » désigne plusieurs articles : "
                              + bySlug.map { $0.path.dropLast() }.joined(separator: ", ") + " ; donnez la rubrique")
        }
        let suggestion = Suggestion.closest(to: slug, in: site.articles.compactMap { $0.path.split(separator: "/").last.map(String.init) })
        throw ToolFailure("article", "aucun article publié n’a pour adresse ou nom « \(reference) »"
                          + (suggestion.map { " ; vouliez-vous dire « \($0) » ?" } ?? " ; search_articles trouve les articles"))
    }

    // MARK: - list_rules, explain_rule

    /// Every rule in force on the site's date: id, title, French wording, source.
    public func listRules() -> Answer {
        let rules = site.book.rules(on: site.asOf)
        var text = "Règles en vigueur au \(FrenchFormat.date(site.asOf)) (\(rules.count)) :\n"
        var items: [Value] = []
        for rule in rules {
            text += "\n- \(rule.id) — \(rule.title) : \(rule.wording.text) (\(rule.source.french))"
            items.append(["id": .string(rule.id), "title": .string(rule.title), "wording": .string(rule.wording.text),
                          "source": .string(rule.source.french), "source_url": rule.source.url.map(Value.string) ?? .null,
                          "valid_from": .string(rule.validFrom.iso)])
        }
        return Answer(text: text + "\n", data: ["as_of": .string(site.asOf.iso), "rules": .array(items)])
    }

    /// One rule: its value, wording, source and version in force, its other versions, the functions that
    /// compute with it and the published articles that use it.
    public func explainRule(_ id: String) throws(ToolFailure) -> Answer {
        guard let entry = site.book.entry(id) else {
            let suggestion = Suggestion.closest(to: id, in: site.book.ruleIDs)
            throw ToolFailure("id", "règle inconnue « \(id) »" + (suggestion.map { " ; vouliez-vous dire « \($0) » ?" } ?? " ; list_rules les donne toutes"))
        }
        guard let rule = entry.inForce(on: site.asOf) else {
            throw ToolFailure("id", "la règle « \(id) » n’a pas de version en vigueur au \(FrenchFormat.date(site.asOf))")
        }
        let articles = site.articles.filter { $0.usedRules[id] != nil }
        let functions = site.book.functions.filter { $0.rules.contains(id) }
        var text = "\(rule.title) (\(rule.id))\n\n\(rule.wording.text)\n"
        for item in rule.wording.items { text += "- \(item)\n" }
        text += "\nSource : \(rule.source.french)" + (rule.source.url.map { " — \($0)" } ?? "") + "\n"
        text += "Version en vigueur au \(FrenchFormat.date(site.asOf)) : depuis le \(FrenchFormat.date(rule.validFrom))"
            + (rule.validUntil.map { ", jusqu’au \(FrenchFormat.date($0))" } ?? "") + ".\n"
        let others = entry.versions.filter { $0.validFrom != rule.validFrom }
        if !others.isEmpty {
            text += "Autres versions :\n" + others.map { "- à partir du \(FrenchFormat.date($0.validFrom)) : \($0.wording.text)\n" }.joined()
        }
        if !functions.isEmpty {
            text += "Calculs (compute_deadline) : " + functions.map(\.signature).joined(separator: " ; ") + "\n"
        }
        text += articles.isEmpty ? "Aucun article publié ne l’explique.\n"
            : "Expliquée dans :\n" + articles.map { "- \($0.title) — \(site.absolute($0.path))\n" }.joined()
        let data: Value = [
            "rule": (try? Self.value(rule)) ?? .null,
            "versions": .array(entry.versions.map { (try? Self.value($0)) ?? .null }),
            "functions": .array(functions.map { .string($0.id) }),
            "articles": .array(articles.map { ["title": .string($0.title), "url": .string(site.absolute($0.path))] }),
        ]
        return Answer(text: text, data: data)
    }

    // MARK: - compute_deadline

    /// A function of the rules module's catalogue, called exactly as `guichet rules eval` calls it
    /// (`RuleBook.evaluate`), with the site's date for the calls that have no event date of their own.
    public func computeDeadline(function: String, arguments: [String: String]) throws(ToolFailure) -> Answer {
        let evaluation: Evaluation
        do {
            evaluation = try site.book.evaluate(function, arguments, asOf: site.asOf)
        } catch {
            throw ToolFailure(Self.argument(of: error), error.description)
        }
        let catalogue = site.book.functions.first { $0.id == function }
        // The versions that applied: those in force on the event's date, as the function itself reads them.
        let eventDate = catalogue.flatMap { Self.eventDate($0, arguments, clock: site.book.calendar.clock) } ?? site.asOf
        let rules = (catalogue?.rules ?? []).compactMap { try? site.book.rule($0, on: eventDate) }
        var text = evaluation.text
        if case .boolean(let allowed) = evaluation.value { text = (allowed ? "Oui : " : "Non : ") + text }
        for rule in rules {
            text += "\nRègle appliquée : \(rule.title) (\(rule.id)), version du \(FrenchFormat.date(rule.validFrom)) — \(rule.wording.text)"
                + " Source : \(rule.source.french)" + (rule.source.url.map { " — \($0)" } ?? "")
        }
        var data: [String: Value] = ["function": .string(evaluation.function), "text": .string(evaluation.text),
                                     "arguments": .object(arguments.mapValues(Value.string))]
        switch evaluation.value {
        case .instant(_, let iso): data["value"] = .string(iso)
        case .boolean(let allowed):
            data["value"] = .bool(allowed)
            if !allowed { data["refusal"] = .string(evaluation.text) }
        case .date(let day): data["value"] = .string(day.iso)
        case .dates(let days): data["value"] = .array(days.map { .string($0.iso) })
        }
        data["rules"] = .array(rules.map { rule in
            ["id": .string(rule.id), "title": .string(rule.title), "valid_from": .string(rule.validFrom.iso),
             "wording": .string(rule.wording.text), "source": .string(rule.source.french),
             "source_url": rule.source.url.map(Value.string) ?? .null]
        })
        return Answer(text: text, data: .object(data))
    }

    /// The argument a rules error is about, for the MCP error's message (`function` when it is the function).
    static func argument(of error: RulesError) -> String {
        switch error.reason {
        case .missingArgument(_, let name), .unknownArgument(_, let name, _), .invalidArgument(_, let name, _, _): "arguments.\(name)"
        case .unknownFunction: "function"
        case .unknownRule, .noValueInForce, .timeZoneUnavailable: "function"
        }
    }

    /// The date of the first dated argument: the event whose date picks the version in force.
    static func eventDate(_ function: RuleFunction, _ arguments: [String: String], clock: ParisClock) -> LocalDate? {
        for parameter in function.parameters {
            switch parameter.kind {
            case .day, .instant, .dayOrInstant:
                // Read as the function reads it: an instant's date is its date in Paris.
                if let raw = arguments[parameter.name], let input = TimeInput.parse(raw) { return input.localDate(clock: clock) }
            default: continue
            }
        }
        return nil
    }

    static func value<T: Encodable>(_ encodable: T) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(encodable))
    }
}
