#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Our own format: one append-only file.
///
/// ```
/// file    = header record*
/// header  = "GCLG" (4 bytes) version (UInt32, little-endian, = 1)
/// record  = keyLength (LEB128) key (UTF-8)
///           valueLength (LEB128) [flag (1 byte), only when valueLength is 0] value (valueLength bytes)
///           hash (UInt64, little-endian)
/// flag    = 0: the value is empty; 1: the record removes the key (a "tombstone")
/// hash    = FNV-1a 64 of every byte of the record before it (lengths, key, flag, value)
/// ```
///
/// - Load reads the whole file with one `read`, walks the records, keeps the last one per key, and stops at
///   the first truncated or damaged record (structure that does not parse, or a hash that does not match).
/// - Save appends the changed records and the tombstones with one `write` on an `O_APPEND` descriptor. If the
///   file ends with a torn or damaged tail, it is first cut back to the last good record (otherwise the new
///   records would sit behind the damage and never be read).
/// - When a save would leave more dead bytes (overwritten records, tombstones, the records they removed) than
///   live bytes, it compacts instead: the live records (copied byte for byte: a record does not depend on
///   where it sits) and the changed ones go to a temporary file, which is fsynced and renamed over the log.
/// - Nothing else is fsynced: like SQLite's `synchronous=NORMAL` in WAL mode, a power loss may lose the last
///   saves but never yields a record that does not match its hash.
/// - One writer at a time (no lock): a build holds the cache for its whole run.
/// - A save that was not preceded by a load in the same instance first scans the file (mmap, lengths only,
///   plus the hash of the last record; all hashes if that one fails or the tail is torn) to learn the live
///   and dead byte counts and where the good records end.
public final class LogStore: CacheStore {
    public static let magic: [UInt8] = Array("GCLG".utf8)
    public static let version: UInt32 = 1
    public static let headerSize = 8
    static let emptyValueFlag: UInt8 = 0
    static let removalFlag: UInt8 = 1

    public let path: String
    /// Load maps the file (`mmap`) instead of reading it into a buffer.
    public let mapsOnLoad: Bool
    private var state: State?

    public init(path: String, mapsOnLoad: Bool = false) {
        self.path = path
        self.mapsOnLoad = mapsOnLoad
    }

    public static func kind(mapsOnLoad: Bool = false) -> StoreKind {
        StoreKind(
            name: mapsOnLoad ? "log-mmap" : "log",
            summary: "our own append-only log (LEB128 lengths, FNV-1a 64 per record, compaction when dead > live); "
                + (mapsOnLoad
                    ? "load maps the file with mmap instead of reading it"
                    : "load reads the whole file with one read into one buffer")
        ) { directory in
            LogStore(path: directory + "/cache.log", mapsOnLoad: mapsOnLoad)
        }
    }

    // MARK: What the store knows about its file

    struct Slot {
        var offset: Int
        var size: Int
    }

    struct State {
        /// The live record of each key.
        var slots: [String: Slot]
        /// Bytes of the records in `slots`.
        var liveBytes: Int
        /// The end of the last good record; 0 when the file is missing or its header is wrong.
        var validEnd: Int
        /// The file's size; -1 when it is missing.
        var fileSize: Int

        var deadBytes: Int { validEnd == 0 ? 0 : validEnd - LogStore.headerSize - liveBytes }

        static let missing = State(slots: [:], liveBytes: 0, validEnd: 0, fileSize: -1)
    }

    /// Live and dead bytes as the store last saw them (nil before any load or save).
    public var byteCounts: (live: Int, dead: Int, fileSize: Int)? {
        state.map { ($0.liveBytes, $0.deadBytes, $0.fileSize) }
    }

    // MARK: Load

