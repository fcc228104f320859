import Foundation
import GuichetTestSupport
import Testing

/// The commands an editor runs: `check` on the real content, `new`, and `schema`.
struct EditorCommandTests {
    @Test func realContentPassesCheckStrict() throws {
        let result = try run(["check", "--strict", "--as-of", "2026-11-28"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "Checked 22 articles as of 2026-11-28: 0 errors, 0 warnings\n")
    }

    @Test func checkFindsTypedFiguresWithTheirPositionAndExitsOne() throws {
        let folder = try temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let category = folder.appendingPathComponent("Content/retractation")
        try FileManager.default.createDirectory(at: category, withIntermediateDirectories: true)
        try "---\ntitle: Rétractation\ndescription: Tout sur la rétractation.\norder: 1\n---\nIntro.\n"
            .write(to: category.appendingPathComponent("_index.md"), atomically: true, encoding: .utf8)
        try """
            ---
            title: Délai
            description: Le délai pour changer d’avis.
            ---
            Après réception, vous avez 14 jours pour vous rétracter. Appelez le 09.70.75.64.60.

            Exemple : `14 jours` dans du code, la commande n° 123456789 et l’année 2026 ne sont pas des figures.
            """.write(to: category.appendingPathComponent("delai.md"), atomically: true, encoding: .utf8)
        try Publisher.settings("contact_form: https://exemple.fr/contact\n").write(to: folder.appendingPathComponent("guichet.yml"), atomically: true, encoding: .utf8)
        // The check reads the theme as the build does: a folder without one would fail for that too.
        let result = try run(["check", "--content", "Content", "--themes", CLI.packageRoot.appendingPathComponent("Themes").path,
                              "--as-of", "2026-11-28", "--format", "json"], in: folder)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["diagnostics"] as? [[String: Any]]).filter { ($0["severity"] as? String) == "error" }
        let summary = findings.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["code"]!) \($0["rule"]!)" }
        #expect(summary == [
            "Content/retractation/delai.md:5:28 hard-coded-figure withdrawal.period",
            "Content/retractation/delai.md:5:69 hard-coded-figure contact.phone.number",
        ])
    }

    @Test func newWritesADraftAndNeverOverwrites() throws {
        let folder = try temporaryFolder("new")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A site's folder: `new` refuses any other (SiteLocationTests).
        try Publisher.settings("contact_form: https://exemple.fr/contact\n").write(to: folder.appendingPathComponent("guichet.yml"), atomically: true, encoding: .utf8)
        let first = try run(["new", "livraison/colis-abime", "--title", "Mon colis est arrivé abîmé", "--as-of", "2026-11-28"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == """
            created Content/livraison/_index.md
            created Content/livraison/colis-abime.md, a draft: the preview (guichet serve --drafts) shows it, the site does not.
            Next: replace its skeleton sentences and description with your text, then set draft: false;
            `guichet check` names any skeleton sentence left, and `guichet build` refuses to publish one.

            """)
        let file = folder.appendingPathComponent("Content/livraison/colis-abime.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("---\ntitle: \"Mon colis est arrivé abîmé\"\n"))
        #expect(written.contains("reviewed: 2026-11-28\n") && written.contains("draft: true\n"))

        try "changed by the editor".write(to: file, atomically: true, encoding: .utf8)
        let second = try run(["new", "livraison/colis-abime"], in: folder)
        #expect(second.status == 1)
        #expect(second.stderr == "error: Content/livraison/colis-abime.md already exists; it was not changed\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "changed by the editor")

        let bad = try run(["new", "Livraison/Colis abîmé"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr == "error: 'Livraison' is not a valid URL segment; try 'livraison'\n")
    }

    @Test func schemaListsTheRuleIDs() throws {
        let result = try run(["schema"])
        #expect(result.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let rules = try #require((properties["rules"] as? [String: Any])?["items"] as? [String: Any])
        #expect((rules["enum"] as? [String])?.count == 14)
        #expect((rules["enum"] as? [String])?.contains("withdrawal.period") == true)
        #expect(schema["additionalProperties"] as? Bool == false)
    }
}
