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
            try measure(
                target: target, base: base, expectedInitialBytes: expectedInitialBytes,
                expectedUpdatedBytes: expectedUpdatedBytes)
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        print(report(
            initial: initial, loadBefore: loadBefore, loadAfter: loadAverage(), seconds: seconds,
            bases: bases))
    }

    /// Runs every step for every store on one target. Within a step, the stores take turns run by run, so that
    /// other work on the machine weighs on all of them alike.
    private func measure(target: String, base: String, expectedInitialBytes: Int, expectedUpdatedBytes: Int) throws {
        let runs = options.runs
        let count = Workload.recordCount
        func directory(_ kind: StoreKind) -> String { base + "/" + kind.name }
        func child(_ operation: String, _ kind: StoreKind, run: Int = 0) throws -> ChildResult {
            sync()  // no write-back of an earlier step's dirty pages during this one
            return try runChild(["child", operation, kind.name, directory(kind), String(run)])
        }
        var table = [[ResultRow]](repeating: [], count: stores.count)
        func step(
            _ title: String, times: Int, warmUp: Bool = false, emptyFirst: Bool = false, _ operation: String,
            run: (Int) -> Int = { $0 }, expectedBytes: Int? = nil
        ) throws {
            progress("\(target): \(title)")
            var rows = stores.map { ResultRow(store: $0.name, target: target, step: title) }
            if warmUp {
                for kind in stores { _ = try child("load", kind) }  // the files into the page cache
            }
            for r in 0..<times {
                for (i, kind) in stores.enumerated() {
                    if emptyFirst { try emptyDirectory(directory(kind)) }
                    let result = try child(operation, kind, run: run(r))
                    if operation != "update" {
                        let records = Int(try result.number("records"))
                        let bytes = Int(try result.number("live_bytes"))
                        guard records == count, expectedBytes == nil || bytes == expectedBytes else {
                            throw CacheStoreError(
                                "\(target)/\(kind.name) \(title): \(records) records, \(bytes) bytes; expected "
                                    + "\(count), \(expectedBytes.map(String.init) ?? "any")")
                        }
                    }
                    try rows[i].add(result)
                }
            }
            for i in stores.indices {
                rows[i].storeBytes = directorySize(directory(stores[i]))
                table[i].append(rows[i])
            }
        }

        try step("a. initial write, 10k records, empty store", times: runs, emptyFirst: true, "write-all",
                 expectedBytes: expectedInitialBytes)
        try step("b. load all 10k", times: runs, warmUp: true, "load", expectedBytes: expectedInitialBytes)
        try step("c. update 1 (open + save 1 + close)", times: runs, "update")
        try step("c+. load all + update 1 (one-article rebuild)", times: runs, "load-update", run: { 100 + $0 })
        for kind in stores {
            try emptyDirectory(directory(kind))
            _ = try child("write-all", kind)
        }
        try step("d. update 1, \(options.updates) times in a row (each)", times: options.updates, "update",
                 run: { 1_000 + $0 })
        try step("d. load all after \(options.updates) updates", times: runs, warmUp: true, "load",
                 expectedBytes: expectedUpdatedBytes)
        try step("f. load all + save all 10k changed (full rebuild)", times: runs, "rebuild-all")
        for (i, kind) in stores.enumerated() {
            rows.append(contentsOf: table[i])
            checks.append("\(target)/\(kind.name): every load returned \(count) records (and the expected bytes where known)")
            try emptyDirectory(directory(kind))
        }
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
