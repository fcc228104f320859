import Foundation
import GuichetContent
@testable import GuichetSite
import Testing

/// `guichet check` runs the build's own steps up to its site-wide checks; what they find must be what the
/// build finds, so that no check is written twice. Every fixture site and every case of the bad-input
/// catalogue is checked and built, and the findings compared.
@Suite struct CheckBuildAgreementTests {
    /// Folders holding a site: a `Content/`, and maybe a `guichet.yml`.
    static let sites: [URL] = {
        let fm = FileManager.default
        var sites: [URL] = []
        for parent in [Paths.fixtures, Paths.packageRoot.appendingPathComponent("Tests/GuichetCLITests/BadInputs")] {
            let names = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
            for name in names where fm.fileExists(atPath: parent.appendingPathComponent("\(name)/Content").path) {
                sites.append(parent.appendingPathComponent(name))
            }
        }
        return sites
    }()

    /// What a finding is, without the build's own findings about its output.
    struct Finding: Hashable, CustomStringConvertible {
        let severity: String, code: String, file: String, line: Int, column: Int, message: String
        var description: String { "\(file):\(line):\(column): \(severity): \(message) [\(code)]" }
    }

    static func findings(_ report: SiteBuilder.Report) -> Set<Finding> {
        Set(report.diagnostics.filter { $0.code != .cacheNotSaved }.map {
            Finding(severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.file, line: $0.line, column: $0.column,
                    message: $0.message)
        })
    }

    @Test func thereAreSitesToCompare() {
        #expect(Self.sites.count >= 20)
    }

    @Test(arguments: sites)
    func checkAndBuildFindTheSame(_ site: URL) throws {
        let output = try TemporaryFolder("agreement")
        defer { output.remove() }
        let config = site.appendingPathComponent("guichet.yml").path
        let options = buildOptions(content: site.appendingPathComponent("Content").path, output: output.sub("Output"),
                                   config: FileManager.default.fileExists(atPath: config) ? config : nil)
        let checked = Self.findings(SiteBuilder(options: options).check())
        let built = Self.findings(try SiteBuilder(options: options).build())
        #expect(checked.subtracting(built).isEmpty, "only check: \(checked.subtracting(built).sorted { $0.description < $1.description })")
        #expect(built.subtracting(checked).isEmpty, "only build: \(built.subtracting(checked).sorted { $0.description < $1.description })")
    }
}
