import Foundation

/// « still building… » on a terminal when a build takes more than two seconds, so that a long build
/// does not look stuck. Nothing is printed when standard error is not a terminal (CI logs stay clean).
final class SlowBuildNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false

    init(after seconds: Double = 2, message: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()
            defer { lock.unlock() }
            if !finished { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
        }
    }

    func finish() {
        lock.lock()
        finished = true
        lock.unlock()
    }
}
