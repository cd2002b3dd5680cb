// A small HTTP/1.1 server on 127.0.0.1 for tests: POSIX sockets and Foundation only.
//
// One thread accepts connections, and each connection gets its own thread that reads requests
// until the client closes it or asks for `Connection: close`. Everything is bounded: receive and
// send timeouts, header and body sizes. A malformed request gets a 400 and the connection is closed.

#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation

// MARK: - Public-ish API

/// One `name=value` pair of a request's query string, percent-decoded.
///
/// Decoding follows RFC 3986 (like `URLComponents.queryItems`): `%XX` escapes are decoded, a `+` stays a `+`.
struct QueryItem: Sendable, Hashable {
    /// The decoded name.
    var name: String
    /// The decoded value; empty when the pair has no `=`.
    var value: String
}

/// One request as the server received it.
struct RecordedRequest: Sendable, Hashable {
    /// The method, e.g. `GET`.
    var method: String
    /// The raw request-target, e.g. `/clusters/backups?limit=2&offset=0`.
    var target: String
    /// The part of `target` before the first `?`, still percent-encoded.
    var path: String
    /// The decoded query items in the order they were sent; empty pieces (`a=1&&b=2`) are skipped.
    var query: [QueryItem]
    /// Header fields with lowercased names; repeated fields are joined with `", "`.
    var headers: [String: String]
    /// The body; for `Transfer-Encoding: chunked` this is the de-chunked payload.
    var body: Data

    /// The value of the header field `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The values of every query item called `name`, in order.
    func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }

    /// The body as UTF-8 text (invalid bytes become U+FFFD).
    var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}

/// What the handler answers.
///
/// The server always adds `Content-Length` itself (except for 1xx and 204, where HTTP forbids it) and
/// drops any `Content-Length`/`Transfer-Encoding` given here. A `Connection: close` header is honoured:
/// the server closes the connection after this response.
struct StubResponse: Sendable {
    /// The three-digit status code.
    var status: Int
    /// Header fields in the order they are sent.
    var headers: [(String, String)]
    /// The body; not sent for `HEAD` requests and for 1xx, 204 and 304 responses.
    var body: Data

    /// Creates a response from its parts.
    init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `json` (UTF-8), with `Content-Type: application/json`.
    static func json(_ status: Int, _ json: String) -> StubResponse {
        StubResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(json.utf8))
    }

    /// A response whose body is `text` (UTF-8), with `Content-Type: <contentType>`.
    static func text(_ status: Int, _ text: String, contentType: String = "text/plain") -> StubResponse {
        StubResponse(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
    }

    /// A response without body or extra headers.
    static func empty(_ status: Int) -> StubResponse {
        StubResponse(status: status)
    }
}

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

    /// Returns the usual reason phrase for `status`, or `"Status"` for codes it does not know.
    static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 101: "Switching Protocols"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 203: "Non-Authoritative Information"
        case 204: "No Content"
        case 205: "Reset Content"
        case 206: "Partial Content"
        case 207: "Multi-Status"
        case 300: "Multiple Choices"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 407: "Proxy Authentication Required"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 410: "Gone"
        case 411: "Length Required"
        case 412: "Precondition Failed"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 416: "Range Not Satisfiable"
        case 417: "Expectation Failed"
        case 418: "I'm a teapot"
        case 421: "Misdirected Request"
        case 422: "Unprocessable Content"
        case 423: "Locked"
        case 424: "Failed Dependency"
        case 425: "Too Early"
        case 426: "Upgrade Required"
        case 428: "Precondition Required"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        case 507: "Insufficient Storage"
        case 511: "Network Authentication Required"
        default: "Status"
        }
    }

    deinit {
        core.stop()
    }
}

// MARK: - Server core (shared by the server object and its threads)

/// Mutable server state, always accessed under `LoopbackLocked`'s lock.
private struct LoopbackServerState: Sendable {
    var handler: (@Sendable (RecordedRequest) -> StubResponse)?
    var stopped = false
    var listenerOpen = true
    var connections: Set<Int32> = []
    var liveThreads = 0
    var acceptedConnections = 0
    var requests: [RecordedRequest] = []
}

