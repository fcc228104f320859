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
    ///
    /// With `changed` (the paths the watcher saw change), the pages of edited articles are rendered ahead of
    /// the build from the last one's outline (`SiteBuilder.renderAhead`) and browsers reload at once; the
    /// build then reloads them again only if it changed any other file (another page, the search, whose
    /// files an open page may fetch), wrote other bytes for those pages, or changed the findings.
    @discardableResult
    func rebuild(changed: Set<String>? = nil) async -> PreviewBuild {
        let first = await state.snapshot.generation == 0
        var options = self.options
        options.outputDirectory = workspace.site
        options.cacheDirectory = workspace.cache
        options.memory = memory
        var ahead: [String: [UInt8]] = [:]
        if let changed, !first, await state.snapshot.published {
            let started = DispatchTime.now().uptimeNanoseconds
            if let pages = await Self.offThePool({ [options] in SiteBuilder(options: options).renderAhead(changed) }), !pages.isEmpty {
                ahead = Dictionary(pages.map { ($0.path, $0.bytes) }, uniquingKeysWith: { _, last in last })
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                log("rendered \(pages.map(\.path).joined(separator: ", ")) in \(String(format: "%.0f", milliseconds)) ms; building the rest")
                await state.reload()
            }
        }
        let before = await state.snapshot.problems
        let build = await Self.offThePool { [options] in Self.build(options) }
        // Not an error to show: the save that interrupted it is the watcher's next change. What it had seen
        // change is not in that change's paths: nothing is rendered ahead until a build publishes.
        if build.interrupted, !first {
            memory.holdRenderAhead()
            log("a file was saved again during the build: building again")
            return build
        }
        // The line comes first, so that it is on the terminal by the time browsers reload.
        log(Self.summary(build, first: first))
        if printsTimings {
            for step in build.steps { log(String(format: "%8.1f ms  ", step.seconds * 1000) + step.name) }
        }
        let otherFiles = build.changedFiles.contains { ahead[$0] == nil }
        // A page rendered ahead whose build wrote other bytes (a second save came between the two).
        let aheadDiffers = ahead.contains { path, bytes in
            FileManager.default.contents(atPath: workspace.site + "/" + path).map { Array($0) != bytes } ?? true
        }
        await state.record(build, reloads: ahead.isEmpty || otherFiles || aheadDiffers || build.folder == nil || build.problems != before)
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
                                seconds: seconds(), steps: report.steps, changedFiles: report.changedFiles,
                                interrupted: report.interrupted)
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
