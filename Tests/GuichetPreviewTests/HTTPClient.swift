import Foundation

#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Musl)
import Musl
private let streamSocket = SOCK_STREAM
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
private let sendFlags: Int32 = 0
#endif

/// One answer: status, headers (names lowercased), body.
struct HTTPResult: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A TCP connection to the preview on 127.0.0.1, with reads bounded by `poll`. A raw socket rather than
/// URLSession, so that the request path is sent exactly as written (no `..` normalisation).
final class RawConnection {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { throw TestFailure("socket: errno \(errno)") }
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw TestFailure("connect to port \(port): errno \(errno)")
        }
    }

    deinit { close(descriptor) }

    func transmit(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, sendFlags) }
            guard n > 0 else { throw TestFailure("send: errno \(errno)") }
            sent += n
        }
    }

    /// What arrives within `seconds`: bytes, [] when nothing came in time, nil at the end of the stream.
    func read(waiting seconds: Double) -> [UInt8]? {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(max(0, seconds * 1000)))
        guard ready > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Array(buffer[..<n])
    }
}

/// Runs blocking socket work on a thread of its own: never on Swift concurrency's threads, which the
/// in-process server needs to answer, nor on Dispatch's global queues, which on Linux share their few
/// threads with them.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

enum HTTPClient {
    /// Sends one request with `Connection: close` and reads the whole answer (at most `timeout` seconds).
    static func fetch(_ method: String, _ path: String, port: Int, timeout: Double = 10) async throws -> HTTPResult {
        try await offThePool {
            let connection = try RawConnection(port: port)
            try connection.transmit("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            let deadline = Date().addingTimeInterval(timeout)
            var received: [UInt8] = []
            while Date() < deadline {
                guard let bytes = connection.read(waiting: 0.2) else { break }
                received += bytes
                if let result = parse(received, isHead: method == "HEAD"), result.complete { return result.answer }
            }
            guard let result = parse(received, isHead: method == "HEAD") else {
                throw TestFailure("no complete answer to \(method) \(path) within \(timeout) s")
            }
            return result.answer
        }
    }

    static func parse(_ bytes: [UInt8], isHead: Bool) -> (answer: HTTPResult, complete: Bool)? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.dropLast(3).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            return nil
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Data(bytes[(end + 4)...])
        if isHead { return (HTTPResult(status: status, headers: headers, body: Data()), true) }
        if let length = headers["content-length"].flatMap(Int.init) {
            return (HTTPResult(status: status, headers: headers, body: body.prefix(length)), body.count >= length)
        }
        return (HTTPResult(status: status, headers: headers, body: body), false)
    }
}

/// An open `/__guichet/events` stream, read as it arrives.
final class EventStreamClient: @unchecked Sendable {
    private let connection: RawConnection
    private let lock = NSLock()
    private var received: [UInt8] = []

    init(port: Int, since: Int? = nil) throws {
        connection = try RawConnection(port: port)
        let query = since.map { "?since=\($0)" } ?? ""
        try connection.transmit("GET /__guichet/events\(query) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    var text: String { lock.withLock { String(decoding: received, as: UTF8.self) } }

    /// Number of `event: reload` received so far.
    var reloads: Int { text.components(separatedBy: "event: reload\n").count - 1 }

    /// Reads until `condition` holds on everything received, for at most `seconds`.
    func wait(seconds: Double = 10, until condition: @escaping @Sendable (EventStreamClient) -> Bool) async throws -> Bool {
        try await offThePool {
            let deadline = Date().addingTimeInterval(seconds)
            while true {
                if condition(self) { return true }
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else { return false }
                guard let bytes = self.connection.read(waiting: min(remaining, 0.2)) else { return condition(self) }
                self.lock.withLock { self.received += bytes }
            }
        }
    }

    /// Whether the server ended the stream (read returns end-of-stream) within `seconds`.
    func waitForEnd(seconds: Double) async throws -> Bool {
        try await offThePool {
            let deadline = Date().addingTimeInterval(seconds)
            while deadline.timeIntervalSinceNow > 0 {
                guard let bytes = self.connection.read(waiting: 0.2) else { return true }
                self.lock.withLock { self.received += bytes }
            }
            return false
        }
    }
}