/// A value protected by an `NSCondition`; every `withLock` wakes `wait(until:for:)`.
private final class LoopbackLocked<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value

    /// Wraps `value`.
    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value, then wakes waiters.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&value)
    }

    /// Waits until `predicate` holds or `deadline` passes; returns whether it holds.
    func wait(until deadline: Date, for predicate: (Value) -> Bool) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !predicate(value) {
            if !condition.wait(until: deadline) {
                return predicate(value)
            }
        }
        return true
    }
}

/// A request head and body as parsed, plus what the connection should do afterwards.
private struct LoopbackParsedRequest {
    var recorded: RecordedRequest
    var keepAlive: Bool
    var isHTTP10: Bool
}

/// Why reading a request stopped.
private enum LoopbackReadError: Error {
    /// The peer closed the connection, a timeout expired or the socket failed: just close.
    case closed
    /// The request is not acceptable: answer 400 with this reason and close.
    case malformed(String)
}

/// The listening socket, the state and the thread bodies. Threads keep this object alive, not the
/// `LoopbackHTTPServer`, so the server's `deinit` can run and stop everything.
private final class LoopbackServerCore: Sendable {
    /// Key under which server threads store `id` in their thread dictionary.
    static let threadKey = "LoopbackHTTPServer.core"

    let listenFD: Int32
    let port: UInt16
    let limits: LoopbackHTTPServer.Limits
    let id = UUID().uuidString
    let state: LoopbackLocked<LoopbackServerState>

    /// Wraps an already listening socket.
    init(listenFD: Int32, port: UInt16, limits: LoopbackHTTPServer.Limits,
         handler: @escaping @Sendable (RecordedRequest) -> StubResponse) {
        self.listenFD = listenFD
        self.port = port
        self.limits = limits
        self.state = LoopbackLocked(LoopbackServerState(handler: handler))
    }

    /// Whether `stop()` has begun.
    var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// Starts the accept thread.
    func start() {
        state.withLock { $0.liveThreads += 1 }
        let thread = Thread { [self] in
            markCurrentThread()
            acceptLoop()
        }
        thread.name = "LoopbackHTTPServer:\(port) accept"
        thread.start()
    }

    /// See `LoopbackHTTPServer.stop()`. Does not wait for the calling thread if it is one of the server's.
    func stop() {
        let onServerThread = (Thread.current.threadDictionary[Self.threadKey] as? String) == id
        let released: (@Sendable (RecordedRequest) -> StubResponse)? = state.withLock { state in
            guard !state.stopped else { return nil }
            state.stopped = true
            let handler = state.handler
            state.handler = nil
            if state.listenerOpen {
                LoopbackSocket.shutdownBoth(listenFD)
            }
            for fd in state.connections {
                LoopbackSocket.shutdownBoth(fd)
            }
            return handler
        }
        // Release the handler outside the lock: it may hold the last reference to the server.
        _ = released
        let allowed = onServerThread ? 1 : 0
        _ = state.wait(until: Date(timeIntervalSinceNow: 3)) { $0.liveThreads <= allowed }
    }

    /// Tags the current thread as one of this server's, so `stop()` from a handler does not wait for itself.
    private func markCurrentThread() {
        Thread.current.threadDictionary[Self.threadKey] = id
    }

    // MARK: Accepting

