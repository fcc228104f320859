import Foundation
import GuichetSite
import HelpCentreRules
import MCP

/// `guichet mcp`: the help centre as a Model Context Protocol server, read-only. Five tools
/// (`HelpCentreTools`) and one resource per article (its Markdown twin), plus llms.txt.
///
/// Errors: a call the tools refuse (a bad argument, an unknown article or rule) is an MCP error, invalid
/// params, whose message names the argument; a rule that answers « non » (a claim opened too early) is an
/// answer, with its French reason.
public enum HelpCentreServer {
    public static let name = "guichet"

    /// A server for `site`, its handlers registered, not yet started.
    public static func make(site: HelpCentreSite, version: String) async -> Server {
        let tools = HelpCentreTools(site: site)
        let server = Server(
            name: name, version: version, title: "Centre d’aide",
            instructions: """
                Centre d’aide en français. Cherchez avec search_articles, lisez un article avec read_article (en Markdown). \
                Pour un délai, une date ou une question « est-ce encore possible ? », appelez compute_deadline : la réponse \
                vient du module de règles qui applique ces délais (jours fériés et changements de règle compris), jamais \
                d’un calcul à partir du texte. list_rules et explain_rule donnent chaque règle, sa source et ses articles.
                """,
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: catalogue(site)) }
        await server.withMethodHandler(CallTool.self) { params in
            do throws(ToolFailure) {
                let answer = try call(tools, params.name, params.arguments ?? [:])
                return .init(content: [.text(text: answer.text, annotations: nil, _meta: nil)], structuredContent: Optional.some(answer.data), isError: false)
            } catch {
                throw MCPError.invalidParams(error.description)
            }
        }
        await server.withMethodHandler(ListResources.self) { _ in .init(resources: resources(site)) }
        await server.withMethodHandler(ReadResource.self) { params in
            guard let path = resourcePath(site, params.uri), let text = site.text(at: path) else {
                throw MCPError.invalidParams("argument 'uri': no resource '\(params.uri)'; resources/list gives them")
            }
            return .init(contents: [.text(text, uri: params.uri, mimeType: path.hasSuffix(".txt") ? "text/plain" : "text/markdown")])
        }
        return server
    }

    /// Serves `site` on standard input and output until the client closes them. An assistant may end the
    /// server with a signal instead: the built site is removed then too.
    public static func serve(site: HelpCentreSite, version: String) async throws {
        let signals = [SIGTERM, SIGINT, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                site.remove()
                exit(128 + number)
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        let server = await make(site: site, version: version)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    // MARK: - Tools

    static func call(_ tools: HelpCentreTools, _ name: String, _ arguments: [String: Value]) throws(ToolFailure) -> HelpCentreTools.Answer {
        let reader = ArgumentReader(arguments)
        switch name {
        case "search_articles":
            try reader.only(["query", "limit"])
            return try tools.searchArticles(query: reader.string("query"), limit: reader.integer("limit") ?? 10)
        case "read_article":
            try reader.only(["article"])
            return try tools.readArticle(reader.string("article"))
        case "list_rules":
            try reader.only([])
            return tools.listRules()
        case "explain_rule":
            try reader.only(["id"])
            return try tools.explainRule(reader.string("id"))
        case "compute_deadline":
            try reader.only(["function", "arguments"])
            return try tools.computeDeadline(function: reader.string("function"), arguments: reader.strings("arguments"))
        default:
            throw ToolFailure("name", "outil inconnu « \(name) » ; les outils : search_articles, read_article, list_rules, explain_rule, compute_deadline")
        }
    }

    /// The tools, each with its JSON Schema; descriptions in French first, as the site is.
    static func catalogue(_ site: HelpCentreSite) -> [Tool] {
        let readOnly = Tool.Annotations(readOnlyHint: true, openWorldHint: false)
        let functions = site.book.functions
        let functionList = functions.map { "\($0.signature) : \($0.summary)" }.joined(separator: " ; ")
        return [
            Tool(name: "search_articles", title: "Chercher dans le centre d’aide",
                 description: "Cherche les articles du centre d’aide avec le classement de la recherche du site (mêmes résultats que la boîte de recherche) : titres, adresses et extraits. Search the help centre's articles with the site's own ranking.",
                 inputSchema: schema(["query": ["type": "string", "description": "Les mots cherchés, tels qu’un client les taperait (« délai rétractation »)."],
                                      "limit": ["type": "integer", "minimum": 1, "maximum": 10, "description": "Nombre de résultats, 10 au plus (10 par défaut)."]],
                                     required: ["query"]),
                 annotations: readOnly),
            Tool(name: "read_article", title: "Lire un article",
                 description: "Le texte d’un article en Markdown, chaque délai écrit en toutes lettres, avec les règles appliquées et leurs sources. Read an article as Markdown.",
                 inputSchema: schema(["article": ["type": "string", "description": "Le nom de l’article (delais-de-livraison), son chemin (livraison/delais-de-livraison) ou son adresse."]],
                                     required: ["article"]),
                 annotations: readOnly),
            Tool(name: "list_rules", title: "Lister les règles",
                 description: "Les règles en vigueur (délais, horaires, conditions) : identifiant, formulation française et source. List the rules in force.",
                 inputSchema: schema([:], required: []), annotations: readOnly),
            Tool(name: "explain_rule", title: "Expliquer une règle",
                 description: "Une règle : sa valeur, sa formulation, sa source, la version en vigueur et les autres, les calculs qui l’appliquent et les articles qui l’expliquent. Explain one rule.",
                 inputSchema: schema(["id": ["type": "string", "enum": .array(site.book.ruleIDs.map(Value.string)),
                                             "description": "L’identifiant de la règle (withdrawal.period), tel que list_rules le donne."]],
                                     required: ["id"]),
                 annotations: readOnly),
            Tool(name: "compute_deadline", title: "Calculer un délai",
                 description: "Calcule une date limite ou répond à « est-ce encore possible ? » avec le code qui applique la règle (jours fériés, week-ends et changements de règle compris) ; la réponse en français, la date ISO et la source. Compute a deadline with the rules module. Fonctions : " + functionList,
                 inputSchema: schema(["function": ["type": "string", "enum": .array(functions.map { .string($0.id) }),
                                                   "description": "Le calcul, par exemple withdrawal.period.deadline (dernier jour pour se rétracter)."],
                                      "arguments": ["type": "object", "additionalProperties": ["type": "string"],
                                                    "description": "Ses arguments, par nom : des dates 2026-06-01, des instants 2026-06-01T10:00 (heure de Paris) ou 2026-06-01T08:00:00Z, par exemple {\"received\": \"2026-06-07\"}."]],
                                     required: ["function", "arguments"]),
                 annotations: readOnly),
        ]
    }

    private static func schema(_ properties: [String: Value], required: [String]) -> Value {
        ["type": "object", "properties": .object(properties), "required": .array(required.map(Value.string)),
         "additionalProperties": false]
    }

    // MARK: - Resources

    /// Each article's Markdown twin, under its absolute URL, then llms.txt.
    static func resources(_ site: HelpCentreSite) -> [Resource] {
        site.articles.map { article in
            Resource(name: article.path.split(separator: "/").joined(separator: "/"), uri: site.absolute(article.path + "index.md"),
                     title: article.title, mimeType: "text/markdown")
        } + [Resource(name: "llms.txt", uri: site.absolute("llms.txt"), title: "Le plan du centre d’aide pour les assistants",
                      mimeType: "text/plain")]
    }

    /// The built file a resource's URI names, if it is one of `resources`.
    static func resourcePath(_ site: HelpCentreSite, _ uri: String) -> String? {
        guard uri.hasPrefix(site.baseURL) else { return nil }
        let path = String(uri.dropFirst(site.baseURL.count))
        if path == "llms.txt" { return path }
        return site.articles.contains { $0.path + "index.md" == path } ? path : nil
    }
}
