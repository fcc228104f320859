import Dispatch
import Foundation
import GuichetSite

/// Runs the build (`SiteBuilder.build()`, the same steps as `guichet build`) and records the outcome in the state.
///
/// Every change rebuilds the site with the build cache, kept in memory between builds, into the one folder
/// the server serves: only the articles whose files changed are checked and rendered again, and only changed
/// files are replaced (about 0.1 s on the real Content/; for one article of a 10,000-article site, see
/// BENCHMARKS.md).
struct PreviewBuilder: Sendable {
    /// The options of every build; the output folder is chosen per build.
    let options: BuildOptions
    let workspace: PreviewWorkspace
    let state: PreviewState
    let log: @Sendable (String) -> Void
    /// The build cache, kept in memory from one build to the next rather than written to the workspace and
    /// read back: the preview is the process that builds on every save.
    let memory = BuildMemory()
    var printsTimings = false

    /// Builds, prints one line, and records the result (which bumps the generation and notifies browsers).
    @discardableResult
    func rebuild() async -> PreviewBuild {
        let number = await state.snapshot.generation + 1
        var options = self.options
        options.outputDirectory = workspace.site
        options.cacheDirectory = workspace.cache
        options.memory = memory
        let build = await Self.offThePool { [options] in Self.build(options) }
        // The line comes first, so that it is on the terminal by the time browsers reload.
        log(Self.summary(build, first: number == 1))
        if printsTimings {
            for step in build.steps { log(String(format: "%8.1f ms  ", step.seconds * 1000) + step.name) }
        }
        await state.record(build)
        return build
    }

    /// The build is synchronous; it runs on a thread of its own so as not to hold one of Swift
    /// concurrency's few threads (as many as cores), which also answer the requests.
    private static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    private static func build(_ options: BuildOptions) -> PreviewBuild {
        let started = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        do {
            let report = try SiteBuilder(options: options).build()
            let problems = report.diagnostics.filter(\.isReported).sorted { ($0.severity, $0) < ($1.severity, $1) }
            return PreviewBuild(folder: report.published ? options.outputDirectory : nil, problems: problems,
                                seconds: seconds(), steps: report.steps)
        } catch {
            return PreviewBuild(folder: nil, problems: [error.diagnostic], seconds: seconds())
        }
    }

    /// « rebuilt in 0.12 s », or « 2 errors: file:line:column: message; … ».
    static func summary(_ build: PreviewBuild, first: Bool) -> String {
        let errors = build.errors
        guard errors.isEmpty, build.folder != nil else {
            let shown = errors.prefix(3).map { "\($0.place): \($0.message)" }.joined(separator: "; ")
            let more = errors.count > 3 ? "; and \(errors.count - 3) more" : ""
            return "\(errors.count) error\(errors.count == 1 ? "" : "s"): \(shown)\(more)"
        }
        let warnings = build.warningCount
        let suffix = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
        return "\(first ? "built" : "rebuilt") in \(String(format: "%.2f", build.seconds)) s\(suffix)"
    }
}
