import Foundation

/// Substring search on UTF-8 bytes. Foundation's `contains` and `range(of:)` on a String are locale-aware
/// searches: on every page of a 10,000-article build they were a tenth of its time (issue 29). For a needle
/// that is ASCII, bytes give the same answer: canonical equivalence cannot hide an ASCII character.
package enum ByteSearch {
    package static func contains(_ needle: String, in haystack: String) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { occurs(Array(needle.utf8), in: $0) }
    }

    package static func occurs(_ needle: [UInt8], in haystack: some RandomAccessCollection<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        // Contiguous bytes (nearly every caller): the C library's `memchr` finds each candidate first byte, many
        // bytes at a time, and `memcmp` compares the rest; the loop below is the same search, for the other
        // collections. (`memmem` is a GNU extension that Swift's Glibc module does not export.)
        if let found = haystack.withContiguousStorageIfAvailable({ bytes in
            needle.withUnsafeBytes { wanted -> Bool in
                guard let base = bytes.baseAddress, let wantedBase = wanted.baseAddress else { return false }
                let last = bytes.count - wanted.count
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, wantedBase, wanted.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }) {
            return found
        }
        var start = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -needle.count)
        while start <= last {
            if haystack[start] == first,
               haystack[start..<haystack.index(start, offsetBy: needle.count)].elementsEqual(needle) { return true }
            start = haystack.index(after: start)
        }
        return false
    }
}
