import Foundation
import ResponsesAPI
import XCTest

/// The Responses client over real HTTP on 127.0.0.1: text in its charset, bytes (whole and streamed to a file),
/// several media types for one response, and typed response headers next to the body.
final class ResponsesClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testTextPlainIsAStringInTheCharsetOfTheResponse() async throws {
        let server = try server { request in
            request.path == "/readme"
                ? .text(200, "héllo\nworld")
                : StubResponse(status: 200, headers: [("Content-Type", "text/plain; charset=ISO-8859-1")], body: Data([0x63, 0x61, 0x66, 0xE9]))
        }
        let client = Client(server: .url(server.baseURL))
        let readme: String = try await client.getReadme()
        XCTAssertEqual(readme, "héllo\nworld")
        XCTAssertEqual(server.receivedRequests.first?.header("accept"), "text/plain")
        let latin = try await client.getItemResponse(itemId: 1)
        XCTAssertEqual(latin, "café")
    }

    func testTextThatIsNotValidInItsCharsetIsADecodingErrorKeepingTheBytes() async throws {
        let server = try server { _ in StubResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data([0x61, 0xFF])) }
        do {
            _ = try await Client(server: .url(server.baseURL)).getReadme()
            XCTFail("the body is not UTF-8")
        } catch let ClientError.decodingFailed(operationID, _, typeName, _, _, rawBody) {
            XCTAssertEqual(operationID, "getReadme")
            XCTAssertEqual(typeName, "Swift.String")
            XCTAssertEqual(rawBody, Data([0x61, 0xFF]))
        }
    }

    func testBinaryIsDataAndTheStreamVariantWritesAFileChunkByChunk() async throws {
        let chunk = Data((0..<65_536).map { UInt8($0 % 251) })
        let server = try server { request in
            .streamed(200, headers: [("Content-Type", "application/octet-stream"), ("ETag", "\"v2\"")]) { writer in
                for _ in 0..<32 { writer.send(chunk) }
            }
        }
        let client = Client(server: .url(server.baseURL))
        let whole = try await client.downloadFile(fileId: "a")
        XCTAssertEqual(whole.count, 32 * chunk.count)

        let download = try await client.downloadFileStream(fileId: "a")
        XCTAssertEqual(download.statusCode, 200)
        XCTAssertEqual(download.headers.eTag, "\"v2\"")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("responses-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        let written = try await download.body.write(to: file)
        XCTAssertEqual(written, 32 * chunk.count)
        XCTAssertEqual(try Data(contentsOf: file), whole)

        var chunks = 0
        for try await piece in try await client.getImageStream(imageId: "i").body {
            XCTAssertFalse(piece.isEmpty)
            chunks += 1
        }
        XCTAssertGreaterThan(chunks, 1, "the body arrives in pieces, not as one Data")
    }

    func testAnErrorStatusOfADownloadThrowsTheTypedErrorWithItsBody() async throws {
        let server = try server { _ in .json(404, #"{"title":"no such file"}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).downloadFileStream(fileId: "gone")
            XCTFail("404 is not a success")
        } catch let error as APIError<Problem> {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.body?.title, "no such file")
        }
    }

    func testSeveralMediaTypesGiveOneCasePerTypeChosenByContentType() async throws {
        let replies = [
            StubResponse.json(200, #"{"total":3}"#),
            .text(200, "a,b\n1,2\n", contentType: "text/csv; charset=utf-8"),
            .text(200, "three", contentType: "text/plain"),
            .text(200, "<p>3</p>", contentType: "text/html"),
        ]
        let server = try server { request in replies[Int(request.header("x-reply") ?? "0") ?? 0] }
        var results: [GetReportContent] = []
        for index in 0..<3 {
            let client = Client(server: .url(server.baseURL), middlewares: [HeaderSetter(name: "X-Reply", value: "\(index)")])
            results.append(try await client.getReport())
        }
        XCTAssertEqual(results, [.json(Report(total: 3)), .csv("a,b\n1,2\n"), .plain("three")])
        XCTAssertEqual(server.receivedRequests.first?.header("accept"), "application/json, text/csv;q=0.9, text/plain;q=0.8")
        let html = Client(server: .url(server.baseURL), middlewares: [HeaderSetter(name: "X-Reply", value: "3")])
        do {
            _ = try await html.getReport()
            XCTFail("text/html is not documented")
        } catch let ClientError.decodingFailed(_, _, _, _, description, rawBody) {
            XCTAssertTrue(description.contains("text/html"), description)
            XCTAssertEqual(String(decoding: rawBody, as: UTF8.self), "<p>3</p>")
        }
    }

    func testDocumentedResponseHeadersAreTypedNextToTheBody() async throws {
        let server = try server { request in
            switch request.method {
            case "OPTIONS":
                return StubResponse(status: 204, headers: [("Allow", "GET, POST"), ("Allow", "OPTIONS")])
            case "POST":
                return StubResponse(status: 201, headers: [("Content-Type", "application/json"), ("Location", "/items/7")], body: Data(#"{"id":7,"name":"seven"}"#.utf8))
            default:
                return StubResponse(status: 200, headers: [
                    ("Content-Type", "application/json"), ("X-Rate-Limit", "99"), ("ETag", "\"abc\""),
                    ("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT"), ("X-Tags", "red,green"), ("X-Mode", "slow"),
                    ("X-Owner", "name=ann"),
                ], body: Data(#"{"id":7,"name":"seven"}"#.utf8))
            }
        }
        let client = Client(server: .url(server.baseURL))
        let item = try await client.getItem(itemId: 7)                       // the plain method: just the body
        XCTAssertEqual(item.name, "seven")

        let result = try await client.getItemResponse2(itemId: 7)            // getItemResponse is another operation
        XCTAssertEqual(result.statusCode, 200)
        XCTAssertEqual(result.body, item)
        XCTAssertEqual(result.headers.xRateLimit, 99)
        XCTAssertEqual(result.headers.eTag, "\"abc\"")
        XCTAssertEqual(result.headers.lastModified, Date(timeIntervalSince1970: 784_111_777))
        XCTAssertEqual(result.headers.xTags, ["red", "green"])
        XCTAssertEqual(result.headers.xMode, .slow)
        XCTAssertEqual(result.headers.xOwner, "name=ann")
        XCTAssertEqual(result.value(forHeader: "x-rate-limit"), "99")

        let created = try await client.createItemResponse(body: Item(id: 7, name: "seven"))
        XCTAssertEqual(created.statusCode, 201)
        XCTAssertEqual(created.headers.location, "/items/7")

        let options = try await client.itemOptionsResponse()
        XCTAssertEqual(options.statusCode, 204)
        XCTAssertEqual(Set(options.headers.allow ?? []), ["GET", "POST", "OPTIONS"])
    }

    func testAHeaderThatDoesNotReadAsItsTypeIsNilAndKeptAsReceived() async throws {
        let server = try server { _ in
            StubResponse(status: 200, headers: [("Content-Type", "application/json"), ("X-Rate-Limit", "lots")], body: Data(#"{"id":1,"name":"a"}"#.utf8))
        }
        let result = try await Client(server: .url(server.baseURL)).getItemResponse2(itemId: 1)
        XCTAssertNil(result.headers.xRateLimit)
        XCTAssertNil(result.headers.eTag)
        XCTAssertEqual(result.value(forHeader: "X-Rate-Limit"), "lots")
    }
}

/// A middleware that sets one request header.
struct HeaderSetter: ClientMiddleware {
    let name: String
    let value: String

    func intercept(_ request: HTTPRequest, operationID: String, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var request = request
        request.headerFields.append(HTTPHeaderField(name: name, value: value))
        return try await next(request)
    }
}
