#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic nanoseconds.
public func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// What a child process reported, and what it cost as seen from outside.
struct ChildResult {
    /// `name=value` pairs from the child's one line of output.
    var fields: [String: String]
    /// From just before `posix_spawn` to `wait4` returning.
    var wallNanoseconds: UInt64
    /// The child's peak resident set (ru_maxrss from `wait4`; KiB on Linux).
    var maxRSSKiB: Int

    func number(_ name: String) throws -> Double {
        guard let text = fields[name], let value = Double(text) else {
            throw CacheStoreError("child output lacks \(name): \(fields)")
        }
        return value
    }
}

/// Runs this same executable with `arguments`, collects its standard output, waits for it.
func runChild(_ arguments: [String]) throws -> ChildResult {
    let executable = try ownExecutable()
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw CacheStoreError("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = currentEnvironment()
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
        for pointer in argv { free(pointer) }
        for pointer in envp { free(pointer) }
    }

    var pid: pid_t = 0
    let start = monotonicNanoseconds()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    _ = close(pipeEnds[1])
    guard spawned == 0 else {
        _ = close(pipeEnds[0])
        throw CacheStoreError("posix_spawn failed: \(String(cString: strerror(spawned)))")
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        output.append(contentsOf: chunk[0..<n])
    }
    _ = close(pipeEnds[0])
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let end = monotonicNanoseconds()
    let text = String(decoding: output, as: UTF8.self)
    guard status == 0 else {
        throw CacheStoreError("child \(arguments.joined(separator: " ")) failed (wait status \(status)): \(text)")
    }
    var fields: [String: String] = [:]
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        let parts = word.split(separator: "=", maxSplits: 1)
        if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    return ChildResult(fields: fields, wallNanoseconds: end - start, maxRSSKiB: Int(usage.ru_maxrss))
}

func ownExecutable() throws -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { throw CacheStoreError("cannot read /proc/self/exe") }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// `NAME=value` strings of this process's environment, read from /proc (no shared mutable C globals).
func currentEnvironment() -> [String] {
    guard let bytes = try? readWholeFile("/proc/self/environ") else { return [] }
    return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
}

func readWholeFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw CacheStoreError("open \(path): \(String(cString: strerror(errno)))") }
    defer { _ = close(fd) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        result.append(contentsOf: chunk[0..<n])
    }
    return result
}

/// The sum of the sizes of the regular files in `directory` (not recursive).
func directorySize(_ directory: String) -> Int {
    guard let dir = opendir(directory) else { return 0 }
    defer { closedir(dir) }
    var total = 0
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        var info = stat()
        if stat(directory + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            total += Int(info.st_size)
        }
    }
    return total
}

/// Removes the regular files in `directory` and makes sure it exists.
func emptyDirectory(_ directory: String) throws {
    if let dir = opendir(directory) {
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names where unlink(directory + "/" + name) != 0 {
            throw CacheStoreError("cannot remove \(directory)/\(name): \(String(cString: strerror(errno)))")
        }
    } else {
        try makeDirectories(directory)
    }
}

func makeDirectories(_ path: String) throws {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
        current += "/" + part
        if mkdir(current, 0o755) != 0 && errno != EEXIST {
            throw CacheStoreError("mkdir \(current): \(String(cString: strerror(errno)))")
        }
    }
}

/// Removes `path` and everything under it.
func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
        if let dir = opendir(path) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for name in names { removeTree(path + "/" + name) }
        }
        rmdir(path)
    } else {
        unlink(path)
    }
}
