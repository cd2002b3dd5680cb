import Foundation
import PantryAPI
import XCTest

/// Credentials never show in what errors, requests and the client print: `String(describing:)`,
/// `String(reflecting:)` and `dump`.
final class PantryRedactionTests: XCTestCase {
    private let secret = "s3cr3t-key-4711"

    private func printed(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped]
    }

    private func assertHidesSecret(_ value: Any, file: StaticString = #filePath, line: UInt = #line) {
        for text in printed(value) {
            XCTAssertFalse(text.contains(secret), "shows the secret: \(text)", file: file, line: line)
        }
    }

    /// A server that is gone: the transport error carries the failing URL, whose `api_key` must be hidden.
    func testTransportErrorHidesTheQueryAPIKey() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, "{}") }
        let baseURL = server.baseURL
        server.stop()
        let client = Client(server: .url(baseURL), auth: .apiKey(secret))
        do {
            _ = try await client.listItems(ids: ["a"])
            XCTFail("the server is gone")
        } catch let error as ClientError {
            guard case .transportFailed = error else { return XCTFail("unexpected \(error)") }
            assertHidesSecret(error)
            XCTAssertTrue(String(describing: error).hasPrefix("listItems: no response was received"))
        }
        assertHidesSecret(client)
    }

    /// The request a middleware sees prints `<redacted>` for the API key in the query and for credential headers.
    func testRequestsPrintNoCredentials() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"items":[]}"#) }
        addTeardownBlock { server.stop() }
        let recorder = RequestRecorder()
        let client = Client(server: .url(server.baseURL), auth: .apiKey(secret), middlewares: [recorder])
        _ = try await client.listItems(limit: 1)
        let request = try XCTUnwrap(recorder.requests.first)
        XCTAssertTrue(request.url.absoluteString.contains(secret))
        assertHidesSecret(request)
        XCTAssertTrue(String(describing: request).contains("api_key=<redacted>"))
        var withHeader = request
        withHeader.headerFields.append(HTTPHeaderField(name: "Authorization", value: "Bearer " + secret))
        withHeader.headerFields.append(HTTPHeaderField(name: "X-Api-Key", value: secret))
        withHeader.sensitiveQueryNames = []
        assertHidesSecret(withHeader)
        assertHidesSecret(HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "Set-Cookie", value: "sid=" + secret)]))
    }
}

/// Keeps every request it passes on.
private final class RequestRecorder: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [HTTPRequest] = []

    var requests: [HTTPRequest] { lock.withLock { seen } }

    func intercept(_ request: HTTPRequest, operationID: String, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        lock.withLock { seen.append(request) }
        return try await next(request)
    }
}
