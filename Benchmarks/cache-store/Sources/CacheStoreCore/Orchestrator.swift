#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Samples {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
}

struct ResultRow {
    var store: String
    var target: String
    var step: String
    /// Open → work → close, measured inside the child (ms).
    var operation = Samples()
    /// Spawn → exit of the child, measured by the parent (ms).
    var process = Samples()
    /// Peak RSS of the child (MiB; VmHWM, see `peakResidentKiB`).
    var rss = Samples()
    /// Bytes of the store's files after the step.
    var storeBytes: Int? = nil
    var noSize = false

    mutating func add(_ result: ChildResult) throws {
        operation.add(try result.number("op_ns") / 1e6)
        process.add(Double(result.wallNanoseconds) / 1e6)
        rss.add(try result.number("hwm_kib") / 1024)
    }
}

/// Spawns the children in order, collects their numbers, prints the report.
final class Orchestrator {
    let options: Options
    let stores: [StoreKind]
    var rows: [ResultRow] = []
    var checks: [String] = []

    init(options: Options, stores: [StoreKind]) throws {
        self.options = options
        if let names = options.stores {
            self.stores = try names.map { name in
                guard let kind = stores.first(where: { $0.name == name }) else {
                    throw CacheStoreError("unknown store \(name); known: \(stores.map(\.name))")
                }
                return kind
            }
        } else {
            self.stores = stores
        }
    }

