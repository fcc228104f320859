import Foundation
import GuichetTestSupport
import Testing

/// Promises of the command line made in docs/content.md and the README: `guichet corpus` exits 1 below its
/// goal and 64 for a corpus it cannot read; `check --quiet` still shows every overridden finding.
@Suite struct CorpusAndQuietTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try temporaryFolder("corpus")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func corpusExitsOneBelowTheGoalAndSixtyFourOnABadFile() throws {
        let folder = try Self.folder([
            "missed.yml": """
                - id: a
                  category: annulation-retractation
                  rules: []
                  label: withdrawal.period
                  kind: contradiction
                  text: "Vous avez 30 jours pour vous rétracter."
                - id: b
                  category: annulation-retractation
                  rules: []
                  label: withdrawal.period
                  kind: hard-coded-figure
                  text: "Un texte sans chiffre."

                """,
            "bad.yml": "- id: a\n  category: c\n  label: withdrawal.period\n  text: t\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let below = try run(["corpus", folder.appendingPathComponent("missed.yml").path, "--as-of", "2026-11-28"])
        #expect(below.status == 1)
        #expect(below.stdout.contains("precision 1.000  recall 0.500  (1 caught, 1 missed, 0 false alarms"))
        #expect(below.stdout.hasSuffix("below the goal of 0.95\n"))
        let met = try run(["corpus", folder.appendingPathComponent("missed.yml").path, "--goal", "0.5", "--summary"])
        #expect(met.status == 0)
        let bad = try run(["corpus", folder.appendingPathComponent("bad.yml").path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("drift 'a' needs 'kind: hard-coded-figure' or 'kind: contradiction'"))
    }

    @Test func quietKeepsOverriddenFindings() throws {
        let folder = try Self.folder([
            "Content/retractation/_index.md": "---\ntitle: Rétractation\ndescription: \"Changer d’avis.\"\norder: 1\n---\nTout.\n",
            "Content/retractation/delai.md": """
                ---
                title: Délai
                description: "Le délai."
                rules: [withdrawal.period]
                ---
                Vous disposez de {{ withdrawal.period }}.

                <!-- guichet-disable-next-line contradiction -- une offre commerciale -->
                Vous avez 30 jours pour vous rétracter.

                """,
            "guichet.yml": Publisher.settings("title: Aide\ncontact_form: https://example.fr/contact\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["check", "--content", folder.appendingPathComponent("Content").path, "--quiet",
                              "--as-of", "2026-11-28", "--today", "2026-11-28"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("1 finding overridden:\n"))
        #expect(result.stdout.contains("delai.md:9:11: contradiction (withdrawal.period) -- une offre commerciale"))
        #expect(!result.stdout.contains("warning:"))
    }
}
