import Foundation

/// FNV-1a over bytes, fed piece by piece. Not for security: for noticing that bytes changed.
package struct Hasher64 {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    package mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(bytes: $0) }
    }

    package mutating func combine(bytes raw: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in raw {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        self.value = value
    }

    package mutating func combine(_ text: String) {
        combine(Data(text.utf8))
        combine(Data([0])) // a separator, so that "ab"+"c" and "a"+"bc" differ
    }

    package var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
