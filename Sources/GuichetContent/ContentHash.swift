import Foundation

/// A short content hash for cache-busting asset URLs (FNV-1a, 64 bits): stable across machines and runs.
package enum ContentHash {
    package static func hex(_ data: Data) -> String { String(full(data).prefix(10)) }

    /// All 64 bits, as 16 hex digits: what the build cache compares.
    package static func full(_ data: Data) -> String {
        var hasher = Hasher64()
        hasher.combine(data)
        return hasher.hex
    }

    package static func full(_ bytes: [UInt8]) -> String {
        var hasher = Hasher64()
        hasher.combine(bytes)
        return hasher.hex
    }
}
