import Foundation
import Testing

/// A help centre started with the binary alone: `guichet init`, the built-in theme, `theme eject`, `--site`,
/// `--version` and the completion script.
struct StartANewSiteTests {
    static let starter = CLI.packageRoot.appendingPathComponent("Starter")

    /// Every file of Starter/, as `guichet init` writes them.
    static func starterFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: starter.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: starter.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The starter's example values (each marked « # exemple à remplacer ») and an editor's own: a valid
    /// SIREN and VAT number.
    static let ownValues = [
        ("Exemple Marché SAS", "Boutique Test SARL"), ("1 rue de l’Exemple, 75002 Paris", "5 place du Test, 69002 Lyon"),
        ("RCS Paris 123 456 782", "RCS Lyon 732 829 320"), ("FR11123456782", "FR44732829320"),
        ("01 23 45 67 89", "04 72 00 00 00"), ("contact@exemple.fr", "contact@boutique-test.fr"), ("Camille Exemple", "Paul Martin"),
        ("Hébergeur Exemple SAS", "Hébergeur Test"), ("5 avenue de l’Exemple, 69003 Lyon", "1 avenue du Serveur, 33000 Bordeaux"),
        ("04 12 34 56 78", "05 56 00 00 00"), ("Médiateur de la consommation Exemple", "Médiateur Test"),
        ("https://www.mediateur-exemple.fr/", "https://mediateur.boutique-test.fr/"),
        ("10 rue de la Médiation, 75008 Paris", "3 rue de l’Accord, 75009 Paris"),
    ]

