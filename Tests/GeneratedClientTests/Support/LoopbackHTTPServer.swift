// A small HTTP/1.1 server on 127.0.0.1 for tests: POSIX sockets and Foundation only.
//
// One thread accepts connections, and each connection gets its own thread that reads requests
// until the client closes it or asks for `Connection: close`. Everything is bounded: receive and
// send timeouts, header and body sizes. A malformed request gets a 400 and the connection is closed.
//
// This file holds the server object; the other `Loopback*.swift` files next to it hold its parts: the
// messages, the shared core and its threads, request parsing, buffered reading, the socket calls and the lock.

import Foundation

/// Why a `LoopbackHTTPServer` could not start.
struct LoopbackHTTPServerError: Error, CustomStringConvertible {
    /// The system call that failed, e.g. `bind`.
    var operation: String
    /// The `errno` it left behind.
    var code: Int32

    /// A readable summary.
    var description: String {
        "LoopbackHTTPServer: \(operation) failed (errno \(code))"
    }
}

/// A small HTTP/1.1 server on `127.0.0.1` with an ephemeral port, for tests.
///
/// Every request is recorded (see `receivedRequests`) and then answered by the handler, which runs on
/// the connection's thread. Call `stop()` when done; `deinit` calls it too. If the handler captures the
/// server, `stop()` breaks that cycle by releasing the handler.
final class LoopbackHTTPServer: Sendable {
    /// Size limits and timeouts; the defaults suit tests.
    struct Limits: Sendable {
        /// Maximum size of the request line plus header fields.
        var maxHeaderBytes: Int = 64 * 1024
        /// Maximum size of a request body (after de-chunking).
        var maxBodyBytes: Int = 64 * 1024 * 1024
        /// How long one `recv`/`send` may wait before the connection is dropped.
        var socketTimeout: TimeInterval = 5

        /// Creates limits; every argument has a default.
        init(maxHeaderBytes: Int = 64 * 1024, maxBodyBytes: Int = 64 * 1024 * 1024, socketTimeout: TimeInterval = 5) {
            self.maxHeaderBytes = maxHeaderBytes
            self.maxBodyBytes = maxBodyBytes
            self.socketTimeout = socketTimeout
        }
    }

    /// The port the server listens on (on 127.0.0.1 only).
    let port: UInt16
    /// `http://127.0.0.1:<port>`.
    let baseURL: URL
    private let core: LoopbackServerCore

    /// Binds 127.0.0.1 on an ephemeral port and starts accepting connections.
    /// - Parameters:
    ///   - limits: size limits and timeouts.
    ///   - handler: answers each request; called on the connection's thread, one request at a time per connection.
    init(limits: Limits = Limits(), handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws {
        let (fd, port) = try LoopbackSocket.makeListener()
        guard let url = URL(string: "http://127.0.0.1:\(port)") else {
            LoopbackSocket.closeDescriptor(fd)
            throw LoopbackHTTPServerError(operation: "URL(string:)", code: 0)
        }
        self.port = port
        self.baseURL = url
        self.core = LoopbackServerCore(listenFD: fd, port: port, limits: limits, handler: handler)
        core.start()
    }

    /// Every request received so far, in arrival order (recorded before the handler runs).
    var receivedRequests: [RecordedRequest] {
        core.state.withLock { $0.requests }
    }

    /// How many connections the server has accepted so far (useful to check keep-alive).
    var acceptedConnectionCount: Int {
        core.state.withLock { $0.acceptedConnections }
    }

    /// Closes the listening socket and all connections and waits (up to 3 s) for the server's threads to
    /// finish. Idempotent; safe to call from a handler.
    func stop() {
        core.stop()
    }

    deinit {
        core.stop()
    }
}
