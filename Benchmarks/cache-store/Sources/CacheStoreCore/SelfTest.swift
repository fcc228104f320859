#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Round trips for every store, and the damage cases of the log format.
enum SelfTest {
    static func run(stores: [StoreKind]) throws -> Bool {
        var passed = 0
        var failed = 0
        func expect(_ condition: Bool, _ what: String) {
            if condition {
                passed += 1
            } else {
                failed += 1
                printError("FAILED: \(what)")
            }
        }
        let base = "/dev/shm/cache-store-selftest-\(getpid())"
        defer { removeTree(base) }
        func records(_ range: Range<Int>, generation: Int) -> [String: [UInt8]] {
            var result: [String: [UInt8]] = [:]
            for i in range { result[Workload.key(i)] = Workload.value(i, generation: generation) }
            return result
        }

        for kind in stores {
            let directory = base + "/" + kind.name
            try emptyDirectory(directory)
            var expected = records(0..<300, generation: 0)
            do {
                let store = try kind.open(directory)
                expect(try store.load().isEmpty, "\(kind.name): a new store is empty")
                try store.save(changed: expected, removed: [])
                try store.close()
            }
            expect(try reopened(kind, directory) == expected, "\(kind.name): initial round trip")

            // Save without a load first, then with one.
            let changed = records(0..<20, generation: 1)
            let removed = (20..<30).map(Workload.key) + ["Content/never-there.md"]
            do {
                let store = try kind.open(directory)
                try store.save(changed: changed, removed: removed)
                try store.close()
            }
            expected.merge(changed) { $1 }
            for key in removed { expected.removeValue(forKey: key) }
            expect(try reopened(kind, directory) == expected, "\(kind.name): save without load")
            do {
                let store = try kind.open(directory)
                _ = try store.load()
                let more = [Workload.key(40): [UInt8](), Workload.key(500): [1, 2, 3]]
                try store.save(changed: more, removed: [Workload.key(41), Workload.key(40)])
                try store.close()
                expected.merge(more) { $1 }
                expected.removeValue(forKey: Workload.key(41))
            }
            expect(try reopened(kind, directory) == expected, "\(kind.name): load then save, empty value, both lists")
        }

        if let kind = stores.first(where: { $0.name == "log" }) {
            try logDamage(kind, base + "/log-damage", records: records, expect: expect)
        }
        printError("selftest: \(passed) passed, \(failed) failed")
        return failed == 0
    }

    static func reopened(_ kind: StoreKind, _ directory: String) throws -> [String: [UInt8]] {
        let store = try kind.open(directory)
        defer { try? store.close() }
        return try store.load()
    }

    static func logDamage(
        _ kind: StoreKind, _ directory: String, records: (Range<Int>, Int) -> [String: [UInt8]],
        expect: (Bool, String) -> Void
    ) throws {
        let path = directory + "/cache.log"
        func fresh(_ contents: [String: [UInt8]]) throws {
            try emptyDirectory(directory)
            let store = LogStore(path: path)
            try store.save(changed: contents, removed: [])
        }
        func size() -> Int { directorySize(directory) }
        func flip(at offset: Int) {
            let fd = open(path, O_RDWR)
            var byte: UInt8 = 0
            _ = pread(fd, &byte, 1, off_t(offset))
            byte ^= 0x40
            _ = pwrite(fd, &byte, 1, off_t(offset))
            _ = close(fd)
        }

        // A torn tail: the last save is lost, the ones before it are kept, and the next save (with or
        // without a load before it) cuts the tail off before appending.
        for loadFirst in [false, true] {
            let first = records(0..<100, 0)
            try fresh(first)
            let torn = records(0..<1, 1)
            try LogStore(path: path).save(changed: torn, removed: [])
            _ = truncate(path, off_t(size() - 3))
            expect(try reopened(kind, directory) == first, "log: a torn last save is dropped")
            let store = LogStore(path: path)
            if loadFirst { _ = try store.load() }
            let next = records(200..<203, 0)
            try store.save(changed: next, removed: [])
            expect(
                try reopened(kind, directory) == first.merging(next) { $1 },
                "log: a save after a torn tail is readable (load first: \(loadFirst))")
        }

        // A damaged record in the middle: the load stops there (the older values of later keys come back).
        let first = records(0..<100, 0)
        try fresh(first)
        let firstSize = size()
        try LogStore(path: path).save(changed: records(50..<120, 1), removed: [])
        flip(at: firstSize + 40)
        expect(try reopened(kind, directory) == first, "log: a load stops at a damaged record")

        // A file that is not a log at all: loads as empty; the next save rewrites it.
        try emptyDirectory(directory)
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        _ = write(fd, "not a log", 9)
        _ = close(fd)
        expect(try reopened(kind, directory).isEmpty, "log: a foreign file loads as empty")
        try LogStore(path: path).save(changed: records(0..<3, 0), removed: [])
        expect(try reopened(kind, directory) == records(0..<3, 0), "log: a foreign file is replaced")

        // Compaction: rewriting everything twice keeps dead bytes at or under live bytes.
        try fresh(first)
        let store = LogStore(path: path)
        _ = try store.load()
        try store.save(changed: records(0..<100, 1), removed: [])
        let afterOne = store.byteCounts
        try store.save(changed: records(0..<99, 2), removed: [Workload.key(99)])
        let afterTwo = store.byteCounts
        let expected = records(0..<99, 2)
        expect(try reopened(kind, directory) == expected, "log: compaction keeps the live records")
        if let afterOne, let afterTwo {
            expect(afterOne.dead <= afterOne.live && afterTwo.dead <= afterTwo.live, "log: dead ≤ live after saves")
            expect(afterTwo.fileSize == LogStore.headerSize + afterTwo.live, "log: a compacted file has no dead bytes")
        } else {
            expect(false, "log: byte counts known after saves")
        }
    }
}
