import Foundation
import GuichetMCP
import GuichetRender
import GuichetSearch
import GuichetSite
import HelpCentreRules
import MCP
import Testing

/// Each tool of `guichet mcp`, through the protocol, against what the site and the rules module hold: the
/// build's own Markdown twins and search, the book's rules and the articles that use them.
@Suite struct HelpCentreServerTests {
    @Test func listsFiveReadOnlyToolsWithSchemas() async throws {
        let client = try await MCPFixture.client()
        let tools = try await client.listTools().tools
        #expect(tools.map(\.name) == ["search_articles", "read_article", "list_rules", "explain_rule", "compute_deadline"])
        // French first, then a sentence in English.
        let openings = ["Cherche les articles", "Le texte d’un article", "Les règles en vigueur", "Une règle :", "Calcule une date limite"]
        for (tool, opening) in zip(tools, openings) {
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name)")
            #expect(tool.annotations.readOnlyHint == true, "\(tool.name)")
            #expect(tool.description?.hasPrefix(opening) == true, "\(tool.name): \(tool.description ?? "")")
        }
        let compute = try #require(tools.last)
        let functions = compute.inputSchema.objectValue?["properties"]?.objectValue?["function"]?.objectValue?["enum"]?.arrayValue
        #expect(functions?.compactMap(\.stringValue) == MCPFixture.book.functions.map(\.id))
    }

    @Test func searchArticlesIsTheSitesSearch() async throws {
        let client = try await MCPFixture.client()
        let search = try SiteSearch(output: MCPFixture.site.output)
        for query in ["délai de rétractation", "remboursement", "appeler le service client", "colis perdu"] {
            let result = try await MCPFixture.call(client, "search_articles", ["query": .string(query)])
            let urls = result.structuredContent?.objectValue?["results"]?.arrayValue?.compactMap { $0.objectValue?["url"]?.stringValue }
            let expected = try #require(search.search(query)).results.map { MCPFixture.site.baseURL + $0.url.dropFirst() }
            #expect(!expected.isEmpty && urls == expected, "« \(query) »")
        }
        let limited = try await MCPFixture.call(client, "search_articles", ["query": "commande", "limit": 2])
        #expect(limited.structuredContent?.objectValue?["results"]?.arrayValue?.count == 2)
        let none = try await MCPFixture.call(client, "search_articles", ["query": "zzqxw"])
        #expect(MCPFixture.text(none).hasPrefix("Aucun résultat pour «\u{00A0}zzqxw\u{00A0}»."))
    }

    @Test func readArticleIsTheMarkdownTwin() async throws {
        let client = try await MCPFixture.client()
        let twin = try String(contentsOfFile: MCPFixture.site.output + "/annulation-retractation/delai-de-retractation/index.md", encoding: .utf8)
        for reference in ["delai-de-retractation", "annulation-retractation/delai-de-retractation",
                          "/annulation-retractation/delai-de-retractation/", MCPFixture.site.baseURL + "annulation-retractation/delai-de-retractation/index.md"] {
            let result = try await MCPFixture.call(client, "read_article", ["article": .string(reference)])
            #expect(MCPFixture.text(result) == twin, "\(reference)")
        }
    }

    @Test func listAndExplainRulesAreTheBooks() async throws {
        let client = try await MCPFixture.client()
        let list = try await MCPFixture.call(client, "list_rules", [:])
        let ids = list.structuredContent?.objectValue?["rules"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue }
        #expect(ids == MCPFixture.book.rules(on: MCPFixture.asOf).map(\.id))
        let explained = try await MCPFixture.call(client, "explain_rule", ["id": "withdrawal.period"])
        let data = try #require(explained.structuredContent?.objectValue)
        #expect(data["rule"]?.objectValue?["wording"]?.objectValue?["text"]?.stringValue
                == MCPFixture.book.rules(on: MCPFixture.asOf).first { $0.id == "withdrawal.period" }?.wording.text)
        let articles = data["articles"]?.arrayValue?.compactMap { $0.objectValue?["url"]?.stringValue } ?? []
        let using = MCPFixture.site.articles.filter { $0.usedRules["withdrawal.period"] != nil }.map { MCPFixture.site.baseURL + $0.path }
        #expect(!using.isEmpty && articles == using)
        #expect(data["functions"]?.arrayValue?.compactMap(\.stringValue).contains("withdrawal.period.deadline") == true)
        // The rule that changes on 19 June 2026: both versions, the one in force said.
        let function = try await MCPFixture.call(client, "explain_rule", ["id": "withdrawal.function"])
        #expect(function.structuredContent?.objectValue?["versions"]?.arrayValue?.count == 2)
        #expect(MCPFixture.text(function).contains("depuis le vendredi 19\u{00A0}juin 2026"), "\(MCPFixture.text(function))")
    }

    /// A refusal is an answer, with the rule's French reason.
    @Test func aRuleThatRefusesAnswersNo() async throws {
        let client = try await MCPFixture.client()
        let result = try await MCPFixture.call(client, "compute_deadline", [
            "function": "claims.waiting_period.can_open", "arguments": ["validated": "2026-06-12T10:00", "at": "2026-06-13T10:00"]])
        let data = try #require(result.structuredContent?.objectValue)
        #expect(data["value"] == false)
        let direct = try MCPFixture.book.evaluate("claims.waiting_period.can_open", ["validated": "2026-06-12T10:00", "at": "2026-06-13T10:00"],
                                                  asOf: MCPFixture.asOf)
        #expect(data["refusal"]?.stringValue == direct.text)
        #expect(MCPFixture.text(result).hasPrefix("Non\u{00A0}: " + direct.text))
    }

    /// Bad calls are MCP errors (invalid params) that name the argument; the server answers the next call.
    @Test func badArgumentsAreErrorsNamingTheArgument() async throws {
        let client = try await MCPFixture.client()
        let cases: [(String, [String: Value], String)] = [
            ("search_articles", [:], "Invalid params: argument 'query': argument obligatoire manquant"),
            ("search_articles", ["query": 3], "Invalid params: argument 'query': une chaîne de caractères est attendue"),
            ("search_articles", ["query": "colis", "limit": 11], "Invalid params: argument 'limit': doit être entre 1 et 10 (reçu 11)"),
            ("search_articles", ["query": "colis", "quey": "x"], "Invalid params: argument 'quey': argument inconnu ; cet outil prend : query, limit"),
            ("read_article", ["article": "delai-de-retraction"],
             "Invalid params: argument 'article': aucun article publié n’a pour adresse ou nom « delai-de-retraction » ; vouliez-vous dire « delai-de-retractation » ?"),
            ("explain_rule", ["id": "withdrawal.periode"],
             "Invalid params: argument 'id': règle inconnue « withdrawal.periode » ; vouliez-vous dire « withdrawal.period » ?"),
            ("compute_deadline", ["function": "withdrawal.period.deadline", "arguments": ["received": "7 juin"]],
             "Invalid params: argument 'arguments.received': invalid value '7 juin' for argument 'received' of 'withdrawal.period.deadline': expected a date such as 2026-06-01"),
            ("compute_deadline", ["function": "withdrawal.period.deadline", "arguments": [:]],
             "Invalid params: argument 'arguments.received': missing argument 'received' for 'withdrawal.period.deadline'"),
            ("compute_deadline", ["function": "withdrawal.deadline", "arguments": [:]],
             "Invalid params: argument 'function': unknown function 'withdrawal.deadline' (did you mean 'withdrawal.eligible'?)"),
            ("compute_deadline", ["function": "withdrawal.period.deadline", "arguments": ["received": ["x"]]],
             "Invalid params: argument 'arguments.received': une chaîne est attendue (une date 2026-06-01, un instant 2026-06-01T10:00…)"),
            ("no_such_tool", [:], "Invalid params: argument 'name': outil inconnu « no_such_tool » ; les outils : search_articles, read_article, list_rules, explain_rule, compute_deadline"),
        ]
        for (tool, arguments, message) in cases {
            let error = await MCPFixture.error(client, tool, arguments)
            // French typography, as everywhere the help centre speaks: no-break spaces before « ; » « ? » « : ».
            #expect(error == FrenchTypography.apply(message), "\(tool) \(arguments)")
        }
        #expect(try await MCPFixture.call(client, "list_rules", [:]).structuredContent != nil)
    }

    @Test func everyArticleIsAResource() async throws {
        let client = try await MCPFixture.client()
        let resources = try await client.listResources().resources
        #expect(resources.count == MCPFixture.site.articles.count + 1)
        let first = try #require(resources.first)
        let contents = try await client.readResource(uri: first.uri)
        let path = String(first.uri.dropFirst(MCPFixture.site.baseURL.count))
        #expect(contents.first?.text == (try String(contentsOfFile: MCPFixture.site.output + "/" + path, encoding: .utf8)))
        #expect(contents.first?.mimeType == "text/markdown")
        let missing = await { () async -> String? in
            do { _ = try await client.readResource(uri: "https://ailleurs.fr/x.md"); return nil } catch { return "\(error)" }
        }()
        #expect(missing?.contains("argument 'uri': no resource 'https://ailleurs.fr/x.md'") == true)
    }
}
