import ArgumentParser
import Foundation
import GuichetSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content against the rules without writing anything.",
        discussion: """
            Reports unknown or undeclared references, figures typed by hand that a rule owns, contradictions,
            rules no article explains, broken links and anchors, and front-matter problems.
            Exit status: 0 clean, 1 errors (or warnings with --strict), 64 usage errors.
            """)

    @OptionGroup var site: SiteOptions
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Flag(help: "Include draft articles.") var drafts = false
    @Flag(help: "Print only errors and overridden findings, and no summary line.") var quiet = false

    func run() throws {
        try reportingFailures {
            var options = try site.buildOptions()
            options.includeDrafts = drafts
            // --strict is the check before publishing: what is not ready is then an error, as in a build.
            options.unfinishedIsError = strict
            let report = SiteBuilder(options: options).check()
            let shown = quiet ? report.diagnostics.filter { $0.severity == .error || !$0.isReported } : report.diagnostics
            FileHandle.standardOutput.write(Data(site.format.render(shown, sources: report.sources).utf8))
            if site.format == .text && !quiet {
                let checked = "\(report.articles.count) article\(report.articles.count == 1 ? "" : "s")"
                let drafts = report.draftsLeftOut == 0 ? ""
                    : " (\(report.draftsLeftOut) draft\(report.draftsLeftOut == 1 ? "" : "s") not checked: --drafts checks \(report.draftsLeftOut == 1 ? "it" : "them"))"
                print("Checked \(checked)\(drafts) as of \(options.asOf.iso): \(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")")
            }
            if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(1) }
        }
    }
}
