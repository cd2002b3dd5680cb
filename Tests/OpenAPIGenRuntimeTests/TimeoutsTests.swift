import Foundation
import XCTest
@_spi(Generated) @testable import OpenAPIGenRuntime

final class TimeoutsTests: XCTestCase {
    /// A transport that never answers (until cancelled, which it ignores).
    private struct SilentTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            try? await Task.sleep(nanoseconds: 5_000_000_000)
            return HTTPResponse(statusCode: 200)
        }
    }

    func testDeadlinePassesResultsAndErrorsThrough() async throws {
        let value = try await Deadline.run(seconds: 5) { 42 }
        XCTAssertEqual(value, 42)
        let unlimited = try await Deadline.run(seconds: nil) { "x" }
        XCTAssertEqual(unlimited, "x")
        struct Boom: Error {}
        do {
            _ = try await Deadline.run(seconds: 5) { () async throws -> Int in throw Boom() }
            XCTFail("should throw")
        } catch is Boom {}
    }

    func testExecutorTurnsExpiryIntoTimedOut() async throws {
        let executor = RequestExecutor(serverURL: "https://h.example", auth: nil, transport: SilentTransport(), middlewares: [])
        do {
            _ = try await executor.withTimeouts(Timeouts(request: 0.05)).send(RequestBuilder(method: "GET", operationID: "op"), security: [])
            XCTFail("should time out")
        } catch ClientError.timedOut(let operationID, let limit, let seconds) {
            XCTAssertEqual(operationID, "op")
            XCTAssertEqual(limit, .request)
            XCTAssertEqual(seconds, 0.05)
        }
        do {
            _ = try await executor.withTimeouts(Timeouts(resource: 0.05)).send(RequestBuilder(method: "GET", operationID: "op"), security: [])
            XCTFail("should time out")
        } catch ClientError.timedOut(_, let limit, _) {
            XCTAssertEqual(limit, .resource)
        }
        XCTAssertEqual(executor.timeouts, .none)
    }
}
