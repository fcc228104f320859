import Foundation

/// One file a build step made, relative to the output: its bytes, or, for a file named after its bytes' hash
/// that the last build wrote already (the same name, so the same bytes), only its name and the way to make the
/// bytes again should the output have lost the file. The writer keeps such a file without reading or hashing
/// anything (`OutputWriter.keep`).
///
/// Why: after a one-article change, making the search's 625 fragments of documents of a 10,000-article site
/// again, to find that all but one were the same, was a third of the search's update (perf).
package struct MadeFile: Sendable {
    package let path: String
    /// Nil when the last build wrote this very file.
    package let made: Data?
    private let remake: @Sendable () -> Data

    package init(path: String, data: Data) {
        (self.path, made) = (path, data)
        remake = { data }
    }

    package init(path: String, sameAsLastBuild remake: @escaping @Sendable () -> Data) {
        (self.path, made, self.remake) = (path, nil, remake)
    }

    /// Its bytes, made again if they were not.
    package var data: Data { made ?? remake() }
}
