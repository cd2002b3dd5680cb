import Foundation
import ResponsesAPI
import XCTest

/// Streamed responses over real HTTP on 127.0.0.1: server-sent events, JSON lines and JSON text sequences are
/// consumed as they arrive (the server holds back the last value until the test has read the first), and
/// middlewares and retries still apply.
final class ResponsesStreamingTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    /// What the server did: whether the test's signal came (rather than the wait running out) and whether the
    /// last value was sent.
    private final class Gate: @unchecked Sendable {
        let signal = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var signalled = false
        private var sentLast = false

        /// Waits (on the server's thread) for the test's signal, at most 10 s, and records which it was.
        func waitForTest() {
            let result = signal.wait(timeout: .now() + 10)
            lock.withLock { signalled = result == .success }
        }

        func markSentLast() {
            lock.withLock { sentLast = true }
        }

        var state: (signalled: Bool, sentLast: Bool) {
            lock.withLock { (signalled, sentLast) }
        }
    }

    /// A server that sends `first`, waits for the test, then sends `rest` (each piece flushed as one chunk).
    private func gatedServer(contentType: String, first: String, rest: [String], gate: Gate) throws -> LoopbackHTTPServer {
        try server { _ in
            .streamed(200, headers: [("Content-Type", contentType)]) { writer in
                writer.send(first)
                gate.waitForTest()
                gate.markSentLast()
                for piece in rest { writer.send(piece) }
            }
        }
    }

    func testServerSentEventsArriveBeforeTheStreamEnds() async throws {
        let gate = Gate()
        let server = try gatedServer(
            contentType: "text/event-stream",
            first: ": hello\r\nid: 1\r\nevent: tick\r\ndata: {\"n\":\r\ndata: 1}\r\n\r\n",
            rest: ["retry: 250\nid: 2\ndata: {\"n\":2}\n", "\n", "data: {\"n\":3}\r\r"],
            gate: gate
        )
        let events = try await Client(server: .url(server.baseURL)).streamEvents(count: 3)
        var iterator = events.makeAsyncIterator()
        let first = try await iterator.next()
        XCTAssertEqual(first?.data, Tick(n: 1))
        XCTAssertEqual(first?.event, "tick")
        XCTAssertEqual(first?.id, "1")
        XCTAssertFalse(gate.state.sentLast, "the first event was read before the server sent the last")
        gate.signal.signal()
        let second = try await iterator.next()
        XCTAssertEqual(second?.data, Tick(n: 2))
        XCTAssertEqual(second?.id, "2")
        XCTAssertEqual(second?.retry, 250)
        let third = try await iterator.next()
        XCTAssertEqual(third?.data, Tick(n: 3))
        XCTAssertEqual(third?.id, "2")
        let end = try await iterator.next()
        XCTAssertNil(end)
        XCTAssertTrue(gate.state.signalled)
        XCTAssertEqual(server.receivedRequests.first?.header("accept"), "text/event-stream")
        XCTAssertEqual(server.receivedRequests.first?.queryValues("count"), ["3"])
    }

    func testJSONLinesArriveBeforeTheStreamEnds() async throws {
        let gate = Gate()
        let server = try gatedServer(contentType: "application/x-ndjson", first: "{\"n\":1}\n", rest: ["{\"n\":2}\r\n\n{\"n\":", "3}"], gate: gate)
        var ticks: [Int] = []
        for try await tick in try await Client(server: .url(server.baseURL)).streamTicks() {
            ticks.append(tick.n)
            if ticks.count == 1 {
                XCTAssertFalse(gate.state.sentLast)
                gate.signal.signal()
            }
        }
        XCTAssertEqual(ticks, [1, 2, 3])
        XCTAssertTrue(gate.state.signalled)
    }

    func testJSONTextSequencesArriveBeforeTheStreamEnds() async throws {
        let gate = Gate()
        let server = try gatedServer(contentType: "application/json-seq", first: "\u{1E}{\"n\":1}\n", rest: ["\u{1E}{\"n\":2}\n"], gate: gate)
        var ticks: [Int] = []
        for try await tick in try await Client(server: .url(server.baseURL)).streamTickSequence() {
            ticks.append(tick.n)
            if ticks.count == 1 {
                XCTAssertFalse(gate.state.sentLast)
                gate.signal.signal()
            }
        }
        XCTAssertEqual(ticks, [1, 2])
        XCTAssertTrue(gate.state.signalled)
    }

    func testLeavingTheLoopEndsTheTransfer() async throws {
        let stopped = DispatchSemaphore(value: 0)
        let server = try server { _ in
            .streamed(200, headers: [("Content-Type", "application/x-ndjson")]) { writer in
                var n = 0
                while n < 100_000, writer.send("{\"n\":\(n)}\n") {
                    n += 1
                    usleep(1_000)
                }
                if n < 100_000 { stopped.signal() }
            }
        }
        for try await tick in try await Client(server: .url(server.baseURL)).streamTicks() where tick.n >= 2 {
            break
        }
        let ended = await Task.detached { stopped.wait(timeout: .now() + 30) == .success }.value
        XCTAssertTrue(ended, "the server kept sending after the client left the loop")
    }

    func testTextEventsKeepTheirDataAsText() async throws {
        let server = try server { _ in .text(200, "data: line one\ndata: line two\n\nevent: end\ndata: bye\n\n", contentType: "text/event-stream") }
        var events: [ServerSentEvent<String>] = []
        for try await event in try await Client(server: .url(server.baseURL)).followLog() {
            events.append(event)
        }
        XCTAssertEqual(events.map(\.data), ["line one\nline two", "bye"])
        XCTAssertEqual(events.map(\.event), [nil, "end"])
    }

    func testMiddlewaresAndRetriesApplyToStreamedOperations() async throws {
        let attempts = LoopbackLocked(0)
        let server = try server { request in
            let attempt = attempts.withLock { count -> Int in
                count += 1
                return count
            }
            if attempt == 1 {
                return StubResponse(status: 503, headers: [("Retry-After", "0")])
            }
            return .streamed(200, headers: [("Content-Type", "application/x-ndjson")]) { writer in
                writer.send("{\"n\":\(request.header("x-reply") ?? "0")}\n")
            }
        }
        let client = Client(server: .url(server.baseURL), middlewares: [HeaderSetter(name: "X-Reply", value: "5"), RetryPolicy(maxAttempts: 2, initialDelay: 0)])
        var ticks: [Int] = []
        for try await tick in try await client.streamTicks() {
            ticks.append(tick.n)
        }
        XCTAssertEqual(ticks, [5])
        XCTAssertEqual(server.receivedRequests.count, 2)
    }

    func testAnEventThatDoesNotDecodeThrowsAfterTheOnesBefore() async throws {
        let server = try server { _ in .text(200, "data: {\"n\":1}\n\ndata: {\"n\":\"x\"}\n\n", contentType: "text/event-stream") }
        var ticks: [Int] = []
        do {
            for try await event in try await Client(server: .url(server.baseURL)).streamEvents() {
                ticks.append(event.data.n)
            }
            XCTFail("the second event does not decode")
        } catch let ClientError.decodingFailed(operationID, _, _, codingPath, _, _) {
            XCTAssertEqual(operationID, "streamEvents")
            XCTAssertEqual(codingPath, "n")
        }
        XCTAssertEqual(ticks, [1])
    }

    func testAnErrorStatusOfAStreamedOperationIsThrownByTheCall() async throws {
        let server = try server { _ in .json(429, #"{"title":"slow down"}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).streamEvents()
            XCTFail("429 is not a success")
        } catch let error as APIError<Problem> {
            XCTAssertEqual(error.statusCode, 429)
            XCTAssertEqual(error.body?.title, "slow down")
        }
    }
}
