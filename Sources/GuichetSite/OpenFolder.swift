import Foundation

/// A folder opened once, in which files are looked up by their path relative to it.
///
/// Why: a one-article build at 10,000 articles checks that the 20,000 pages and twins it keeps are still in
/// the output, and resolving each whole path from the root was 3 % of its samples (the kernel's path walk,
/// perf); from the output folder, each lookup walks only the file's own folders.
final class OpenFolder: Sendable {
    let path: String
    /// -1 when the folder could not be opened: lookups then go by the whole path.
    private let descriptor: Int32

    init(_ path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether something is at `relative`, a path under the folder (following links, as `access` does).
    func contains(_ relative: String) -> Bool {
        descriptor >= 0 ? faccessat(descriptor, relative, F_OK, 0) == 0 : access(path + "/" + relative, F_OK) == 0
    }
}
