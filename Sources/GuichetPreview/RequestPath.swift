import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a request's path into a file of the site folder, or refuses it. Nothing outside the folder can be
/// reached: the raw path is split into segments *before* percent-decoding, and a segment that is `.` or
/// `..`, hidden, or decodes to a separator, a backslash, a NUL or a control character is refused; what is
/// left is resolved with `realpath`, and a symbolic link leading out of the folder is refused too.
enum RequestPath {
    enum Resolution: Equatable {
        /// A regular file, by its resolved absolute path.
        case file(String)
        /// A folder asked for without its final slash: redirect to this path.
        case redirect(String)
        case notFound
        case forbidden
        case badRequest
    }

    /// The decoded segments of a raw path (`/livraison/d%C3%A9lai.html` → `["livraison", "délai.html"]`),
    /// or the reason it is refused.
    static func segments(_ raw: String) -> Result<[String], Refusal> {
        guard raw.hasPrefix("/") else { return .failure(.forbidden) }
        guard !raw.contains("\\"), !raw.utf8.contains(0) else { return .failure(.forbidden) }
        var segments: [String] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = percentDecode(part) else { return .failure(.badRequest) }
            guard decoded != ".", decoded != "..", !decoded.hasPrefix("."),
                  !decoded.contains("/"), !decoded.contains("\\"),
                  !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            else { return .failure(.forbidden) }
            segments.append(decoded)
        }
        return .success(segments)
    }

    enum Refusal: Error { case forbidden, badRequest }

    /// Resolves `raw` under `root`, which must be a resolved absolute path (no symbolic links in it).
    static func resolve(_ raw: String, root: String) -> Resolution {
        let segments: [String]
        switch self.segments(raw) {
        case .success(let found): segments = found
        case .failure(.forbidden): return .forbidden
        case .failure(.badRequest): return .badRequest
        }
        let candidate = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
        guard let real = realPath(candidate) else { return .notFound }
        guard real == root || real.hasPrefix(root + "/") else { return .forbidden }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard raw.hasSuffix("/") else { return .redirect(raw + "/") }
            guard let index = realPath(real + "/index.html") else { return .notFound }
            guard index.hasPrefix(root + "/") else { return .forbidden }
            return isRegularFile(index) ? .file(index) : .notFound
        }
        return isRegularFile(real) ? .file(real) : .notFound
    }

    /// Strict percent-decoding: `%` must be followed by two hex digits, and the bytes must be UTF-8.
    static func percentDecode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The path with every symbolic link resolved, or nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }
}