    /// Issue 28, point 2: the starter checks at once, but is not published with its example company and
    /// mediator, nor at localhost; `init` says so. Once the marked values are the editor's and base_url is
    /// the site's address, `check --strict` is clean and `build` publishes, without a Themes/ folder.
    @Test func initWritesTheStarterWhichChecksAtOnceAndBuildsOnceItsExamplesAreReplaced() throws {
        let folder = try temporaryFolder("init")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try run(["init", "aide"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let created = made.stdout.split(separator: "\n").filter { $0.hasPrefix("created ") }.map { String($0.dropFirst("created aide/".count)) }
        #expect(created == Self.starterFiles())
        for path in created {
            #expect(FileManager.default.contents(atPath: folder.path + "/aide/" + path)
                    == FileManager.default.contents(atPath: Self.starter.path + "/" + path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/aide/Themes"))
        #expect(made.stdout.hasSuffix("""
            Before publishing, in aide/guichet.yml: replace the values marked « # exemple à remplacer »
            (legal notices and mediator) and set base_url to the site's address; until then
            `guichet check -s aide --strict` lists them and `guichet build -s aide` refuses to publish.

            """), "\(made.stdout)")

        let check = try run(["check", "-s", "aide", "--as-of", "2026-11-28"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasSuffix(": 0 errors, 13 warnings\n"), "\(check.stdout)")
        let strict = try run(["check", "-s", "aide", "--strict", "--as-of", "2026-11-28"], in: folder)
        #expect(strict.status == 1)
        let findings = strict.stdout.split(separator: "\n").filter { $0.hasSuffix("[not-ready]") }
        #expect(findings.count == 13)
        #expect(findings.first == "aide/guichet.yml:50:12: error: 'legal.company' is still the starter's example ('Exemple Marché SAS') [not-ready]")
        #expect(findings.last == "aide/guichet.yml:82:12: error: 'mediator.address' is still the starter's example ('10 rue de la Médiation, 75008 Paris') [not-ready]")
        #expect(strict.stdout.contains("  fix: write your company's own information, as on its Kbis extract\n"))
        let refused = try run(["build", "--site", "aide", "--as-of", "2026-11-28"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("""
            aide/guichet.yml:14:11: error: base_url 'http://localhost:8080/' is a local or example address, not where the site is published [not-ready]
            """), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("error: 14 errors; nothing was written to aide/Output/\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/aide/Output"))

        // The editor's own values (a valid SIREN and VAT number), and the site's address.
        let settings = folder.appendingPathComponent("aide/guichet.yml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        for (example, own) in Self.ownValues + [("base_url: http://localhost:8080/", "base_url: https://aide.boutique-test.fr/")] {
            #expect(text.contains(example), "\(example)")
            text = text.replacingOccurrences(of: example, with: own)
        }
        try Data(text.utf8).write(to: settings)
        let clean = try run(["check", "-s", "aide", "--strict", "--as-of", "2026-11-28"], in: folder)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.hasSuffix(": 0 errors, 0 warnings\n"), "\(clean.stdout)")
        let build = try run(["build", "--site", "aide", "--as-of", "2026-11-28"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built 19 pages (6 articles) into aide/Output/"), "\(build.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/aide/Output/mentions-legales.html"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/aide/.guichet-cache"), "the cache is in the site's folder")
        let style = FileManager.default.contents(atPath: folder.path + "/aide/Output/assets/style.css")
        #expect(style == FileManager.default.contents(atPath: CLI.packageRoot.path + "/Themes/default/assets/style.css"))
    }

    /// A local build of a site whose base_url is still localhost: `--base-url` says it is meant.
    @Test func aLocalBuildNamesItsBaseURL() throws {
        let folder = try temporaryFolder("init-local")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["init", "aide"], in: folder).status == 0)
        let settings = folder.appendingPathComponent("aide/guichet.yml")
        // Only the example values go: the base_url stays the starter's.
        var text = try String(contentsOf: settings, encoding: .utf8)
        for (example, own) in Self.ownValues { text = text.replacingOccurrences(of: example, with: own) }
        try Data(text.utf8).write(to: settings)
        let refused = try run(["build", "--site", "aide", "--as-of", "2026-11-28"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasSuffix("error: 1 error; nothing was written to aide/Output/\n"), "\(refused.stderr)")
        let local = try run(["build", "--site", "aide", "--as-of", "2026-11-28", "--base-url", "http://localhost:8080/"], in: folder)
        #expect(local.status == 0, "\(local.stderr)")
    }

    @Test func initRefusesAFolderThatHoldsASiteAndForceOverwritesNothing() throws {
        let folder = try temporaryFolder("init-again")
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("guichet.yml")
        try Data("title: Mon aide\n".utf8).write(to: settings)
        let refused = try run(["init"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            error: . already holds a site (guichet.yml); nothing was written
              fix: choose an empty folder (guichet init aide), or pass --force to add only the missing files

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["guichet.yml"])

        let forced = try run(["init", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("kept guichet.yml (it exists)\n"))
        #expect(forced.stdout.contains("created Content/contact/formulaire-de-contact.md\n"))
        #expect(try String(contentsOf: settings, encoding: .utf8) == "title: Mon aide\n", "never overwritten")
    }

    @Test func themeEjectCopiesTheBuiltInFilesAndNamesTheClosestOnATypo() throws {
        let folder = try temporaryFolder("eject")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: Mon aide\n".utf8).write(to: folder.appendingPathComponent("guichet.yml"))
        let typo = try run(["theme", "eject", "--only", "artcle.mustache"], in: folder)
        #expect(typo.status == 64)
        #expect(typo.stderr == "error: 'artcle.mustache' is not a file of the built-in theme; did you mean 'article.mustache'?\n  fix: `guichet theme list` lists its files\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Themes"))

        let ejected = try run(["theme", "eject", "--only", "article.mustache", "assets/style.css"], in: folder)
        #expect(ejected.status == 0, "\(ejected.stderr)")
        #expect(ejected.stdout == "created Themes/default/templates/article.mustache\ncreated Themes/default/assets/style.css\n")
        #expect(FileManager.default.contents(atPath: folder.path + "/Themes/default/templates/article.mustache")
                == FileManager.default.contents(atPath: CLI.packageRoot.path + "/Themes/default/templates/article.mustache"))
        try Data("/* mine */\n".utf8).write(to: folder.appendingPathComponent("Themes/default/assets/style.css"))
        let again = try run(["theme", "eject"], in: folder)
        #expect(again.stdout.contains("kept Themes/default/assets/style.css (it exists; --force replaces it)\n"))
        #expect(again.stdout.contains("created Themes/default/templates/layout.mustache\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("Themes/default/assets/style.css"), encoding: .utf8) == "/* mine */\n")

        // --force replaces it with the built-in file; `theme list` names every file that eject can copy.
        let forced = try run(["theme", "eject", "--only", "style.css", "--force"], in: folder)
        #expect(forced.stdout == "created Themes/default/assets/style.css\n")
        #expect(FileManager.default.contents(atPath: folder.path + "/Themes/default/assets/style.css")
                == FileManager.default.contents(atPath: CLI.packageRoot.path + "/Themes/default/assets/style.css"))
        let list = try run(["theme", "list"])
        let onDisk = (FileManager.default.enumerator(atPath: CLI.packageRoot.path + "/Themes/default")?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("templates") && !$0.hasSuffix("assets") && !$0.hasPrefix(".") }.sorted()
        #expect(list.stdout == onDisk.map { $0 + "\n" }.joined())
    }

    @Test func versionNamesTheCommitAndCompletionsAreGenerated() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.stdout.wholeMatch(of: try Regex("guichet \(text) \\(commit ([0-9a-f]{12}|unknown)\\)\n")) != nil, "\(version.stdout)")
        let bash = try run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("_guichet") && bash.stdout.contains("init"))
    }

    @Test func aSettingsFindingSaysItsValueIsADefault() throws {
        let folder = try temporaryFolder("defaults")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/Content/aide"), withIntermediateDirectories: true)
        try Data("---\ntitle: Aide\ndescription: De l’aide.\n---\nDe l’aide.\n".utf8)
            .write(to: folder.appendingPathComponent("site/Content/aide/_index.md"))
        let result = try run(["check", "-s", "site"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("site/guichet.yml: error: contact_form (default; there is no guichet.yml) 'contact/formulaire-de-contact.md' is neither a URL nor a published article under the content folder [invalid-config]\n"), "\(result.stdout)")
        #expect(result.stdout.contains("site/guichet.yml: error: missing required key 'legal' (there is no guichet.yml)"))
    }
}
