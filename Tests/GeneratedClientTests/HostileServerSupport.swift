// A TCP server on 127.0.0.1 that answers every connection with fixed raw bytes, for responses that the
// well-behaved `LoopbackHTTPServer` cannot send: a body shorter than its Content-Length, a connection closed
// without any response, bytes that are not HTTP.

#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation

/// Accepts connections on 127.0.0.1 (ephemeral port), reads each request head, writes `response` as is and
/// closes the connection. Call `stop()` when done.
final class RawResponseServer: @unchecked Sendable {
    /// `http://127.0.0.1:<port>`.
    let baseURL: URL
    private let listener: Int32
    private let response: [UInt8]
    private let lock = NSLock()
    private var stopped = false
    private var finished = false
    private var requestHeads: [String] = []

    /// Starts listening; every connection gets `response`.
    init(response: [UInt8]) throws {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw RawResponseServerError(operation: "socket") }
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, listen(fd, 16) == 0, named == 0,
              let url = URL(string: "http://127.0.0.1:\(UInt16(bigEndian: actual.sin_port))") else {
            _ = close(fd)
            throw RawResponseServerError(operation: "bind/listen")
        }
        listener = fd
        baseURL = url
        self.response = response
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// The request heads received so far (request line and header fields).
    var receivedRequestHeads: [String] {
        lock.withLock { requestHeads }
    }

    /// Stops accepting and closes the listening socket (waits up to 2 s for the accept thread).
    func stop() {
        lock.withLock { stopped = true }
        let deadline = Date(timeIntervalSinceNow: 2)
        while !lock.withLock({ finished }), Date() < deadline { usleep(5_000) }
    }

    deinit {
        stop()
    }

    private func acceptLoop() {
        defer {
            _ = close(listener)
            lock.withLock { finished = true }
        }
        while !lock.withLock({ stopped }) {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            serve(client)
        }
    }

    private func serve(_ client: Int32) {
        defer { _ = close(client) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        _ = setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while received.count < 65_536 {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[0..<count]
            if let end = received.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]) {
                received = Array(received[..<end.lowerBound])
                break
            }
        }
        let head = String(decoding: received, as: UTF8.self)
        lock.withLock { requestHeads.append(head) }
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < response.count {
            let sent = response.withUnsafeBytes { send(client, $0.baseAddress! + offset, $0.count - offset, flags) }
            guard sent > 0 else { break }
            offset += sent
        }
        _ = shutdown(client, Int32(SHUT_WR))
    }
}

/// Why a `RawResponseServer` could not start.
struct RawResponseServerError: Error {
    var operation: String
}
