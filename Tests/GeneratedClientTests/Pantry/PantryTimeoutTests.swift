import Foundation
import PantryAPI
import XCTest

/// Timeouts over real HTTP on 127.0.0.1: a server that answers late makes the call throw `ClientError.timedOut`
/// naming the limit that expired, per client and per call.
final class PantryTimeoutTests: XCTestCase {
    /// A server that answers `/items/slow` after two seconds and everything else at once.
    private func slowServer() throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer { request in
            if request.path == "/items/slow" { Thread.sleep(forTimeInterval: 2) }
            return .json(200, #"{"id":"fast"}"#)
        }
        addTeardownBlock { server.stop() }
        return server
    }

    private func timeoutLimit(_ call: () async throws -> Item) async -> Timeouts.Kind? {
        do {
            _ = try await call()
            XCTFail("the call should time out")
        } catch ClientError.timedOut(let operationID, let limit, let seconds) {
            XCTAssertEqual(operationID, "getItem")
            XCTAssertNotNil(seconds)
            return limit
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return nil
    }

    func testRequestTimeoutOfTheClient() async throws {
        let server = try slowServer()
        let client = Client(server: .url(server.baseURL), timeouts: Timeouts(request: 0.2))
        let limit = await timeoutLimit { try await client.getItem(id: "slow") }
        XCTAssertEqual(limit, .request)
        let fast = try await client.getItem(id: "fast")
        XCTAssertEqual(fast.id, "fast")
    }

    func testResourceTimeoutCoversRetries() async throws {
        let server = try slowServer()
        let client = Client(server: .url(server.baseURL), middlewares: [RetryPolicy(maxAttempts: 3)], timeouts: Timeouts(resource: 0.3))
        let limit = await timeoutLimit { try await client.getItem(id: "slow") }
        XCTAssertEqual(limit, .resource)
    }

    func testPerCallTimeouts() async throws {
        let server = try slowServer()
        let client = Client(server: .url(server.baseURL))
        let limit = await timeoutLimit { try await client.withTimeouts(Timeouts(request: 0.2, resource: 30)).getItem(id: "slow") }
        XCTAssertEqual(limit, .request)
        let error = ClientError.timedOut(operationID: "getItem", limit: .request, seconds: 0.2)
        XCTAssertEqual(error.description, "getItem: timed out after 0.2 seconds (the request timeout)")
    }
}
