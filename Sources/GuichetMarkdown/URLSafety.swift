/// Recognises URLs whose scheme runs code or embeds content when followed.
enum URLSafety {
    private static let dangerousSchemes: Set<String> = ["javascript", "vbscript", "data"]
    private static let longestDangerousScheme = 10

    static func isSafe(_ url: String) -> Bool {
        var scheme = ""
        var started = false
        for byte in url.utf8 {
            // Browsers strip leading C0 controls and spaces, and tabs and newlines anywhere, before
            // looking for the scheme: "\u{1}java\nscript:" still runs.
            if !started && byte <= 0x20 { continue }
            started = true
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            switch byte {
            case UInt8(ascii: ":"):
                return !dangerousSchemes.contains(scheme)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.unicodeScalars.append(Unicode.Scalar(byte + 0x20))
            default:
                // Anything else before a colon means a relative URL.
                return true
            }
            if scheme.utf8.count > longestDangerousScheme { return true }
        }
        return true
    }
}
