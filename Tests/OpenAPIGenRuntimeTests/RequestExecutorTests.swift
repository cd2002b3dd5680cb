import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `RequestExecutor` over a recording transport: URL building, credentials, middleware order, header checks and
/// decoding errors.
final class RequestExecutorTests: XCTestCase {
    private struct Pet: Codable, Equatable, Sendable {
        var name: String
        var tags: [String]
    }

    /// An array index as a coding key.
    private struct Index: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    private func executor(_ transport: RecordingTransport, auth: Auth? = nil, server: String = "https://api.example.com/v1/", middlewares: [any ClientMiddleware] = []) -> RequestExecutor {
        RequestExecutor(serverURL: server, auth: auth, transport: transport, middlewares: middlewares)
    }

    private func getPet() -> RequestBuilder {
        var builder = RequestBuilder(method: "GET", operationID: "getPet")
        builder.appendPath("/pets/")
        builder.appendPathParameter("p 1")
        builder.appendQuery("full", true)
        return builder
    }

    func testURLAndCredentialsOfTheFirstSatisfiedRequirement() async throws {
        let transport = RecordingTransport([HTTPResponse(statusCode: 200)])
        let security: [[SecurityScheme]] = [[.httpBearer], [.apiKey(name: "key", location: .query), .apiKey(name: "sid", location: .cookie)]]
        _ = try await executor(transport, auth: .apiKey("k")).send(getPet(), security: security)
        let request = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(request.url.absoluteString, "https://api.example.com/v1/pets/p%201?full=true&key=k")
        XCTAssertEqual(request.value(forHeader: "Cookie"), "sid=k")
        XCTAssertEqual(request.method, "GET")
    }

    func testCredentialsByScheme() {
        XCTAssertEqual(RequestExecutor.credentials(for: [[.httpBasic]], auth: .basic(username: "a", password: "b")), [.header(name: "Authorization", value: "Basic YTpi")])
        XCTAssertEqual(RequestExecutor.credentials(for: [[.apiKey(name: "Authorization", location: .header)]], auth: .bearer("t")), [.header(name: "Authorization", value: "Bearer t")])
        XCTAssertEqual(RequestExecutor.credentials(for: [[.httpBasic]], auth: .bearer("t")), [])
        XCTAssertEqual(RequestExecutor.credentials(for: [[.httpBearer]], auth: nil), [])
    }

    func testMiddlewaresRunInOrderAroundTheTransport() async throws {
        let transport = RecordingTransport([HTTPResponse(statusCode: 204)])
        let response = try await executor(transport, middlewares: [TracingMiddleware(name: "a"), TracingMiddleware(name: "b")]).send(getPet(), security: [])
        XCTAssertEqual(transport.requests.first?.value(forHeader: "X-Trace"), "a,b")
        XCTAssertEqual(response.value(forHeader: "X-Trace"), "b,a")
    }

    func testBadServerURLsAndHeaderValuesAreRefusedBeforeSending() async throws {
        let transport = RecordingTransport([HTTPResponse(statusCode: 200)])
        do {
            _ = try await executor(transport, server: "not a url").send(getPet(), security: [])
            XCTFail("expected invalidServerURL")
        } catch ClientError.invalidServerURL(let url) {
            XCTAssertEqual(url, "not a url")
        }
        var builder = getPet()
        builder.setHeader("X-Note", "a\r\nInjected: yes")
        do {
            _ = try await executor(transport).send(builder, security: [])
            XCTFail("expected invalidHeaderValue")
        } catch ClientError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "X-Note")
        }
        XCTAssertEqual(transport.requests, [])
    }

    func testDecodingNamesTheTypeAndThePath() throws {
        let executor = executor(RecordingTransport([]))
        let ok = HTTPResponse(statusCode: 200, body: Data(#"{"name": "Rex", "tags": ["a"]}"#.utf8))
        XCTAssertEqual(try executor.decode(Pet.self, from: ok, operationID: "getPet"), Pet(name: "Rex", tags: ["a"]))
        let bad = HTTPResponse(statusCode: 200, body: Data(#"{"name": "Rex", "tags": [1]}"#.utf8))
        XCTAssertThrowsError(try executor.decode(Pet.self, from: bad, operationID: "getPet")) { error in
            guard case ClientError.decodingFailed(let operationID, 200, "Pet", let codingPath, let description, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(operationID, "getPet")
            XCTAssertEqual(codingPath, "tags[0]")
            XCTAssertTrue(description.hasPrefix("Could not decode Pet: expected String at tags[0]."), description)
        }
        XCTAssertThrowsError(try executor.decode(Pet.self, from: HTTPResponse(statusCode: 200), operationID: "getPet"))
    }

    func testAPIErrorKeepsTheRawBodyWhenItDoesNotDecode() {
        let response = HTTPResponse(statusCode: 500, body: Data("<html>".utf8))
        let error = executor(RecordingTransport([])).apiError(Pet.self, from: response, operationID: "getPet")
        XCTAssertNil(error.body)
        XCTAssertEqual(error.rawBody, Data("<html>".utf8))
        XCTAssertEqual(RequestExecutor.renderCodingPath([OpenAPICodingKey("a"), Index(intValue: 2), OpenAPICodingKey("b c")]), #"a[2]["b c"]"#)
    }
}
