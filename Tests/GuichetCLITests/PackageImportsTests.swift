import Foundation
import Testing

/// Every module a target imports is declared in Package.swift as that target's dependency. On this Linux
/// toolchain `swift build --explicit-target-dependency-import-check error` lets a module through when
/// another dependency brings it in (GuichetPreview compiled importing NIOCore without declaring it), so
/// the rule is checked here: each target's `import` lines against `swift package dump-package`.
@Suite struct PackageImportsTests {
    /// Modules of the platform and the toolchain, which no manifest declares.
    static let system: Set<String> = ["Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Musl", "Darwin",
                                      "Testing", "XCTest", "Synchronization", "_Concurrency",
                                      // What SwiftPM gives a plugin.
                                      "PackagePlugin"]

    struct Target {
        let name: String
        let path: String
        let declared: Set<String>
    }

    /// The targets of the manifest, each with the folder it compiles and the modules it declares.
    static func targets() throws -> [Target] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A scratch folder of its own: the running `swift test` holds the lock of the package's. SwiftPM puts
        // that folder's lock file in the temporary folder (`_tmp_guichet-dump-….lock`): TMPDIR points it into
        // the same folder, removed with it, so that nothing is left in the system's temporary folder.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("scratch")
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.path
        process.environment = environment
        process.arguments = ["swift", "package", "--scratch-path", scratch.path, "dump-package"]
        process.currentDirectoryURL = CLI.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(manifest["targets"] as? [[String: Any]])
        return targets.compactMap { target in
            guard let name = target["name"] as? String, let type = target["type"] as? String, type != "system" else { return nil }
            let folder = type == "test" ? "Tests" : "Sources"
            let path = target["path"] as? String ?? "\(folder)/\(name)"
            let declared = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { dependency in
                dependency.values.compactMap { ($0 as? [Any])?.first as? String }.first
            }
            return Target(name: name, path: path, declared: Set(declared))
        }
    }

    /// The modules the Swift files under `path` import, each with a file that imports it.
    static func imports(under path: String) -> [String: String] {
        let root = CLI.packageRoot.appendingPathComponent(path)
        var found: [String: String] = [:]
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      words[..<index].allSatisfy({ ["@testable", "public", "internal", "package", "@_exported",
                                                     "@_implementationOnly", "private", "fileprivate"].contains($0) })
                else { continue }
                let module = String(words[index + 1].prefix { $0 != "." })
                found[module] = found[module] ?? file.lastPathComponent
            }
        }
        return found
    }

    @Test func everyImportedModuleIsDeclared() throws {
        let targets = try Self.targets()
        // Every target but the system library CCmarkGFM, the embedding plugin and the test support included.
        #expect(targets.count == 20)
        // The reader sees the imports that once compiled undeclared.
        #expect(Self.imports(under: "Sources/GuichetPreview")["NIOCore"] != nil)
        for target in targets {
            for (module, file) in Self.imports(under: target.path).sorted(by: { $0.key < $1.key })
            where !Self.system.contains(module) && module != target.name {
                #expect(target.declared.contains(module),
                        "\(target.name) imports \(module) (\(file)) without declaring it in Package.swift")
            }
        }
    }

    /// The other way round: a dependency no file imports is a leftover (a module moved out, its imports with it)
    /// that still builds and links into the target. Only the product's targets: a test target may declare a module
    /// for what its fixtures need.
    @Test func everyDeclaredModuleIsImported() throws {
        for target in try Self.targets() where target.path.hasPrefix("Sources/") {
            let imported = Self.imports(under: target.path)
            for module in target.declared.sorted() where imported[module] == nil {
                Issue.record("\(target.name) declares \(module) in Package.swift but no file of it imports it")
            }
        }
    }

    /// The layers of docs/architecture.md, lowest first: a module of the product depends only on the ones
    /// below it, so that the rules know nothing of Markdown, the check nothing of themes, the pages nothing
    /// of the build that writes them.
    static let layers = ["HelpCentreRules", "GuichetMarkdown", "GuichetContent", "GuichetCheck", "GuichetSearch",
                         "GuichetRender", "GuichetSite", "GuichetPreview", "GuichetMCP", "guichet"]

    @Test func modulesDependOnlyOnTheLayersBelow() throws {
        let targets = try Self.targets().filter { Self.layers.contains($0.name) }
        #expect(targets.count == Self.layers.count)
        for target in targets {
            let level = try #require(Self.layers.firstIndex(of: target.name))
            for module in target.declared where Self.layers.contains(module) {
                #expect(Self.layers.firstIndex(of: module)! < level, "\(target.name) depends on \(module), a layer above it or beside it")
            }
        }
    }
}
