/// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/).
public enum FNV1a64 {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = offsetBasis
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* prime
        }
        return h
    }

    /// Hashes four independent byte ranges at once. FNV-1a is one multiply per byte in a dependency chain
    /// (about 4 cycles a byte); four chains side by side let the CPU overlap them. The results are exactly
    /// those of `hash(_:)` on each range.
    @inlinable
    public static func hash4(
        _ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer,
        _ c: UnsafeRawBufferPointer, _ d: UnsafeRawBufferPointer
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        var ha = offsetBasis, hb = offsetBasis, hc = offsetBasis, hd = offsetBasis
        let common = min(min(a.count, b.count), min(c.count, d.count))
        var i = 0
        while i < common {
            ha = (ha ^ UInt64(a[i])) &* prime
            hb = (hb ^ UInt64(b[i])) &* prime
            hc = (hc ^ UInt64(c[i])) &* prime
            hd = (hd ^ UInt64(d[i])) &* prime
            i &+= 1
        }
        ha = finish(ha, a, from: common)
        hb = finish(hb, b, from: common)
        hc = finish(hc, c, from: common)
        hd = finish(hd, d, from: common)
        return (ha, hb, hc, hd)
    }

    @inlinable
    static func finish(_ start: UInt64, _ bytes: UnsafeRawBufferPointer, from index: Int) -> UInt64 {
        var h = start
        var i = index
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* prime
            i &+= 1
        }
        return h
    }
}

/// Unsigned LEB128: seven bits a byte, low bits first, high bit set on every byte but the last.
public enum LEB128 {
    @inlinable
    public static func encodedCount(_ value: Int) -> Int {
        var v = UInt64(value)
        var n = 1
        while v >= 0x80 {
            v >>= 7
            n += 1
        }
        return n
    }

    @inlinable
    public static func append(_ value: Int, to buffer: inout [UInt8]) {
        var v = UInt64(value)
        while v >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        buffer.append(UInt8(v))
    }

    /// Reads a varint at `offset`; nil when it runs past the end, is longer than 10 bytes or does not fit an Int.
    @inlinable
    public static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Int? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var i = offset
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if shift == 63 && byte > 1 { return nil }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 {
                guard result <= UInt64(Int.max) else { return nil }
                offset = i
                return Int(result)
            }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}
