import Foundation
import Testing

/// `Output/regles.json` follows its documented schema (docs/regles-json.md) and says what
/// `guichet rules --json` says for the same date.
struct PublishedRulesTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func reglesJSONMatchesRulesJSONAndItsSchema() throws {
        let folder = try temporaryFolder("regles")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        // The repository's site is published nowhere: its base_url is localhost, which a build takes only when given.
        let build = try run(["build", "--output", output, "--as-of", "2026-11-28", "--quiet", "--base-url", "http://localhost:8080/"])
        #expect(build.status == 0, "\(build.stderr)")
        let published = try json(String(contentsOfFile: output + "/regles.json", encoding: .utf8))
        let listed = try json(try run(["rules", "--json", "--as-of", "2026-11-28"]).stdout)

        // Same document, but for the articles.
        #expect(published["schema_version"] as? Int == 1 && listed["schema_version"] as? Int == 1)
        #expect(published["as_of"] as? String == "2026-11-28" && listed["as_of"] as? String == "2026-11-28")
        let publishedRules = try #require(published["rules"] as? [[String: Any]])
        let listedRules = try #require(listed["rules"] as? [[String: Any]])
        #expect(publishedRules.count == 14 && listedRules.count == 14)
        for (site, cli) in zip(publishedRules, listedRules) {
            var withoutArticles = site
            withoutArticles.removeValue(forKey: "articles")
            #expect(NSDictionary(dictionary: withoutArticles).isEqual(to: cli), "\(site["id"] ?? "?") differs")
        }

        // The schema of docs/regles-json.md.
        let units: Set<String> = ["business_days", "calendar_days", "elapsed_hours", "wall_clock_days"]
        let date = try Regex(#"^\d{4}-\d{2}-\d{2}$"#)
        for rule in publishedRules {
            let id = try #require(rule["id"] as? String)
            #expect(Set(rule.keys) == ["id", "title", "value", "wording", "source", "valid_from", "valid_until", "articles"], "\(id)")
            #expect(!(try #require(rule["title"] as? String)).isEmpty)
            let value = try #require(rule["value"] as? [String: Any])
            switch value["kind"] as? String {
            case "quantity":
                #expect(value["count"] is Int && units.contains(value["unit"] as? String ?? ""), "\(id)")
            case "phone_number":
                #expect(value["e164"] as? String == "+33970756460")
            case "weekly_hours":
                #expect(value["days"] as? [String] == ["monday", "tuesday", "wednesday", "thursday", "friday"])
                #expect(value["opens"] as? String == "09:00" && value["closes"] as? String == "17:00")
                #expect(value["closed_on_public_holidays"] as? Bool == true)
            case "list":
                #expect((value["items"] as? [String])?.isEmpty == false, "\(id)")
            case "condition":
                #expect(value["text"] is String, "\(id)")
            default:
                Issue.record("\(id): unknown value kind \(value["kind"] ?? "nil")")
            }
            let wording = try #require(rule["wording"] as? [String: Any])
            #expect(wording["text"] is String && wording["parts"] is [String: String] && wording["items"] is [String])
            let source = try #require(rule["source"] as? [String: Any])
            #expect(["marketplace_policy", "law"].contains(source["kind"] as? String ?? ""))
            #expect(source["text"] is String)
            #expect((source["kind"] as? String == "law") == (source["url"] is String), "\(id): a law has a URL, a policy none")
            #expect((rule["valid_from"] as? String)?.wholeMatch(of: date) != nil)
            #expect(rule["valid_until"] is NSNull)
            let articles = try #require(rule["articles"] as? [[String: Any]])
            #expect(!articles.isEmpty, "\(id) is explained by no article")
            for article in articles { #expect(article["title"] is String && (article["url"] as? String)?.hasPrefix("/") == true) }
        }
        let html = try String(contentsOfFile: output + "/regles.html", encoding: .utf8)
        #expect(html.contains("<h1>Nos engagements et délais</h1>"))
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8).contains("href=\"/regles.html\">Nos engagements et délais</a>"))
    }
}
