import Foundation
import XCTest
@_spi(Generated) @testable import OpenAPIGenRuntime

/// Text bodies, content-type matching, typed headers and streamed sends through middlewares.
final class ResponseBodiesTests: XCTestCase {
    func testTextHonoursTheCharsetAndDefaultsToUTF8() throws {
        let latin = HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "Content-Type", value: "text/plain; charset=\"ISO-8859-1\"")], body: Data([0x63, 0x61, 0x66, 0xE9]))
        XCTAssertEqual(try ResponseBodies.text(from: latin, operationID: "x"), "café")
        let utf8 = HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "Content-Type", value: "text/plain")], body: Data("café".utf8))
        XCTAssertEqual(try ResponseBodies.text(from: utf8, operationID: "x"), "café")
        let bad = HTTPResponse(statusCode: 200, body: Data([0xFF, 0xFE, 0x41]))
        XCTAssertThrowsError(try ResponseBodies.text(from: bad, operationID: "x")) { error in
            guard case ClientError.decodingFailed(_, _, _, _, let description, let raw) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(description.contains("not valid utf-8"), description)
            XCTAssertEqual(raw, Data([0xFF, 0xFE, 0x41]))
        }
        let unknown = HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "Content-Type", value: "text/plain; charset=klingon")], body: Data("a".utf8))
        XCTAssertThrowsError(try ResponseBodies.text(from: unknown, operationID: "x"))
    }

    func testContentIndexPrefersExactThenRangeThenAnything() throws {
        func index(_ contentType: String?, _ documented: [String]) throws -> Int {
            let fields = contentType.map { [HTTPHeaderField(name: "Content-Type", value: $0)] } ?? []
            return try ResponseBodies.contentIndex(of: HTTPResponse(statusCode: 200, headerFields: fields), in: documented, operationID: "x")
        }
        XCTAssertEqual(try index("text/plain; charset=utf-8", ["application/json", "text/plain"]), 1)
        XCTAssertEqual(try index("image/png", ["application/json", "image/*"]), 1)
        XCTAssertEqual(try index("application/problem+json", ["text/csv", "application/json"]), 1)
        XCTAssertEqual(try index(nil, ["text/csv", "application/json"]), 0)
        XCTAssertThrowsError(try index("text/html", ["application/json", "text/plain"]))
    }

    func testHeaderReaderTypesSimpleStyleValues() {
        let reader = HeaderReader([
            HTTPHeaderField(name: "X-Rate-Limit", value: "42"),
            HTTPHeaderField(name: "allow", value: "GET, PUT"),
            HTTPHeaderField(name: "Allow", value: "DELETE"),
            HTTPHeaderField(name: "Last-Modified", value: "Sun, 06 Nov 1994 08:49:37 GMT"),
            HTTPHeaderField(name: "X-Expires", value: "2024-01-02T03:04:05Z"),
            HTTPHeaderField(name: "X-Bad", value: "many"),
        ])
        XCTAssertEqual(reader.value("x-rate-limit", as: Int.self), 42)
        XCTAssertEqual(reader.values("Allow", as: String.self), ["GET", "PUT", "DELETE"])
        XCTAssertEqual(reader.value("Last-Modified", as: Date.self), Date(timeIntervalSince1970: 784_111_777))
        XCTAssertEqual(reader.value("X-Expires", as: Date.self), Date(timeIntervalSince1970: 1_704_164_645))
        XCTAssertNil(reader.value("X-Bad", as: Int.self))
        XCTAssertNil(reader.value("X-Missing", as: String.self))
    }

    func testStreamedSendRunsMiddlewaresAndRetriesAndFallsBackToSend() async throws {
        let transport = RecordingTransport([
            HTTPResponse(statusCode: 503, headerFields: [HTTPHeaderField(name: "Retry-After", value: "0")], body: Data("busy".utf8)),
            HTTPResponse(statusCode: 200, body: Data("data: x\n\n".utf8)),
        ])
        let executor = RequestExecutor(serverURL: "http://example.com", auth: nil, transport: transport, middlewares: [TracingMiddleware(name: "a"), RetryPolicy(maxAttempts: 2)])
        let response = try await ResponseStreamer.send(RequestBuilder(method: "GET", operationID: "events"), security: [], executor: executor)
        XCTAssertEqual(response.statusCode, 200)
        XCTAssertEqual(response.value(forHeader: "X-Trace"), "a")
        XCTAssertEqual(transport.requests.count, 2)
        let collected = try await response.body.collected()
        XCTAssertEqual(String(decoding: collected, as: UTF8.self), "data: x\n\n")
    }
}
