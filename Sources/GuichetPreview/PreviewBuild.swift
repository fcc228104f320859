import GuichetContent
import GuichetSite

/// The outcome of one build of the preview: the folder it wrote when it published, and what it found.
struct PreviewBuild: Sendable {
    /// The folder holding the new site; nil when the content had errors or the build could not be written.
    let folder: String?
    /// Errors first, then warnings, each sorted by file and position.
    let problems: [Diagnostic]
    let seconds: Double
    /// Each step's wall time (`SiteBuilder.Report.steps`); empty when the build failed to write.
    var steps: [StepClock.Step] = []
    /// The files whose bytes changed, under the folder (`SiteBuilder.Report.changedFiles`).
    var changedFiles: [String] = []
    /// An article was saved again during the build: the watcher has seen that save and builds again.
    var interrupted = false

    var errors: [Diagnostic] { problems.filter { $0.severity == .error } }
    var warningCount: Int { problems.count - errors.count }
}