    public func load() throws -> [String: [UInt8]] {
        if mapsOnLoad {
            var values: [String: [UInt8]]? = [:]
            var found = State.missing
            let exists = try withMappedFile { raw in
                found = Self.index(raw, verifyAll: true, values: &values)
            }
            state = exists ? found : .missing
            return values!
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT {
                state = .missing
                return [:]
            }
            throw posixError("open")
        }
        defer { closeDescriptor(fd) }
        let size = try fileSize(fd)
        let bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let n = read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw posixError("read")
                }
                if n == 0 { break }
                count += n
            }
        }
        return bytes.withUnsafeBytes { raw in
            var values: [String: [UInt8]]? = [:]
            state = Self.index(raw, verifyAll: true, values: &values)
            return values!
        }
    }

    /// `load()` again, timing its phases (ns): read, parse + hash check, build the dictionaries, free the buffer.
    public func profileLoad() throws -> [(phase: String, nanoseconds: UInt64)] {
        var marks: [(String, UInt64)] = []
        var last = monotonicNanoseconds()
        func mark(_ phase: String) {
            let now = monotonicNanoseconds()
            marks.append((phase, now - last))
            last = now
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw posixError("open") }
        let size = try fileSize(fd)
        var bytes: [UInt8]? = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = read(fd, buffer.baseAddress!, size)
            if count != size { throw posixError("read") }
        }
        closeDescriptor(fd)
        mark("open + read \(size) bytes")
        var values: [String: [UInt8]]? = [:]
        try bytes!.withUnsafeBytes { raw in
            guard Self.hasValidHeader(raw) else { throw CacheStoreError("bad header") }
            let records = Self.goodRecords(raw, verifyAll: false)
            mark("walk \(records.count) records (lengths only)")
            _ = Self.intactFlags(raw, records)
            mark("check \(records.count) FNV-1a hashes")
            state = Self.index(raw, verifyAll: false, values: &values)
            mark("walk again + keys + dictionaries + value copies")
        }
        bytes = nil
        mark("free the read buffer")
        values = nil
        mark("free the values")
        return marks
    }

    // MARK: Save

    public func save(changed: [String: [UInt8]], removed: [String]) throws {
        var current = try state ?? scan()
        var removals: [String] = []
        for key in Set(removed) where changed[key] == nil && current.slots[key] != nil {
            removals.append(key)
        }
        guard !changed.isEmpty || !removals.isEmpty else { return }

        var newLive = current.liveBytes
        var appended = 0
        for key in removals {
            newLive -= current.slots[key]!.size
            appended += Self.recordSize(keyCount: key.utf8.count, valueCount: 0)
        }
        for (key, value) in changed {
            if let old = current.slots[key] { newLive -= old.size }
            let size = Self.recordSize(keyCount: key.utf8.count, valueCount: value.count)
            newLive += size
            appended += size
        }
        let recordsBefore = current.validEnd == 0 ? 0 : current.validEnd - Self.headerSize
        let newDead = recordsBefore + appended - newLive
        let headerIsBad = current.validEnd == 0 && current.fileSize > 0
        if headerIsBad || newDead > newLive {
            try compact(&current, changed: changed, removals: removals)
        } else {
            try append(&current, changed: changed, removals: removals, appendedBytes: appended)
        }
        state = current
    }

    public func close() throws {
        state = nil
    }

    private func append(_ current: inout State, changed: [String: [UInt8]], removals: [String], appendedBytes: Int)
        throws
    {
        let isNew = current.validEnd == 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(appendedBytes + Self.headerSize)
        if isNew { Self.appendHeader(to: &buffer) }
        let base = isNew ? 0 : current.validEnd
        for key in removals {
            Self.appendRecord(key: key, value: nil, to: &buffer)
            current.liveBytes -= current.slots.removeValue(forKey: key)!.size
        }
        for (key, value) in changed {
            let offset = base + buffer.count
            Self.appendRecord(key: key, value: value, to: &buffer)
            let slot = Slot(offset: offset, size: base + buffer.count - offset)
            if let old = current.slots.updateValue(slot, forKey: key) { current.liveBytes -= old.size }
            current.liveBytes += slot.size
        }

        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError("open") }
        defer { closeDescriptor(fd) }
        if !isNew, current.fileSize != current.validEnd {
            guard ftruncate(fd, off_t(current.validEnd)) == 0 else { throw posixError("ftruncate") }
        }
        try writeAll(fd, buffer)
        current.validEnd = base + buffer.count
        current.fileSize = current.validEnd
    }

    private func compact(_ current: inout State, changed: [String: [UInt8]], removals: [String]) throws {
        let removedKeys = Set(removals)
        var kept = current.slots.filter { changed[$0.key] == nil && !removedKeys.contains($0.key) }
            .map { (key: $0.key, slot: $0.value) }
        kept.sort { $0.slot.offset < $1.slot.offset }
        var total = Self.headerSize
        for entry in kept { total += entry.slot.size }
        for (key, value) in changed { total += Self.recordSize(keyCount: key.utf8.count, valueCount: value.count) }

        var buffer: [UInt8] = []
        buffer.reserveCapacity(total)
        Self.appendHeader(to: &buffer)
        var slots = [String: Slot](minimumCapacity: kept.count + changed.count)
        var live = 0
        if !kept.isEmpty {
            try withMappedFile { raw in
                for entry in kept {
                    let old = entry.slot
                    guard old.offset + old.size <= raw.count else {
                        throw CacheStoreError("\(path) shrank under the store")
                    }
                    slots[entry.key] = Slot(offset: buffer.count, size: old.size)
                    buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[old.offset..<(old.offset + old.size)]))
                    live += old.size
                }
            }
        }
        for (key, value) in changed {
            let offset = buffer.count
            Self.appendRecord(key: key, value: value, to: &buffer)
            slots[key] = Slot(offset: offset, size: buffer.count - offset)
            live += buffer.count - offset
        }

        let temporary = path + ".compacting-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError("open", temporary) }
        do {
            try writeAll(fd, buffer)
            guard fsync(fd) == 0 else { throw posixError("fsync", temporary) }
            closeDescriptor(fd)
            guard rename(temporary, path) == 0 else { throw posixError("rename", temporary) }
        } catch {
            closeDescriptor(fd)
            unlink(temporary)
            throw error
        }
        current = State(slots: slots, liveBytes: live, validEnd: buffer.count, fileSize: buffer.count)
    }

    /// What a save needs to know when no load came before it.
    private func scan() throws -> State {
        var found = State.missing
        let exists = try withMappedFile { raw in
            var ignored: [String: [UInt8]]? = nil
            found = Self.index(raw, verifyAll: false, values: &ignored)
        }
        return exists ? found : .missing
    }

    /// Maps the file read-only for `body`; false if the file does not exist.
    @discardableResult
    private func withMappedFile(_ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return false }
            throw posixError("open")
        }
        defer { closeDescriptor(fd) }
        let size = try fileSize(fd)
        if size == 0 {
            try body(UnsafeRawBufferPointer(start: nil, count: 0))
            return true
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0),
              base != UnsafeMutableRawPointer(bitPattern: -1)
        else { throw posixError("mmap") }
        defer { munmap(base, size) }
        try body(UnsafeRawBufferPointer(start: base, count: size))
        return true
    }

    // MARK: Reading records

    struct Record {
        var start: Int
        var keyStart: Int
        var keyCount: Int
        var valueStart: Int
        var valueCount: Int
        var isRemoval: Bool
        /// Where the 8 hash bytes start; the record ends 8 bytes later.
        var hashOffset: Int
        var end: Int { hashOffset + 8 }
    }

    /// The record at `start`, or nil if it does not parse or runs past the end.
    static func parse(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Record? {
        var i = start
        guard let keyCount = LEB128.read(bytes, at: &i), keyCount <= bytes.count - i else { return nil }
        let keyStart = i
        i += keyCount
        guard let valueCount = LEB128.read(bytes, at: &i) else { return nil }
        var isRemoval = false
        if valueCount == 0 {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case emptyValueFlag: break
            case removalFlag: isRemoval = true
            default: return nil
            }
            i += 1
        }
        guard valueCount <= bytes.count - i else { return nil }
        let valueStart = i
        i += valueCount
        guard bytes.count - i >= 8 else { return nil }
        return Record(
            start: start, keyStart: keyStart, keyCount: keyCount, valueStart: valueStart, valueCount: valueCount,
            isRemoval: isRemoval, hashOffset: i)
    }

    static func isIntact(_ bytes: UnsafeRawBufferPointer, _ record: Record) -> Bool {
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: record.hashOffset, as: UInt64.self))
        return FNV1a64.hash(UnsafeRawBufferPointer(rebasing: bytes[record.start..<record.hashOffset])) == stored
    }

    static func hasValidHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= headerSize, bytes.prefix(4).elementsEqual(magic) else { return false }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == version
    }

    /// The good records: those before the first one that is truncated or whose hash does not match. With
    /// `verifyAll` false, the hashes are checked only when the last record's hash fails or the tail is torn.
    static func goodRecords(_ bytes: UnsafeRawBufferPointer, verifyAll: Bool) -> [Record] {
        var records: [Record] = []
        var offset = headerSize
        var reachedEnd = true
        while offset < bytes.count {
            guard let record = parse(bytes, at: offset) else {
                reachedEnd = false
                break
            }
            records.append(record)
            offset = record.end
        }
        if !verifyAll, reachedEnd, records.last.map({ isIntact(bytes, $0) }) ?? true {
            return records
        }
        if let firstBad = intactFlags(bytes, records).firstIndex(of: false) {
            records.removeSubrange(firstBad...)
        }
        return records
    }

    /// Whether each record's hash matches. FNV-1a is a chain of one multiply per byte, so one record at a
    /// time runs at the multiply's latency (about 4 cycles a byte); this hashes four records side by side,
    /// grouped by length so that the four end together. Same hashes, about three times the speed.
    static func intactFlags(_ bytes: UnsafeRawBufferPointer, _ records: [Record]) -> [Bool] {
        func body(_ record: Record) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: bytes[record.start..<record.hashOffset])
        }
        func stored(_ record: Record) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: record.hashOffset, as: UInt64.self))
        }
        var order = Array(records.indices)
        order.sort { records[$0].hashOffset - records[$0].start < records[$1].hashOffset - records[$1].start }
        var intact = [Bool](repeating: false, count: records.count)
        var i = 0
        while i + 4 <= order.count {
            let (a, b, c, d) = (records[order[i]], records[order[i + 1]], records[order[i + 2]], records[order[i + 3]])
            let hashes = FNV1a64.hash4(body(a), body(b), body(c), body(d))
            intact[order[i]] = hashes.0 == stored(a)
            intact[order[i + 1]] = hashes.1 == stored(b)
            intact[order[i + 2]] = hashes.2 == stored(c)
            intact[order[i + 3]] = hashes.3 == stored(d)
            i += 4
        }
        while i < order.count {
            intact[order[i]] = isIntact(bytes, records[order[i]])
            i += 1
        }
        return intact
    }

    /// Walks the file: the store's state and, when `values` is not nil, the live values.
    static func index(_ bytes: UnsafeRawBufferPointer, verifyAll: Bool, values: inout [String: [UInt8]]?) -> State {
        guard hasValidHeader(bytes) else {
            return State(slots: [:], liveBytes: 0, validEnd: 0, fileSize: bytes.count)
        }
        let records = goodRecords(bytes, verifyAll: verifyAll)
        var slots = [String: Slot](minimumCapacity: records.count)
        values?.reserveCapacity(records.count)
        var live = 0
        for record in records {
            let key = String(
                decoding: UnsafeRawBufferPointer(rebasing: bytes[record.keyStart..<(record.keyStart + record.keyCount)]),
                as: UTF8.self)
            if record.isRemoval {
                if let old = slots.removeValue(forKey: key) { live -= old.size }
                values?.removeValue(forKey: key)
            } else {
                let slot = Slot(offset: record.start, size: record.end - record.start)
                if let old = slots.updateValue(slot, forKey: key) { live -= old.size }
                live += slot.size
                if values != nil {
                    values![key] = [UInt8](
                        UnsafeRawBufferPointer(
                            rebasing: bytes[record.valueStart..<(record.valueStart + record.valueCount)]))
                }
            }
        }
        return State(slots: slots, liveBytes: live, validEnd: records.last?.end ?? headerSize, fileSize: bytes.count)
    }

    // MARK: Writing records

    static func recordSize(keyCount: Int, valueCount: Int) -> Int {
        LEB128.encodedCount(keyCount) + keyCount + LEB128.encodedCount(valueCount) + max(valueCount, 1) + 8
    }

    static func appendHeader(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: magic)
        withUnsafeBytes(of: version.littleEndian) { buffer.append(contentsOf: $0) }
    }

    /// Appends a record; a nil value is a removal.
    static func appendRecord(key: String, value: [UInt8]?, to buffer: inout [UInt8]) {
        let start = buffer.count
        var key = key
        key.withUTF8 { utf8 in
            LEB128.append(utf8.count, to: &buffer)
            buffer.append(contentsOf: utf8)
        }
        if let value {
            LEB128.append(value.count, to: &buffer)
            if value.isEmpty { buffer.append(emptyValueFlag) } else { buffer.append(contentsOf: value) }
        } else {
            LEB128.append(0, to: &buffer)
            buffer.append(removalFlag)
        }
        let hash = buffer.withUnsafeBytes { FNV1a64.hash(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        withUnsafeBytes(of: hash.littleEndian) { buffer.append(contentsOf: $0) }
    }

    // MARK: System calls

    private func posixError(_ call: String, _ file: String? = nil) -> CacheStoreError {
        CacheStoreError("\(call) \(file ?? path): \(String(cString: strerror(errno)))")
    }

    private func fileSize(_ fd: Int32) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw posixError("fstat") }
        return Int(info.st_size)
    }

    private func writeAll(_ fd: Int32, _ buffer: [UInt8]) throws {
        try buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw posixError("write")
                }
                done += n
            }
        }
    }
}

private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}
