import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `RetryPolicy` as a middleware around a stub `next`: what is retried, how often, and how `Retry-After` is read.
final class RetryTests: XCTestCase {
    private let request = HTTPRequest(method: "GET", url: URL(string: "https://api.example.com/a")!)

    private func run(_ policy: RetryPolicy, method: String = "GET", statuses: [Int]) async throws -> (status: Int, attempts: Int) {
        let transport = RecordingTransport(statuses.map { HTTPResponse(statusCode: $0, headerFields: [HTTPHeaderField(name: "Retry-After", value: "0")]) })
        var request = self.request
        request.method = method
        let response = try await policy.intercept(request, operationID: "op") { try await transport.send($0) }
        return (response.statusCode, transport.requests.count)
    }

    func testRetriesThrottledAndUnavailableAnswersUpToMaxAttempts() async throws {
        let policy = RetryPolicy(maxAttempts: 3, initialDelay: 0)
        let recovered = try await run(policy, statuses: [503, 429, 200])
        XCTAssertEqual(recovered.status, 200)
        XCTAssertEqual(recovered.attempts, 3)
        let gaveUp = try await run(policy, statuses: [502, 504, 503, 200])
        XCTAssertEqual(gaveUp.status, 503)
        XCTAssertEqual(gaveUp.attempts, 3)
    }

    func testOtherStatusesAndNonIdempotentMethodsAreNotRetried() async throws {
        let notRetried = try await run(RetryPolicy(initialDelay: 0), statuses: [500, 200])
        XCTAssertEqual(notRetried.status, 500)
        XCTAssertEqual(notRetried.attempts, 1)
        let post = try await run(RetryPolicy(initialDelay: 0), method: "POST", statuses: [503, 200])
        XCTAssertEqual(post.attempts, 1)
        let allowed = try await run(RetryPolicy(initialDelay: 0, retriesNonIdempotentMethods: true), method: "post", statuses: [503, 200])
        XCTAssertEqual(allowed.status, 200)
        XCTAssertEqual(allowed.attempts, 2)
    }

    func testSettingsAreClampedToSensibleValues() {
        let policy = RetryPolicy(maxAttempts: 0, initialDelay: -1, maximumDelay: -5)
        XCTAssertEqual(policy.maxAttempts, 1)
        XCTAssertEqual(policy.initialDelay, 0)
        XCTAssertEqual(policy.maximumDelay, 0)
    }

    func testRetryAfterSecondsAndHTTPDates() throws {
        let now = try XCTUnwrap(OpenAPICoding.parseDateTime("1994-11-06T08:49:30Z"))
        XCTAssertEqual(RetryPolicy.retryAfter(" 12 ", now: now), 12)
        XCTAssertEqual(RetryPolicy.retryAfter("-3", now: now), 0)
        XCTAssertEqual(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: now), 7)
        XCTAssertEqual(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:49:00 GMT", now: now), 0)
        XCTAssertNil(RetryPolicy.retryAfter(nil, now: now))
        XCTAssertNil(RetryPolicy.retryAfter("soon", now: now))
        XCTAssertNil(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:49:37 CET", now: now))
    }
}
