import ArgumentParser
import Foundation
import GuichetSite
import HelpCentreRules

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the help centre from Content/ and Themes/ into Output/.")

    @OptionGroup var site: SiteOptions
    @Option(help: "Output folder, replaced only when the build succeeds (default: Output in the site's folder).")
    var output: String?
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides guichet.yml).")
    var baseURL: String?
    @Flag(help: "Include draft articles.") var drafts = false
    @Option(help: "Build cache folder: a build whose inputs have not changed does nothing, and otherwise only changed files are written.")
    var cache: String?
    @Flag(help: "Ignore the build cache: build from scratch beside the output folder and swap it in.") var clean = false
    @Flag(help: "Also list every file written.") var verbose = false
    @Flag(help: "Print only errors.") var quiet = false
    @Flag(help: "Also print how long each step of the build took.") var timings = false

    func run() throws {
        try reportingFailures {
            let started = Date()
            let output = self.output ?? site.folder.path("Output")
            var options = try site.buildOptions()
            options.outputDirectory = output
            options.baseURL = baseURL
            options.includeDrafts = drafts
            // What is published must be finished: the starter's examples, a local base_url, a skeleton refuse it.
            options.unfinishedIsError = true
            options.cacheDirectory = cache ?? site.folder.path(".guichet-cache")
            options.clean = clean
            // Said before the build, which may create it: a refused build tells an editor whether a site is still there.
            let hadOutput = FileManager.default.fileExists(atPath: output)
            // The command ends with the build: its memory goes back with the process, not piece by piece.
            options.freesMemory = false
            let report: SiteBuilder.Report
            let notice = SlowBuildNotice(message: "building \(options.contentDirectory)/ into \(output)/…")
            defer { notice.finish() }
            do {
                report = try SiteBuilder(options: options).build()
                notice.finish()
            } catch let error as SiteError {
                throw CommandFailure.cannotWrite(error.description)
            }
            // Warnings are worth reading, but in a long build log only errors are: --quiet keeps those.
            let shown = quiet ? report.diagnostics.filter { $0.severity == .error || !$0.isReported } : report.diagnostics
            FileHandle.standardError.write(Data(site.format.render(shown, sources: report.sources).utf8))
            guard report.published else {
                let outcome = hadOutput ? "\(output)/ was left as it was" : "nothing was written to \(output)/"
                throw CommandFailure.failed("\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"); \(outcome)")
            }
            if verbose {
                for file in report.files { print("  \(output)/\(file)") }
            }
            if timings {
                for step in report.steps { print(String(format: "%8.1f ms  ", step.seconds * 1000) + step.name) }
            }
            if !quiet {
                let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
                let warnings = report.warningCount > 0 ? ", \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")" : ""
                if report.unchanged {
                    print("Nothing changed since the last build: \(output)/ is up to date (\(seconds) s, rules as of \(options.asOf.iso))\(warnings)")
                } else {
                    // The articles of the site this build checked; the drafts it left out are said apart.
                    let checked = report.articlesChecked - report.draftsChecked
                    let changed = report.filesChanged == report.files.count ? ""
                        : ", \(checked) article\(checked == 1 ? "" : "s") checked, \(report.filesChanged) of \(report.files.count) files changed"
                    let drafts = report.draftsLeftOut == 0 ? ""
                        : "; \(report.draftsLeftOut) draft\(report.draftsLeftOut == 1 ? "" : "s") left out: --drafts publishes \(report.draftsLeftOut == 1 ? "it" : "them")"
                    print("Built \(report.pagesWritten) pages (\(report.articleCount) articles\(drafts)) into \(output)/ in \(seconds) s, rules as of \(options.asOf.iso)\(changed)\(warnings)")
                }
            }
        }
    }
}
