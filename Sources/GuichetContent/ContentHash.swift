import Foundation

/// Content hashes, stable across machines and runs.
package enum ContentHash {
    /// A short hash for the names the output shows (cache-busting asset URLs, search files): FNV-1a's first
    /// ten hex digits.
    package static func hex(_ data: Data) -> String {
        var hasher = Hasher64()
        hasher.combine(data)
        return String(hasher.hex.prefix(10))
    }

    /// 64 bits as 16 hex digits, what the build cache compares with the last build's (`XXHash64`).
    package static func full(_ data: Data) -> String {
        data.withUnsafeBytes { hex(XXHash64.hash($0)) }
    }

    package static func full(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(XXHash64.hash($0)) }
    }

    private static func hex(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
