#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// Tests for the test-only `LoopbackHTTPServer`: real `URLSession` traffic plus raw-socket edge cases.
final class LoopbackHTTPServerTests: XCTestCase {
    /// An ephemeral session that never caches, so every request reaches the server.
    private func makeSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = 5
        return URLSession(configuration: configuration)
    }

    private func url(_ server: LoopbackHTTPServer, _ target: String) throws -> URL {
        try XCTUnwrap(URL(string: server.baseURL.absoluteString + target))
    }

    func testBindsLoopbackWithEphemeralPort() throws {
        let server = try LoopbackHTTPServer { _ in .empty(204) }
        defer { server.stop() }
        XCTAssertNotEqual(server.port, 0)
        XCTAssertEqual(server.baseURL.absoluteString, "http://127.0.0.1:\(server.port)")
    }

    func testGETWithQuery() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"items":[]}"#) }
        defer { server.stop() }
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        var request = URLRequest(url: try url(server, "/clusters/backups?limit=2&offset=0&name=a%20b%26c&flag"))
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("Bearer token-1", forHTTPHeaderField: "Authorization")
        let (data, response) = try await session.data(for: request)

        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 200)
        XCTAssertEqual(http.value(forHTTPHeaderField: "Content-Type"), "application/json")
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"items":[]}"#)

        let recorded = server.receivedRequests
        XCTAssertEqual(recorded.count, 1)
        let first = try XCTUnwrap(recorded.first)
        XCTAssertEqual(first.method, "GET")
        XCTAssertEqual(first.target, "/clusters/backups?limit=2&offset=0&name=a%20b%26c&flag")
        XCTAssertEqual(first.path, "/clusters/backups")
        XCTAssertEqual(first.query, [
            QueryItem(name: "limit", value: "2"),
            QueryItem(name: "offset", value: "0"),
            QueryItem(name: "name", value: "a b&c"),
            QueryItem(name: "flag", value: ""),
        ])
        XCTAssertEqual(first.queryValues("limit"), ["2"])
        XCTAssertEqual(first.headers["accept"], "application/json")
        XCTAssertEqual(first.headers["authorization"], "Bearer token-1")
        XCTAssertEqual(first.header("Authorization"), "Bearer token-1")
        XCTAssertEqual(first.headers["host"], "127.0.0.1:\(server.port)")
        XCTAssertTrue(first.body.isEmpty)
    }

    func testPOSTWithJSONBody() async throws {
        let server = try LoopbackHTTPServer { request in
            .json(201, #"{"echo":\#(request.bodyText)}"#)
        }
        defer { server.stop() }
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        let json = #"{"name":"backup-1","retention":7}"#
        var request = URLRequest(url: try url(server, "/backups"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(json.utf8)
        let (data, response) = try await session.data(for: request)

        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 201)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"echo":{"name":"backup-1","retention":7}}"#)

        let first = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(first.method, "POST")
        XCTAssertEqual(first.target, "/backups")
        XCTAssertEqual(first.path, "/backups")
        XCTAssertEqual(first.query, [])
        XCTAssertEqual(first.headers["content-type"], "application/json")
        XCTAssertEqual(first.headers["content-length"], String(json.utf8.count))
        XCTAssertEqual(first.body, Data(json.utf8))
    }

    func testTwoRequestsOnOneSessionReuseTheConnection() async throws {
        let server = try LoopbackHTTPServer { request in
            .text(200, "answer to \(request.path)")
        }
        defer { server.stop() }
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        let (firstData, _) = try await session.data(from: try url(server, "/one"))
        let (secondData, _) = try await session.data(from: try url(server, "/two"))

        XCTAssertEqual(String(decoding: firstData, as: UTF8.self), "answer to /one")
        XCTAssertEqual(String(decoding: secondData, as: UTF8.self), "answer to /two")
        XCTAssertEqual(server.receivedRequests.map(\.path), ["/one", "/two"])
        XCTAssertEqual(server.acceptedConnectionCount, 1, "the second request should reuse the keep-alive connection")
    }

    func testLargeUploadThroughURLSession() async throws {
        let server = try LoopbackHTTPServer { request in .text(200, "\(request.body.count)") }
        defer { server.stop() }
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        let payload = Data((0..<(3 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0) })
        var request = URLRequest(url: try url(server, "/blobs"))
        request.httpMethod = "PUT"
        request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await session.upload(for: request, from: payload)

        XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, 200)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), String(payload.count))
        XCTAssertEqual(server.receivedRequests.first?.body, payload)
    }

    func testHandlerAnswering404WithBody() async throws {
        let server = try LoopbackHTTPServer { _ in
            .json(404, #"{"message":"no such backup"}"#)
        }
        defer { server.stop() }
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        let (data, response) = try await session.data(from: try url(server, "/backups/missing"))

        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 404)
        XCTAssertEqual(http.value(forHTTPHeaderField: "Content-Type"), "application/json")
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"message":"no such backup"}"#)
        XCTAssertEqual(server.receivedRequests.map(\.path), ["/backups/missing"])
    }

    func testMalformedRequestLineGets400AndServerKeepsWorking() throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "fine") }
        defer { server.stop() }

        let reply = try RawClient.exchange(port: server.port, "THIS IS NOT HTTP AT ALL\r\n\r\n")
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), reply)
        XCTAssertTrue(reply.contains("Connection: close\r\n"), reply)
        XCTAssertTrue(server.receivedRequests.isEmpty)

        let binary = try RawClient.exchange(port: server.port, "\u{01}\u{02}\u{7F} \u{00}\r\n\r\n")
        XCTAssertTrue(binary.hasPrefix("HTTP/1.1 400 "), binary)

        let good = try RawClient.exchange(port: server.port, "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(good.hasPrefix("HTTP/1.1 200 OK\r\n"), good)
        XCTAssertTrue(good.hasSuffix("\r\n\r\nfine"), good)
        XCTAssertEqual(server.receivedRequests.map(\.target), ["/ok"])
    }

    func testChunkedBodyAndPipelinedRequestsOnOneSocket() throws {
        let server = try LoopbackHTTPServer { request in .text(200, "got \(request.body.count)") }
        defer { server.stop() }

        let reply = try RawClient.exchange(port: server.port,
            "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nX-Tag: a\r\nX-Tag: b\r\n\r\n"
            + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n"
            + "HEAD /second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

        XCTAssertEqual(reply,
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\ngot 11"
            + "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\n")
        let recorded = server.receivedRequests
        XCTAssertEqual(recorded.map(\.method), ["POST", "HEAD"])
        XCTAssertEqual(recorded.first?.body, Data("hello world".utf8))
        XCTAssertEqual(recorded.first?.headers["x-tag"], "a, b")
        XCTAssertEqual(server.acceptedConnectionCount, 1)
    }

    func testLimitsAndBrokenFramingGet400() throws {
        let limits = LoopbackHTTPServer.Limits(maxHeaderBytes: 1024, maxBodyBytes: 16, socketTimeout: 1)
        let server = try LoopbackHTTPServer(limits: limits) { _ in .empty(204) }
        defer { server.stop() }

        let cases = [
            "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 4096) + "\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n11\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            "GET / HTTP/2.0\r\n\r\n",
            "GET / HTTP/1.1\r\n folded: header\r\n\r\n",
            "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
        ]
        for request in cases {
            let reply = try RawClient.exchange(port: server.port, request)
            XCTAssertTrue(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(request.prefix(60)) -> \(reply)")
        }

        // A request cut off mid-body, then the client closes: no response, no crash.
        let truncated = try RawClient.exchange(port: server.port, "POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc",
                                               closeWriteAfterSending: true)
        XCTAssertEqual(truncated, "")
        XCTAssertTrue(server.receivedRequests.isEmpty)

        let ok = try RawClient.exchange(port: server.port, "GET /after HTTP/1.0\r\n\r\n")
        XCTAssertEqual(ok, "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
    }

    func testStopIsIdempotentAndClosesThePort() throws {
        let server = try LoopbackHTTPServer { _ in .empty(200) }
        let port = server.port
        // An idle keep-alive connection must not keep stop() waiting.
        let idle = try RawClient.connect(port: port)
        defer { _ = close(idle) }
        XCTAssertTrue(RawClient.send(idle, "GET /idle HTTP/1.1\r\nHost: x\r\n\r\n"))
        XCTAssertTrue(RawClient.readAvailable(idle).hasPrefix("HTTP/1.1 200 OK\r\n"))

        let started = Date()
        server.stop()
        server.stop()
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(RawClient.readAvailable(idle), "", "the idle connection should have been closed")
        XCTAssertThrowsError(try RawClient.connect(port: port))
    }

    func testStopFromHandlerAndDeinitDoNotHang() throws {
        let box = ServerBox()
        let server = try LoopbackHTTPServer { _ in
            box.server?.stop()
            return .text(200, "bye")
        }
        box.server = server
        _ = try? RawClient.exchange(port: server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertThrowsError(try RawClient.connect(port: server.port))

        var temporary: LoopbackHTTPServer? = try LoopbackHTTPServer { _ in .empty(200) }
        let port = try XCTUnwrap(temporary?.port)
        temporary = nil
        XCTAssertThrowsError(try RawClient.connect(port: port), "deinit should stop the server")
    }

    func testReasonPhrases() {
        XCTAssertEqual(LoopbackHTTPServer.reasonPhrase(for: 200), "OK")
        XCTAssertEqual(LoopbackHTTPServer.reasonPhrase(for: 404), "Not Found")
        XCTAssertEqual(LoopbackHTTPServer.reasonPhrase(for: 503), "Service Unavailable")
        XCTAssertEqual(LoopbackHTTPServer.reasonPhrase(for: 299), "Status")
    }
}

/// Holds a server weakly so a handler can reach it without a retain cycle.
private final class ServerBox: @unchecked Sendable {
    private let lock = NSLock()
    private weak var storage: LoopbackHTTPServer?

    var server: LoopbackHTTPServer? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
        set {
            lock.lock()
            defer { lock.unlock() }
            storage = newValue
        }
    }
}

/// A minimal blocking TCP client for requests URLSession would never send.
private enum RawClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func connect(port: UInt16) throws -> Int32 {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var timeout = timeval()
        timeout.tv_sec = 5
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Darwin)
                Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            _ = close(fd)
            throw Failure(description: "connect failed (errno \(errno))")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) -> Bool {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                #if canImport(Darwin)
                return Darwin.send(fd, base + offset, buffer.count - offset, flags)
                #else
                return Glibc.send(fd, base + offset, buffer.count - offset, flags)
                #endif
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Reads until EOF, error or timeout; returns the bytes as Latin-1-ish text.
    static func readToEnd(_ fd: Int32) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads one chunk (waits up to the socket timeout for it); "" on EOF.
    static func readAvailable(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }

    /// Connects, sends `text`, reads until the server closes, closes.
    static func exchange(port: UInt16, _ text: String, closeWriteAfterSending: Bool = false) throws -> String {
        let fd = try connect(port: port)
        defer { _ = close(fd) }
        guard send(fd, text) else { throw Failure(description: "send failed") }
        if closeWriteAfterSending {
            _ = shutdown(fd, Int32(SHUT_WR))
        }
        return readToEnd(fd)
    }
}