    func run() throws {
        let loadBefore = loadAverage()
        let started = monotonicNanoseconds()
        let initial = Workload.all()
        var afterUpdates = initial
        for i in 0..<options.updates {
            let update = Workload.update(run: 1_000 + i)
            afterUpdates[update.key] = update.value
        }
        let expectedInitialBytes = initial.values.reduce(0) { $0 + $1.count }
        let expectedUpdatedBytes = afterUpdates.values.reduce(0) { $0 + $1.count }

        var noop = ResultRow(store: "(none)", target: "-", step: "process start + exit, no store")
        noop.noSize = true
        for _ in 0..<options.runs {
            try noop.add(try runChild(["child", "noop", stores[0].name, "/"]))
        }
        rows.append(noop)

        var bases: [String] = []
        defer { for base in bases { removeTree(base) } }
        for target in options.targets {
            let base: String
            switch target {
            case "shm": base = options.shmDirectory + "/cache-store-bench-\(getpid())"
            case "disk": base = absolute(options.diskDirectory) + "/run-\(getpid())"
            default: throw CacheStoreError("unknown target \(target) (shm or disk)")
            }
            bases.append(base)
            for kind in stores {
                try measure(
                    kind, target: target, directory: base + "/" + kind.name,
                    expectedInitialBytes: expectedInitialBytes, expectedUpdatedBytes: expectedUpdatedBytes)
            }
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        print(report(
            initial: initial, loadBefore: loadBefore, loadAfter: loadAverage(), seconds: seconds,
            bases: bases))
    }

    private func measure(
        _ kind: StoreKind, target: String, directory: String, expectedInitialBytes: Int, expectedUpdatedBytes: Int
    ) throws {
        let runs = options.runs
        func child(_ operation: String, run: Int = 0) throws -> ChildResult {
            sync()  // no write-back of an earlier step's dirty pages during this one
            return try runChild(["child", operation, kind.name, directory, String(run)])
        }
        func row(_ step: String) -> ResultRow { ResultRow(store: kind.name, target: target, step: step) }
        func check(_ result: ChildResult, records: Int, bytes: Int, _ what: String) throws {
            let gotRecords = Int(try result.number("records"))
            let gotBytes = Int(try result.number("live_bytes"))
            guard gotRecords == records, gotBytes == bytes else {
                throw CacheStoreError(
                    "\(kind.name)/\(target) \(what): \(gotRecords) records, \(gotBytes) bytes; "
                        + "expected \(records), \(bytes)")
            }
        }
        let count = Workload.recordCount
        progress("\(target)/\(kind.name): a. initial write")
        var a = row("a. initial write, 10k records, empty store")
        for _ in 0..<runs {
            try emptyDirectory(directory)
            try a.add(try child("write-all"))
        }
        a.storeBytes = directorySize(directory)
        rows.append(a)

        progress("\(target)/\(kind.name): b. load all")
        _ = try child("load")  // warms the page cache
        var b = row("b. load all 10k")
        for _ in 0..<runs {
            let result = try child("load")
            try check(result, records: count, bytes: expectedInitialBytes, "load after initial write")
            try b.add(result)
        }
        b.storeBytes = directorySize(directory)
        rows.append(b)

        progress("\(target)/\(kind.name): c. update 1")
        var c = row("c. update 1 (open + save 1 + close)")
        for r in 0..<runs { try c.add(try child("update", run: r)) }
        c.storeBytes = directorySize(directory)
        rows.append(c)

        var cLoad = row("c+. load all + update 1 (one-article rebuild)")
        for r in 0..<runs { try cLoad.add(try child("load-update", run: 100 + r)) }
        cLoad.storeBytes = directorySize(directory)
        rows.append(cLoad)

        progress("\(target)/\(kind.name): d. \(options.updates) updates")
        try emptyDirectory(directory)
        _ = try child("write-all")
        var d = row("d. update 1, \(options.updates) times in a row (each)")
        for i in 0..<options.updates { try d.add(try child("update", run: 1_000 + i)) }
        d.storeBytes = directorySize(directory)
        rows.append(d)
        _ = try child("load")
        var dLoad = row("d. load all after \(options.updates) updates")
        for _ in 0..<runs {
            let result = try child("load")
            try check(result, records: count, bytes: expectedUpdatedBytes, "load after updates")
            try dLoad.add(result)
        }
        dLoad.storeBytes = directorySize(directory)
        rows.append(dLoad)

        progress("\(target)/\(kind.name): f. full rebuild")
        var f = row("f. load all + save all 10k changed (full rebuild)")
        for r in 0..<runs { try f.add(try child("rebuild-all", run: r)) }
        f.storeBytes = directorySize(directory)
        rows.append(f)
        checks.append("\(target)/\(kind.name): every load returned \(count) records and the expected bytes")
        try emptyDirectory(directory)
    }

    private func report(
        initial: [String: [UInt8]], loadBefore: String, loadAfter: String, seconds: Double, bases: [String]
    ) -> String {
        let sizes = initial.values.map(\.count).sorted()
        let total = sizes.reduce(0, +)
        var out: [String] = []
        out.append("## Results")
        out.append("")
        out.append(
            "Times in ms: **op** is open → work → close measured inside the fresh child process; **process** is "
                + "spawn → exit of that child as the parent sees it (runtime start-up, dynamic linking, exit "
                + "included). Median, min and max of \(options.runs) runs (step d: of \(options.updates) "
                + "updates). Store size: the store's files after the step. RSS: peak resident set of the child "
                + "(VmHWM from /proc/self/status at its end, not ru_maxrss: see the README), median.")
        out.append("")
        out.append(
            "| Store | Target | Step | op median | op min | op max | process median | store size | peak RSS |")
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for row in rows {
            let size = row.noSize ? "-" : row.storeBytes.map { megabytes($0) } ?? "-"
            out.append(
                "| \(row.store) | \(row.target) | \(row.step) | \(fixed(row.operation.median)) "
                    + "| \(fixed(row.operation.min)) | \(fixed(row.operation.max)) | \(fixed(row.process.median)) "
                    + "| \(size) | \(fixed(row.rss.median, 1)) MiB |")
        }
        out.append("")
        out.append("### Stores")
        out.append("")
        for kind in stores { out.append("- `\(kind.name)`: \(kind.summary)") }
        out.append("")
        out.append("### Workload")
        out.append("")
        out.append(
            "- \(initial.count) records, keys like `\(Workload.key(4321))`; values of pseudo-random bytes "
                + "(SplitMix64, seed 0x\(String(Workload.seed, radix: 16))), log-normal sizes (mean "
                + "\(Int(Workload.meanSize)), sigma \(Workload.sizeSigma), clamped to "
                + "\(Workload.minimumSize)...\(Workload.maximumSize))")
        out.append(
            "- value bytes: total \(megabytes(total)), min \(sizes.first ?? 0), median \(sizes[sizes.count / 2]), "
                + "p99 \(sizes[sizes.count * 99 / 100]), max \(sizes.last ?? 0)")
        out.append("- each update changes one record to a value of a new, independently drawn size")
        out.append("")
        out.append("### Checks")
        out.append("")
        for check in checks { out.append("- \(check)") }
        out.append("")
        out.append("### Machine and run")
        out.append("")
        out.append("- nproc: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))), kernel: \(kernel())")
        out.append("- CPU: \(cpuModel())")
        out.append("- load average before: \(loadBefore); after: \(loadAfter)")
        for base in bases { out.append("- \(base): \(filesystem(of: base))") }
        out.append("- the whole run took \(fixed(seconds, 0)) s")
        return out.joined(separator: "\n")
    }

    private func progress(_ message: String) { printError(message) }
}

func fixed(_ value: Double, _ digits: Int = 2) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
    if digits > 0 {
        let fraction = String(scaled % Int(scale))
        text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
    return text
}

func megabytes(_ bytes: Int) -> String {
    bytes >= 100_000 ? fixed(Double(bytes) / 1e6) + " MB" : String(bytes) + " B"
}

func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return cwd + "/" + path
}

func loadAverage() -> String {
    let text = (try? readWholeFile("/proc/loadavg")).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

func kernel() -> String {
    var names = utsname()
    uname(&names)
    func field<T>(_ value: T) -> String {
        withUnsafeBytes(of: value) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
    }
    return "\(field(names.sysname)) \(field(names.release)) \(field(names.machine))"
}

func cpuModel() -> String {
    guard let bytes = try? readWholeFile("/proc/cpuinfo") else { return "?" }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("model name") {
        return line.split(separator: ":", maxSplits: 1).last.map { String($0.drop(while: { $0 == " " })) } ?? "?"
    }
    return "?"
}

/// The file system type and mount point holding `path`, from /proc/mounts (longest matching mount point).
func filesystem(of path: String) -> String {
    guard let bytes = try? readWholeFile("/proc/mounts") else { return "?" }
    var best: (point: String, type: String, device: String)? = nil
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count >= 3 else { continue }
        let point = String(fields[1])
        let matches = path == point || path.hasPrefix(point == "/" ? "/" : point + "/")
        if matches && point.count >= (best?.point.count ?? -1) {
            best = (point, String(fields[2]), String(fields[0]))
        }
    }
    return best.map { "\($0.type) (\($0.device) mounted on \($0.point))" } ?? "?"
}
