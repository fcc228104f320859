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

    @Test func initWritesTheStarterWhichChecksAndBuildsAtOnceWithoutThemes() throws {
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

        let check = try run(["check", "-s", "aide", "--strict"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix(": 0 errors, 0 warnings\n"), "\(check.stdout)")
        let build = try run(["build", "--site", "aide", "--as-of", "2026-11-28"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built 19 pages (6 articles) into aide/Output/"), "\(build.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/aide/Output/mentions-legales.html"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/aide/.guichet-cache"), "the cache is in the site's folder")
        let style = FileManager.default.contents(atPath: folder.path + "/aide/Output/assets/style.css")
        #expect(style == FileManager.default.contents(atPath: CLI.packageRoot.path + "/Themes/default/assets/style.css"))
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
