#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same numbers on every machine.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The benchmark's records, all derived from one seed, each reproducible on its own (so that a process
/// that updates one record does not have to make the other 9,999).
public enum Workload {
    public static let recordCount = 10_000
    public static let categoryCount = 60
    public static let seed: UInt64 = 0x6775_6963_6865_7421
    /// Sizes are log-normal with this mean (median about 3,090), clamped to `minimumSize...maximumSize`.
    public static let meanSize = 3_500.0
    public static let sizeSigma = 0.5
    public static let minimumSize = 800
    public static let maximumSize = 20_000

    /// `Content/cat-017/article-04321.md`: the article number is the index; the category is mixed from it.
    public static func key(_ index: Int) -> String {
        var rng = SplitMix64(seed: UInt64(truncatingIfNeeded: index) ^ 0xC47E_6035)
        let category = Int(rng.next() % UInt64(categoryCount))
        return "Content/cat-\(padded(category, 3))/article-\(padded(index, 5)).md"
    }

    /// The value of record `index` in its `generation`-th version (0 = the initial write).
    public static func value(_ index: Int, generation: Int) -> [UInt8] {
        var rng = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
            ^ (UInt64(truncatingIfNeeded: generation) &* 0xD1B5_4A32_D192_ED03))
        let size = logNormalSize(&rng)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var offset = 0
            while offset + 8 <= size {
                raw.storeBytes(of: rng.next(), toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            var last = rng.next()
            while offset < size {
                raw[offset] = UInt8(truncatingIfNeeded: last)
                last >>= 8
                offset += 1
            }
            count = size
        }
    }

    /// All records at `generation`.
    public static func all(generation: Int = 0) -> [String: [UInt8]] {
        var records = [String: [UInt8]](minimumCapacity: recordCount)
        for index in 0..<recordCount {
            records[key(index)] = value(index, generation: generation)
        }
        return records
    }

    /// The record that the `run`-th single-record update changes: which index, and its new value.
    public static func update(run: Int) -> (key: String, value: [UInt8]) {
        var rng = SplitMix64(seed: seed &+ 0x5EED &+ UInt64(truncatingIfNeeded: run))
        let index = Int(rng.next() % UInt64(recordCount))
        return (key(index), value(index, generation: 1 + run))
    }

    static func logNormalSize(_ rng: inout SplitMix64) -> Int {
        // Box–Muller; u1 in (0, 1] so that log(u1) is finite.
        let u1 = (Double(rng.next() >> 11) + 1) * 0x1p-53
        let u2 = Double(rng.next() >> 11) * 0x1p-53
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        let mu = log(meanSize) - sizeSigma * sizeSigma / 2
        let size = Int(exp(mu + sizeSigma * normal).rounded())
        return min(max(size, minimumSize), maximumSize)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
