import Foundation
import Testing
import Yams

/// The CI files in docs/ci are copied as is by teams adopting Guichet: they must at least be valid YAML
/// with the jobs the page describes.
struct CIDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func load(_ name: String) throws -> [String: Any] {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/ci/\(name)"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test func githubWorkflowParsesWithItsJobs() throws {
        let workflow = try load("github-actions.yml")
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["build", "deploy", "release"])
        let steps = try #require((jobs["build"] as? [String: Any])?["steps"] as? [[String: Any]])
        let commands = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(commands.contains("guichet check --strict --format github"))
        #expect(commands.contains("libcmark-gfm-dev"))
        #expect(commands.contains("--static-swift-stdlib"))
        let release = try #require((jobs["release"] as? [String: Any])?["steps"] as? [[String: Any]])
        let releaseCommands = release.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(releaseCommands.contains("scripts/release dist") && releaseCommands.contains("scripts/standalone-test"))
    }

    @Test func gitlabPipelineParsesWithItsJobs() throws {
        let pipeline = try load("gitlab-ci.yml")
        #expect(pipeline["stages"] as? [String] == ["check", "build", "deploy"])
        let pages = try #require(pipeline["pages"] as? [String: Any])
        let script = try #require(pages["script"] as? [String])
        #expect(script.contains("mv Output public"))
        #expect(pipeline["check"] != nil && pipeline["preview"] != nil)
    }
}
