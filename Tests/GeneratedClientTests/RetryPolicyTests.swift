import Foundation
@testable import IonosPostgreSQLAPI
import XCTest

/// `RetryPolicy` over real HTTP: throttled and unavailable answers are retried for idempotent methods,
/// `Retry-After` is honoured, and the attempts are bounded.
final class RetryPolicyTests: XCTestCase {
    /// A server that answers `failures` requests with `status` (and `Retry-After: 0`), then succeeds.
    private func flakyServer(failures: Int, status: Int = 503) throws -> LoopbackHTTPServer {
        let counter = Counter()
        let server = try LoopbackHTTPServer { _ in
            counter.next() <= failures
                ? StubResponse(status: status, headers: [("Retry-After", "0"), ("Content-Type", "application/json")], body: Data(#"{"httpStatus":503}"#.utf8))
                : .json(200, #"{"id":"c-1","type":"cluster"}"#)
        }
        addTeardownBlock { server.stop() }
        return server
    }

    func testRetriesAnIdempotentRequestUntilItSucceeds() async throws {
        let server = try flakyServer(failures: 2)
        let client = Client(server: .url(server.baseURL), middlewares: [RetryPolicy(maxAttempts: 3, initialDelay: 0.01)])
        let cluster = try await client.clustersFindById(clusterId: "c-1")
        XCTAssertEqual(cluster.id, "c-1")
        XCTAssertEqual(server.receivedRequests.count, 3)
    }

    func testGivesUpAfterMaxAttemptsWithTheLastResponse() async throws {
        let server = try flakyServer(failures: 5, status: 429)
        let client = Client(server: .url(server.baseURL), middlewares: [RetryPolicy(maxAttempts: 2, initialDelay: 0.01)])
        do {
            _ = try await client.clustersFindById(clusterId: "c-1")
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 429)
        }
        XCTAssertEqual(server.receivedRequests.count, 2)
    }

    func testDoesNotRetryPostUnlessAskedTo() async throws {
        let server = try flakyServer(failures: 1)
        let body = CreateClusterRequest(properties: CreateClusterProperties(
            displayName: "d", postgresVersion: "15", location: "de/fra", instances: 1, ram: 2048, cores: 1,
            storageSize: 2048, storageType: .ssd, connections: [], credentials: DBUser(username: "a"), synchronizationMode: .asynchronous
        ))
        do {
            _ = try await Client(server: .url(server.baseURL), middlewares: [RetryPolicy(initialDelay: 0.01)]).clustersPost(body: body)
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 503)
        }
        XCTAssertEqual(server.receivedRequests.count, 1)
        let retrying = Client(server: .url(server.baseURL), middlewares: [RetryPolicy(initialDelay: 0.01, retriesNonIdempotentMethods: true)])
        let created = try await retrying.clustersPost(body: body)
        XCTAssertEqual(created.id, "c-1")
    }

    func testRetryAfterAcceptsSecondsAndHTTPDates() throws {
        let now = try XCTUnwrap(OpenAPICoding.parseDateTime("1994-11-06T08:49:30Z"))
        XCTAssertEqual(RetryPolicy.retryAfter("7", now: now), 7)
        XCTAssertEqual(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: now), 7)
        XCTAssertEqual(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:49:00 GMT", now: now), 0)
        XCTAssertNil(RetryPolicy.retryAfter("soon", now: now))
        XCTAssertNil(RetryPolicy.retryAfter(nil, now: now))
    }
}

/// A thread-safe request counter for test servers.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Increments and returns the count.
    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
