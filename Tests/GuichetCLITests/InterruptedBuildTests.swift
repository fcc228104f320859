import Foundation
import GuichetTestSupport
import Testing

/// Atomic publishing: a build writes into a staging folder beside Output/ (`.Output.building-<pid>`) and
/// swaps it in only when every file is written. A build killed halfway (SIGKILL: no chance to clean up)
/// leaves the previous Output/ whole and Content/ untouched; the next build succeeds and removes the
/// abandoned staging folder.
@Suite struct InterruptedBuildTests {
    static let themes = CLI.packageRoot.appendingPathComponent("Themes").path
    static let categories = 10
    static let articlesPerCategory = 100

    /// A site large enough that writing it takes a noticeable time (1,000 articles of a few paragraphs: about
    /// 3 s for a debug build on two cores), small enough to keep the test near 10 s on a quiet machine.
    static func writeLargeSite(in folder: URL) throws {
        func write(_ text: String, _ relative: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(relative))
        }
        try write(Publisher.settings("title: Aide\nbase_url: https://aide.boutique-test.fr/\ncontact_form: https://example.fr/contact\n"), "guichet.yml")
        for c in 0..<categories {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content/rubrique-\(c)"),
                                                    withIntermediateDirectories: true)
            try write("---\ntitle: Rubrique \(c)\ndescription: \"La rubrique \(c).\"\norder: \(c + 1)\n---\nIntroduction de la rubrique \(c).\n",
                      "Content/rubrique-\(c)/_index.md")
            for a in 0..<articlesPerCategory {
                let paragraphs = (0..<5).map { p in
                    "Paragraphe \(p) de l’article \(a) : à réception du colis, vérifiez son contenu et gardez l’emballage "
                        + "d’origine. Été comme hiver, le service client répond à vos questions sur la commande."
                }
                try write("""
                    ---
                    title: Article \(a) de la rubrique \(c)
                    description: "Un article d’exemple, le numéro \(a)."
                    order: \(a)
                    ---
                    ## Avant de commencer

                    \(paragraphs.joined(separator: "\n\n"))

                    """, "Content/rubrique-\(c)/article-\(a).md")
            }
        }
    }

    /// Every regular file under `root` with its bytes.
    static func snapshot(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// At least `minimum` regular files under `root` (stops counting there).
    static func hasFiles(_ root: String, minimum: Int) -> Bool {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return false }
        var count = 0
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                count += 1
                if count >= minimum { return true }
            }
        }
        return false
    }

    static var buildArguments: [String] {
        // --clean: the build from scratch, beside Output/ and swapped in, is the one that can be caught halfway
        // (an incremental build writes the few changed files in place, each atomically).
        ["build", "--content", "Content", "--themes", themes, "--output", "Output", "--as-of", "2026-11-28", "--quiet", "--clean"]
    }

    @Test(.timeLimit(.minutes(2)))
    func aBuildKilledHalfwayLeavesThePreviousSiteWhole() throws {
        let folder = try temporaryFolder("interrupted")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeLargeSite(in: folder)
        let output = folder.appendingPathComponent("Output")

        // 1. A first build, and a marker in its output.
        let first = try run(Self.buildArguments, in: folder)
        try #require(first.status == 0, "\(first.stderr)")
        try Data("la version publiée\n".utf8).write(to: output.appendingPathComponent("marqueur.txt"))
        let published = Self.snapshot(output)
        #expect(published.count > Self.categories * Self.articlesPerCategory)

        // 2. An editor changes one article.
        let changed = folder.appendingPathComponent("Content/rubrique-3/article-7.md")
        let addition = "\nUn paragraphe ajouté après la première publication.\n"
        try (try String(contentsOf: changed, encoding: .utf8) + addition).write(to: changed, atomically: true, encoding: .utf8)
        let content = Self.snapshot(folder.appendingPathComponent("Content"))

        // 3. A second build, killed while it writes its staging folder.
        let executable = try #require(CLI.executable, "guichet is not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = Self.buildArguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let staging = folder.appendingPathComponent(".Output.building-\(pid)").path
        let deadline = Date().addingTimeInterval(60)
        var caught = false
        while process.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: staging), Self.hasFiles(staging, minimum: 20) {
                caught = true
                break
            }
            usleep(2_000)
        }
        #expect(kill(pid, SIGKILL) == 0 || !process.isRunning)
        process.waitUntilExit()
        try #require(caught, "the build ended (status \(process.terminationStatus)) before it could be interrupted: make the site larger")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)
        // It was killed halfway: its staging folder is still there, abandoned.
        #expect(FileManager.default.fileExists(atPath: staging))

        // 4. Output/ is the first build, whole: the same files with the same bytes, the marker included.
        let after = Self.snapshot(output)
        #expect(after.keys.sorted() == published.keys.sorted())
        let differing = published.keys.filter { after[$0] != published[$0] }.sorted()
        #expect(differing.isEmpty, "changed by the interrupted build: \(differing.prefix(10))")
        #expect(after["marqueur.txt"] == Data("la version publiée\n".utf8))

        // 5. Nothing under Content/ was deleted or changed.
        let contentAfter = Self.snapshot(folder.appendingPathComponent("Content"))
        #expect(contentAfter.keys.sorted() == content.keys.sorted())
        #expect(content.keys.filter { contentAfter[$0] != content[$0] }.isEmpty)

        // 6. The next build succeeds, publishes the change and removes the abandoned staging folder.
        let next = try run(Self.buildArguments, in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging), "the abandoned staging folder was not removed")
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // Nothing but the site, its sources and the build cache's own folder.
        #expect(beside == [".guichet-cache", "Content", "Output", "guichet.yml"])
        let page = try String(contentsOf: output.appendingPathComponent("rubrique-3/article-7/index.html"), encoding: .utf8)
        #expect(page.contains("Un paragraphe ajouté après la première publication."))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("marqueur.txt").path),
                "a new build replaces the whole folder")
    }
}
