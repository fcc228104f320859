import ArgumentParser
import Foundation
import GuichetCheck
import GuichetSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content against the rules without writing anything.",
        discussion: """
            Reports unknown or undeclared references, figures typed by hand that a rule owns, contradictions, \
            rules no article explains, broken links and anchors, front-matter problems, and what is not ready \
            to publish. --fix applies the fixes that are certain.

            Exit status: 0 clean, 1 errors (or warnings with --strict), 64 usage errors.
            """)

    @OptionGroup var site: SiteOptions
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Flag(help: "Include draft articles.") var drafts = false
    @Flag(help: "Print only errors and overridden findings, and no summary line.") var quiet = false
    @Flag(help: "Apply the fixes that are certain (a figure that is a rule's value becomes its reference, a rule listed and never used is removed, a reference with one close match is corrected), print each, then check again.")
    var fix = false
    @Flag(name: .customLong("dry-run"), help: "With --fix: print the changes as a diff, and write nothing.") var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
    }

    func run() throws {
        try reportingFailures {
            var options = try site.buildOptions()
            options.includeDrafts = drafts
            // --strict is the check before publishing: what is not ready is then an error, as in a build.
            options.unfinishedIsError = strict
            var report = SiteBuilder(options: options).check()
            if fix {
                let results = CheckFix.plan(report.diagnostics)
                // Written as the findings are (unbuffered), so that the fixes come first.
                var said = ""
                for result in results {
                    if let refused = result.refused {
                        said += "\(result.file): left alone: \(refused)\n"
                        continue
                    }
                    if dryRun, result.after != result.before { said += CheckFix.diff(result) }
                    for line in result.applied { said += (dryRun ? "would fix " : "fixed ") + line + "\n" }
                }
                FileHandle.standardOutput.write(Data(said.utf8))
                if !dryRun {
                    do {
                        _ = try CheckFix.write(results)
                    } catch {
                        throw CommandFailure.cannotWrite("cannot write the fixes: \(error.localizedDescription)")
                    }
                    // What is left, as a check now finds it.
                    report = SiteBuilder(options: options).check()
                }
            }
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
