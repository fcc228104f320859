#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmark's command line.
///
/// ```
/// cache-store-bench run [--runs 7] [--updates 100] [--stores log,sqlite,...] [--targets shm,disk]
///                       [--shm-dir DIR] [--disk-dir DIR] [--out FILE]
/// cache-store-bench selftest
/// cache-store-bench child OPERATION STORE DIRECTORY [RUN]      (what `run` spawns)
/// ```
public enum Driver {
    public static func main(stores: [StoreKind], arguments: [String] = CommandLine.arguments) -> Int32 {
        let rest = Array(arguments.dropFirst())
        do {
            switch rest.first {
            case "child":
                try child(Array(rest.dropFirst()), stores: stores)
            case "run":
                try Orchestrator(options: try Options(Array(rest.dropFirst())), stores: stores).run()
            case "selftest":
                return try SelfTest.run(stores: stores) ? 0 : 1
            default:
                printError("usage: \(arguments.first ?? "cache-store-bench") run|selftest|child ... (see README.md)")
                return 2
            }
            return 0
        } catch {
            printError("error: \(error)")
            return 1
        }
    }

    // MARK: Child processes: one measured operation each

    /// Each operation times open → work → close and prints `op_ns=… records=… live_bytes=…` on one line.
    /// Anything a real build would have at hand before touching the cache (the new values) is made before
    /// the clock starts.
    static func child(_ arguments: [String], stores: [StoreKind]) throws {
        guard arguments.count >= 3, let kind = stores.first(where: { $0.name == arguments[1] }) else {
            throw CacheStoreError("child: expected OPERATION STORE DIRECTORY [RUN], got \(arguments)")
        }
        let operation = arguments[0]
        let directory = arguments[2]
        let run = arguments.count > 3 ? Int(arguments[3]) ?? 0 : 0
        var records = 0
        var liveBytes = 0
        let nanoseconds: UInt64

        func count(_ values: [String: [UInt8]]) {
            records = values.count
            liveBytes = values.values.reduce(0) { $0 + $1.count }
        }

        switch operation {
        case "noop":
            nanoseconds = 0
        case "profile-log":
            let start = monotonicNanoseconds()
            for (phase, phaseNanoseconds) in try LogStore(path: directory + "/cache.log").profileLoad() {
                printError("\(fixed(Double(phaseNanoseconds) / 1e6)) ms  \(phase)")
            }
            nanoseconds = monotonicNanoseconds() - start
        case "write-all":
            let all = Workload.all()
            let start = monotonicNanoseconds()
            let store = try kind.open(directory)
            try store.save(changed: all, removed: [])
            try store.close()
            nanoseconds = monotonicNanoseconds() - start
            count(all)
        case "load":
            let start = monotonicNanoseconds()
            let store = try kind.open(directory)
            let values = try store.load()
            try store.close()
            nanoseconds = monotonicNanoseconds() - start
            count(values)
        case "update":
            let update = Workload.update(run: run)
            let start = monotonicNanoseconds()
            let store = try kind.open(directory)
            try store.save(changed: [update.key: update.value], removed: [])
            try store.close()
            nanoseconds = monotonicNanoseconds() - start
            records = 1
            liveBytes = update.value.count
        case "load-update":
            let update = Workload.update(run: run)
            let start = monotonicNanoseconds()
            let store = try kind.open(directory)
            let values = try store.load()
            guard values[update.key] != nil else { throw CacheStoreError("load-update: \(update.key) missing") }
            try store.save(changed: [update.key: update.value], removed: [])
            try store.close()
            nanoseconds = monotonicNanoseconds() - start
            count(values)
        case "rebuild-all":
            let all = Workload.all(generation: 1_000_000 + run)
            let start = monotonicNanoseconds()
            let store = try kind.open(directory)
            let values = try store.load()
            try store.save(changed: all, removed: [])
            try store.close()
            nanoseconds = monotonicNanoseconds() - start
            count(values)
        default:
            throw CacheStoreError("child: unknown operation \(operation)")
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let line = "op_ns=\(nanoseconds) records=\(records) live_bytes=\(liveBytes) hwm_kib=\(peakResidentKiB() ?? -1) "
            + "maxrss_kib=\(usage.ru_maxrss)\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
    }
}

/// VmHWM from /proc/self/status: the peak resident set of this process's own address space.
///
/// Not `getrusage`'s ru_maxrss: `posix_spawn` starts the child with vfork (sharing the parent's memory until
/// exec), and Linux carries that memory's peak into the child's ru_maxrss at exec, so a child spawned by a
/// parent holding 50 MB reports at least 50 MB whatever it does itself.
func peakResidentKiB() -> Int? {
    guard let bytes = try? readWholeFile("/proc/self/status") else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).filter(\.isNumber))
    }
    return nil
}

func printError(_ message: String) {
    var bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

struct Options {
    var runs = 7
    var updates = 100
    var stores: [String]? = nil
    var targets = ["shm", "disk"]
    var shmDirectory = "/dev/shm"
    var diskDirectory = ".tmp"
    var output: String? = nil

    init(_ arguments: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw CacheStoreError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--runs": runs = Int(try value()) ?? runs
            case "--updates": updates = Int(try value()) ?? updates
            case "--stores": stores = try value().split(separator: ",").map(String.init)
            case "--targets": targets = try value().split(separator: ",").map(String.init)
            case "--shm-dir": shmDirectory = try value()
            case "--disk-dir": diskDirectory = try value()
            case "--out": output = try value()
            default: throw CacheStoreError("unknown option \(arguments[i])")
            }
            i += 1
        }
        guard runs >= 1, updates >= 1 else { throw CacheStoreError("--runs and --updates must be at least 1") }
    }
}
