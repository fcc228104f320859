import Foundation

#if FUZZING
/// libFuzzer's driver, linked in by -sanitize=fuzzer. SwiftPM links executables with their own `main`, so
/// instead of libFuzzer's `main` the program calls its driver (scripts/fuzz builds with -DFUZZING).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The callback libFuzzer's runtime requires by name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput)
        exit(status)
    }
}
#else
/// Without the fuzzer: replays files (a corpus, or crashes found) through the same harness, so that a
/// crash once found stays a regression test.
@main
struct Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzHarness.run(Array(data))
                count += 1
            }
        }
        print("replayed \(count) inputs through the \(FuzzHarness.target.rawValue) harness")
    }
}
#endif