    /// Accepts connections until stopped, one thread each; closes the listening socket on exit.
    private func acceptLoop() {
        defer {
            state.withLock { state in
                state.listenerOpen = false
                LoopbackSocket.closeDescriptor(listenFD)
                state.liveThreads -= 1
            }
        }
        while !isStopped {
            var descriptor = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0, errno != EINTR {
                usleep(10_000)
                continue
            }
            if ready <= 0 {
                continue
            }
            let client = accept(listenFD, nil, nil)
            if client < 0 {
                // EAGAIN after a spurious wake-up, ECONNABORTED, EMFILE, or EINVAL after stop().
                if !isStopped, errno != EAGAIN, errno != EWOULDBLOCK {
                    usleep(10_000)
                }
                continue
            }
            LoopbackSocket.configureConnection(client, timeout: limits.socketTimeout)
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connections.insert(client)
                state.liveThreads += 1
                state.acceptedConnections += 1
                return true
            }
            guard admitted else {
                LoopbackSocket.closeDescriptor(client)
                return
            }
            let thread = Thread { [self] in
                markCurrentThread()
                serve(client)
            }
            thread.name = "LoopbackHTTPServer:\(port) connection \(client)"
            thread.start()
        }
    }

    // MARK: Serving one connection

    /// Answers requests on one connection until it ends, then closes it.
    private func serve(_ fd: Int32) {
        let reader = LoopbackConnectionReader(fd: fd)
        var lingering = false
        defer {
            if lingering {
                LoopbackSocket.drainAfterShutdown(fd)
            }
            state.withLock { state in
                state.connections.remove(fd)
                LoopbackSocket.closeDescriptor(fd)
                state.liveThreads -= 1
            }
        }
        while true {
            let parsed: LoopbackParsedRequest?
            do {
                parsed = try readRequest(reader, fd: fd)
            } catch LoopbackReadError.malformed(let reason) {
                let response = StubResponse.text(400, "Bad Request: \(reason)\n")
                _ = LoopbackSocket.sendAll(fd, serialize(response, method: "GET", closing: true, http10KeepAlive: false))
                lingering = true
                return
            } catch {
                return
            }
            guard let request = parsed else {
                return
            }
            let handler = state.withLock { state -> (@Sendable (RecordedRequest) -> StubResponse)? in
                guard !state.stopped else { return nil }
                state.requests.append(request.recorded)
                return state.handler
            }
            guard let handler else {
                return
            }
            let response = handler(request.recorded)
            let handlerAsksClose = response.headers.contains { name, value in
                name.lowercased() == "connection" && Self.tokens(value).contains("close")
            }
            let closing = !request.keepAlive || handlerAsksClose || isStopped
            let bytes = serialize(response, method: request.recorded.method, closing: closing,
                                  http10KeepAlive: request.isHTTP10 && !closing)
            guard LoopbackSocket.sendAll(fd, bytes) else {
                return
            }
            if closing {
                lingering = true
                return
            }
        }
    }

    /// Reads one request; returns nil when the client closed the connection between requests.
    private func readRequest(_ reader: LoopbackConnectionReader, fd: Int32) throws -> LoopbackParsedRequest? {
        guard let head = try reader.readHead(maxBytes: limits.maxHeaderBytes) else {
            return nil
        }
        var lines = Self.splitLines(head)
        guard !lines.isEmpty else {
            throw LoopbackReadError.malformed("empty request")
        }
        let requestLine = lines.removeFirst()
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw LoopbackReadError.malformed("request line is not 'METHOD target HTTP/1.x'")
        }
        guard !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenByte) else {
            throw LoopbackReadError.malformed("invalid method")
        }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw LoopbackReadError.malformed("invalid request-target")
        }
        let method = String(decoding: parts[0], as: UTF8.self)
        let target = String(decoding: parts[1], as: UTF8.self)
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw LoopbackReadError.malformed("unsupported HTTP version")
        }

        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                throw LoopbackReadError.malformed("header line without ':'")
            }
            let nameBytes = line[line.startIndex..<colon]
            guard !nameBytes.isEmpty, nameBytes.allSatisfy(Self.isTokenByte) else {
                throw LoopbackReadError.malformed("invalid header name")
            }
            let valueBytes = Self.trimmed(line[line.index(after: colon)...])
            guard valueBytes.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                throw LoopbackReadError.malformed("control character in header value")
            }
            let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
            let value = String(decoding: valueBytes, as: UTF8.self)
            if let existing = headers[name] {
                headers[name] = existing + ", " + value
            } else {
                headers[name] = value
            }
        }

        let expectsContinue = version == "HTTP/1.1" && headers["expect"]?.lowercased() == "100-continue"
        let body: Data
        if let transferEncoding = headers["transfer-encoding"] {
            guard headers["content-length"] == nil else {
                throw LoopbackReadError.malformed("both Content-Length and Transfer-Encoding")
            }
            guard Self.tokens(transferEncoding) == ["chunked"] else {
                throw LoopbackReadError.malformed("unsupported Transfer-Encoding '\(transferEncoding)'")
            }
            if expectsContinue {
                sendContinue(fd, reader: reader)
            }
            body = try reader.readChunkedBody(maxBodyBytes: limits.maxBodyBytes, maxTrailerBytes: limits.maxHeaderBytes)
        } else if let contentLength = headers["content-length"] {
            let values = contentLength.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = values.first, !first.isEmpty, first.count <= 18,
                  first.allSatisfy({ $0.isASCII && $0.isNumber }), values.allSatisfy({ $0 == first }),
                  let length = Int(first)
            else {
                throw LoopbackReadError.malformed("invalid Content-Length '\(contentLength)'")
            }
            guard length <= limits.maxBodyBytes else {
                throw LoopbackReadError.malformed("body of \(length) bytes exceeds \(limits.maxBodyBytes) bytes")
            }
            if expectsContinue, length > 0 {
                sendContinue(fd, reader: reader)
            }
            body = try reader.readExact(length)
        } else {
            body = Data()
        }

        let connectionTokens = Self.tokens(headers["connection"] ?? "")
        let isHTTP10 = version == "HTTP/1.0"
        let keepAlive = isHTTP10 ? connectionTokens.contains("keep-alive") : !connectionTokens.contains("close")

        let pathEnd = target.firstIndex(of: "?") ?? target.endIndex
        let path = String(target[..<pathEnd])
        let query = pathEnd < target.endIndex ? Self.parseQuery(target[target.index(after: pathEnd)...]) : []
        let recorded = RecordedRequest(method: method, target: target, path: path, query: query,
                                       headers: headers, body: body)
        return LoopbackParsedRequest(recorded: recorded, keepAlive: keepAlive, isHTTP10: isHTTP10)
    }

    /// Sends `100 Continue` unless the client already started sending the body.
    private func sendContinue(_ fd: Int32, reader: LoopbackConnectionReader) {
        if !reader.hasBufferedBytes {
            _ = LoopbackSocket.sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
    }

    /// The response's bytes: status line, headers, `Content-Length`, `Connection`, body.
    private func serialize(_ response: StubResponse, method: String, closing: Bool, http10KeepAlive: Bool) -> [UInt8] {
        let status = response.status
        var head = "HTTP/1.1 \(status) \(LoopbackHTTPServer.reasonPhrase(for: status))\r\n"
        for (name, value) in response.headers {
            let lowered = name.lowercased()
            guard !name.isEmpty, name.utf8.allSatisfy(Self.isTokenByte),
                  lowered != "content-length", lowered != "transfer-encoding", lowered != "connection"
            else { continue }
            let cleanValue = String(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" && $0 != "\0" })
            head += "\(name): \(cleanValue)\r\n"
        }
        let noContentAllowed = (100..<200).contains(status) || status == 204
        let omitBody = noContentAllowed || status == 304 || method == "HEAD"
        if !noContentAllowed {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        if closing {
            head += "Connection: close\r\n"
        } else if http10KeepAlive {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        if !omitBody {
            bytes.append(contentsOf: response.body)
        }
        return bytes
    }

    // MARK: Parsing helpers

    /// `tchar` from RFC 9110: the bytes allowed in methods and header names.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// `bytes` without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == 0x20 || last == 0x09 {
            slice = slice.dropLast()
        }
        return slice
    }

    /// Splits a header block on CRLF. A bare CR or LF stays inside a line (and is rejected later).
    private static func splitLines(_ head: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = head.startIndex
        var index = head.startIndex
        while index < head.endIndex {
            if head[index] == 0x0D, index + 1 < head.endIndex, head[index + 1] == 0x0A {
                lines.append(head[lineStart..<index])
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        lines.append(head[lineStart..<head.endIndex])
        return lines
    }

    /// Comma-separated, lowercased, trimmed, non-empty list elements.
    private static func tokens(_ value: String) -> [String] {
        value.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }

    /// Splits a query on `&` and `=` and percent-decodes the parts (invalid escapes are kept as sent).
    private static func parseQuery(_ query: Substring) -> [QueryItem] {
        query.split(separator: "&").map { pair in
            let name: Substring
            let value: Substring
            if let equals = pair.firstIndex(of: "=") {
                name = pair[..<equals]
                value = pair[pair.index(after: equals)...]
            } else {
                name = pair
                value = ""
            }
            return QueryItem(name: name.removingPercentEncoding ?? String(name),
                             value: value.removingPercentEncoding ?? String(value))
        }
    }
}

// MARK: - Reading from a connection

/// Buffered reads from one connected socket. Used by a single thread only.
private final class LoopbackConnectionReader {
    private let fd: Int32
    private var storage: [UInt8] = []
    private var start = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    /// A reader for the connected socket `fd`.
    init(fd: Int32) {
        self.fd = fd
    }

    private var buffered: Int {
        storage.count - start
    }

    /// Whether bytes beyond what was consumed are already buffered.
    var hasBufferedBytes: Bool {
        buffered > 0
    }

    /// Appends whatever the socket delivers next; throws `.closed` on EOF, timeout or error.
    private func fill() throws {
        if start > 0, start == storage.count || start >= 64 * 1024 {
            storage.removeSubrange(0..<start)
            start = 0
        }
        while true {
            let fd = self.fd
            let count = scratch.withUnsafeMutableBytes { buffer in
                recv(fd, buffer.baseAddress, buffer.count, 0)
            }
            if count > 0 {
                storage.append(contentsOf: scratch[0..<count])
                return
            }
            if count < 0, errno == EINTR {
                continue
            }
            throw LoopbackReadError.closed
        }
    }

    /// Index of the first CRLF (or CRLFCRLF when `double`) at or after `from`, or nil.
    private func find(crlf double: Bool, from: Int) -> Int? {
        let width = double ? 4 : 2
        var index = from
        while index + width <= storage.count {
            if storage[index] == 0x0D, storage[index + 1] == 0x0A,
               !double || (storage[index + 2] == 0x0D && storage[index + 3] == 0x0A) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads the request line and header fields, without the blank line that ends them.
    /// Returns nil if the connection ends (or times out) before a request starts.
    func readHead(maxBytes: Int) throws -> [UInt8]? {
        var scanned = 0
        var skipped = 0
        while true {
            // RFC 9112 §2.2: ignore empty lines before the request line.
            while buffered >= 2, storage[start] == 0x0D, storage[start + 1] == 0x0A {
                start += 2
                skipped += 2
                scanned = 0
            }
            if skipped > maxBytes {
                throw LoopbackReadError.malformed("too many empty lines before the request line")
            }
            if let end = find(crlf: true, from: start + scanned) {
                guard end - start <= maxBytes else {
                    throw LoopbackReadError.malformed("header section exceeds \(maxBytes) bytes")
                }
                let head = Array(storage[start..<end])
                start = end + 4
                return head
            }
            if buffered > maxBytes + 4 {
                throw LoopbackReadError.malformed("header section exceeds \(maxBytes) bytes")
            }
            scanned = max(0, buffered - 3)
            do {
                try fill()
            } catch {
                if buffered == 0 {
                    return nil
                }
                throw error
            }
        }
    }

    /// Reads one CRLF-terminated line (without the CRLF) of at most `maxBytes` bytes.
    func readLine(maxBytes: Int) throws -> ArraySlice<UInt8> {
        var scanned = 0
        while true {
            if let end = find(crlf: false, from: start + scanned) {
                guard end - start <= maxBytes else {
                    throw LoopbackReadError.malformed("line exceeds \(maxBytes) bytes")
                }
                let line = storage[start..<end]
                start = end + 2
                return line
            }
            if buffered > maxBytes + 2 {
                throw LoopbackReadError.malformed("line exceeds \(maxBytes) bytes")
            }
            scanned = max(0, buffered - 1)
            try fill()
        }
    }

    /// Reads exactly `count` bytes.
    func readExact(_ count: Int) throws -> Data {
        while buffered < count {
            try fill()
        }
        let data = Data(storage[start..<(start + count)])
        start += count
        return data
    }

    /// Reads a `Transfer-Encoding: chunked` body and its trailer section; returns the payload.
    func readChunkedBody(maxBodyBytes: Int, maxTrailerBytes: Int) throws -> Data {
        var body = Data()
        while true {
            let line = try readLine(maxBytes: 4096)
            let sizeField = line.prefix { $0 != UInt8(ascii: ";") }
            let digits = String(decoding: sizeField, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isHexDigit),
                  let size = Int(digits, radix: 16)
            else {
                throw LoopbackReadError.malformed("invalid chunk size")
            }
            if size == 0 {
                break
            }
            guard body.count + size <= maxBodyBytes else {
                throw LoopbackReadError.malformed("chunked body exceeds \(maxBodyBytes) bytes")
            }
            body.append(try readExact(size))
            guard try readExact(2) == Data([0x0D, 0x0A]) else {
                throw LoopbackReadError.malformed("chunk data not followed by CRLF")
            }
        }
        var trailerBytes = 0
        while true {
            let line = try readLine(maxBytes: maxTrailerBytes)
            if line.isEmpty {
                return body
            }
            trailerBytes += line.count + 2
            guard trailerBytes <= maxTrailerBytes else {
                throw LoopbackReadError.malformed("trailer section exceeds \(maxTrailerBytes) bytes")
            }
        }
    }
}

// MARK: - Socket calls

/// Thin wrappers around the POSIX socket calls the server needs.
private enum LoopbackSocket {
    /// A non-blocking listening socket bound to 127.0.0.1 on an ephemeral port, and that port.
    static func makeListener() throws -> (fd: Int32, port: UInt16) {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else {
            throw LoopbackHTTPServerError(operation: "socket", code: errno)
        }
        func fail(_ operation: String) -> LoopbackHTTPServerError {
            let error = LoopbackHTTPServerError(operation: operation, code: errno)
            closeDescriptor(fd)
            return error
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        var one: Int32 = 1
        guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw fail("setsockopt(SO_REUSEADDR)")
        }

        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)  // 127.0.0.1
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            throw fail("bind")
        }
        guard listen(fd, 64) == 0 else {
            throw fail("listen")
        }

        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            throw fail("getsockname")
        }
        // Non-blocking, so a connection that vanishes between poll() and accept() cannot block the loop.
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw fail("fcntl(O_NONBLOCK)")
        }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    /// Blocking mode, close-on-exec, no SIGPIPE, receive/send timeouts.
    static func configureConnection(_ fd: Int32, timeout: TimeInterval) {
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0, flags & O_NONBLOCK != 0 {
            _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)  // BSD sockets inherit O_NONBLOCK from the listener
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)
    }

    /// Sets `SO_RCVTIMEO` or `SO_SNDTIMEO`.
    static func setTimeout(_ fd: Int32, option: Int32, seconds: TimeInterval) {
        let clamped = max(0.001, min(seconds, 86_400))
        var value = timeval()
        value.tv_sec = .init(clamped.rounded(.down))
        value.tv_usec = .init((clamped - clamped.rounded(.down)) * 1_000_000)
        _ = setsockopt(fd, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends all of `bytes`; false if the peer is gone or the send timeout expired.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return send(fd, base + offset, buffer.count - offset, flags)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// After the last response: stop sending, then read (and discard) what the client still sends for a
    /// moment, so closing does not reset the connection before the client has read the response.
    static func drainAfterShutdown(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_WR))
        setTimeout(fd, option: SO_RCVTIMEO, seconds: 0.2)
        let deadline = Date(timeIntervalSinceNow: 1)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        var drained = 0
        while drained < 1024 * 1024, Date() < deadline {
            let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                drained += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// Wakes any thread blocked on `fd` and ends the connection; the descriptor stays open.
    static func shutdownBoth(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Closes `fd`.
    static func closeDescriptor(_ fd: Int32) {
        #if canImport(Darwin)
        _ = Darwin.close(fd)
        #else
        _ = Glibc.close(fd)
        #endif
    }
}
