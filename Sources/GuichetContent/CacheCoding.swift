import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#else
import Darwin
private let systemRead = Darwin.read
#endif

/// The build cache's file format: values written one after the other in a fixed order, integers as
/// LEB128 varints, strings as a length and their UTF-8 bytes. No keys and no types are stored: the
/// reader reads in the order the writer wrote, and a file written by another version is refused by
/// its version number (`CacheFormat.version`) before anything else is read.
///
/// Why not JSON: at 10,000 articles the cache holds 45 MB of JSON that Foundation takes about 1.5 s to
/// decode, most of a build where one article changed; this format decodes in a small fraction of that.
/// The version every cache file (the record, the article log, the search postings) starts with.
package enum CacheFormat {
    /// Raised whenever what a build writes changes for the same inputs (a new template key, a fix).
    package static let version = 16
}

package protocol CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt)
    func write(to writer: inout CacheWriter)
}

package struct CacheWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write<Value: CacheCodable>(_ value: Value) { value.write(to: &self) }

    package mutating func writeInt(_ value: Int) {
        // Zigzag, so that small negative numbers stay short.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// `value`'s bytes after their length: a reader may pass over them in one step (`DeferredPart`).
    package mutating func writeLengthPrefixed<Value: CacheCodable>(_ value: Value) {
        var part = CacheWriter()
        part.write(value)
        writeInt(part.bytes.count)
        bytes.append(contentsOf: part.bytes)
    }

    /// Bytes another writer made (a record of the article log).
    package mutating func append<Bytes: Collection<UInt8>>(_ other: Bytes) { bytes.append(contentsOf: other) }

    /// A count, the length in bytes of what follows, then each value as a varint: as compact as an array of
    /// integers (an article's search weights are small), and checked against its length when read.
    package mutating func writeInt32s(_ values: [Int32]) {
        var encoded = CacheWriter()
        for value in values { encoded.writeInt(Int(value)) }
        writeInt(values.count)
        writeInt(encoded.bytes.count)
        bytes.append(contentsOf: encoded.bytes)
    }

    package mutating func writeString(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeInt(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
}

package struct CacheReader: Sendable {
    /// The file is shorter than what it claims to hold, or holds a value out of range.
    package struct Corrupt: Error, CustomStringConvertible {
        package init() {}
        package var description: String { "the build cache file is damaged" }
    }

    private let bytes: [UInt8]
    /// Where the next value starts.
    package private(set) var offset = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A reader of the same bytes (not copied) from `offset`: a record of the article log is found by one
    /// pass and decoded by another, on every core.
    package init(_ bytes: [UInt8], at offset: Int) {
        self.bytes = bytes
        self.offset = min(max(0, offset), bytes.count)
    }

    /// Passes over `count` bytes, which another reader decodes.
    package mutating func skip(_ count: Int) throws(Corrupt) {
        guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
        offset += count
    }

    /// The next `count` bytes (fewer at the end), without moving: what a `DeferredPart` copies as it is.
    package func upcoming(_ count: Int) -> ArraySlice<UInt8> {
        bytes[offset..<min(bytes.count, offset + max(0, count))]
    }

    /// The whole file, read into one array without going through `Data` (a copy of tens of MB); nil when it
    /// cannot be read.
    package static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let read = systemRead(descriptor, buffer.baseAddress! + count, size - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { failed = read < 0; break }
                count += read
            }
        }
        return failed ? nil : bytes
    }

    package var isAtEnd: Bool { offset == bytes.count }

    package mutating func read<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(Corrupt) -> Value {
        try Value(from: &self)
    }

    package mutating func readInt() throws(Corrupt) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Corrupt() }
            let byte = bytes[offset]
            offset += 1
            // The tenth byte holds the 64th bit alone: anything more is damage, not a number.
            guard shift < 63 || byte <= 1 else { throw Corrupt() }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1))
    }

    /// What `CacheWriter.writeInt32s` wrote; every value must fit in 32 bits and end where the length says.
    package mutating func readInt32s() throws(Corrupt) -> [Int32] {
        let count = try readInt()
        let length = try readInt()
        // Each value takes one byte at least and five at most.
        guard count >= 0, length >= count, length <= 5 * count, length <= bytes.count - offset else { throw Corrupt() }
        let end = offset + length
        var values: [Int32] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = Int32(exactly: try readInt()), offset <= end else { throw Corrupt() }
            values.append(value)
        }
        guard offset == end else { throw Corrupt() }
        return values
    }

    package mutating func readString() throws(Corrupt) -> String {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + count)]), as: UTF8.self)
        }
        offset += count
        return text
    }
}

// MARK: - Standard types

extension Int: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = try reader.readInt() }
    package func write(to writer: inout CacheWriter) { writer.writeInt(self) }
}

extension Int64: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = Int64(try reader.readInt()) }
    package func write(to writer: inout CacheWriter) { writer.writeInt(Int(self)) }
}

extension UInt64: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = UInt64(bitPattern: Int64(try reader.readInt())) }
    package func write(to writer: inout CacheWriter) { writer.writeInt(Int(Int64(bitPattern: self))) }
}

extension Bool: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        switch try reader.readInt() {
        case 0: self = false
        case 1: self = true
        default: throw CacheReader.Corrupt()
        }
    }
    package func write(to writer: inout CacheWriter) { writer.writeInt(self ? 1 : 0) }
}

extension String: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = try reader.readString() }
    package func write(to writer: inout CacheWriter) { writer.writeString(self) }
}

extension Optional: CacheCodable where Wrapped: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self = try Bool(from: &reader) ? try Wrapped(from: &reader) : nil
    }
    package func write(to writer: inout CacheWriter) {
        writer.write(self != nil)
        if let self { writer.write(self) }
    }
}

extension Array: CacheCodable where Element: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let count = try reader.readInt()
        guard count >= 0 else { throw CacheReader.Corrupt() }
        self = []
        reserveCapacity(Swift.min(count, 1 << 20))
        for _ in 0..<count { append(try Element(from: &reader)) }
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeInt(count)
        for element in self { writer.write(element) }
    }
}

/// Written in key order, so that the same cache gives the same bytes.
extension Dictionary: CacheCodable where Key == String, Value: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let count = try reader.readInt()
        guard count >= 0 else { throw CacheReader.Corrupt() }
        self = [:]
        reserveCapacity(Swift.min(count, 1 << 20))
        for _ in 0..<count {
            let key = try reader.readString()
            self[key] = try Value(from: &reader)
        }
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeInt(count)
        // Sorted by a function that is not generic: this extension is generic over `Value`, and its own
        // `keys.sorted()` and lookups went through String's witnesses for every comparison (an unspecialised
        // call from another module), most of saving the cache at 10,000 articles (perf).
        let pairs = Array(self)
        for index in cacheKeyOrder(pairs.map(\.key)) {
            writer.writeString(pairs[index].key)
            writer.write(pairs[index].value)
        }
    }
}

/// The positions of `keys` in ascending order.
private func cacheKeyOrder(_ keys: [String]) -> [Int] {
    keys.indices.sorted { keys[$0] < keys[$1] }
}
