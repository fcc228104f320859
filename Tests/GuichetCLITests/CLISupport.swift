import Foundation
import Testing

/// Runs the built `guichet` executable, found in the build folder that holds this test bundle.
enum CLI {
    /// `<package root>/Tests/GuichetCLITests/CLISupport.swift` → `<package root>`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/GuichetSiteTests/Fixtures")

    /// The executable beside the running test bundle (`.build-site/debug` or `.build/debug`, whichever
    /// built these tests); failing that, whichever of the two exists.
    static let executable: URL? = {
        let fm = FileManager.default
        var folders: [URL] = []
        // The test bundle lives in the debug folder: on Linux it is the running executable itself; on macOS
        // the bundle is loaded by xctest, so look at the loaded bundles too.
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        for bundle in [Bundle.main] + Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build-site/debug"))
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("guichet")
            var isDirectory: ObjCBool = false
            if fm.isExecutableFile(atPath: candidate.path),
               fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `guichet args…` in `directory` and waits for it. Output goes through files, so a large output
    /// cannot fill a pipe and block the child.
    static func run(_ args: [String], in directory: URL? = nil) throws -> Result {
        let executable = try #require(executable, "guichet is not built: run swift build --build-tests first")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = directory ?? packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// `run(["rules"])`: status, standard output, standard error.
func run(_ args: [String], in directory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try CLI.run(args, in: directory)
    return (result.status, result.stdout, result.stderr)
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("guichet-cli-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
