import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `MultipartBody`: parts from values and files, header quoting, and the encoded body with its boundary.
final class MultipartTests: XCTestCase {
    private struct Meta: Encodable { var a: Int; var b: String }

    func testValuesBecomeTextOrJSONParts() throws {
        var body = MultipartBody()
        body.appendValue("name", "Ann")
        body.appendValue("count", 3, contentType: "text/plain")
        body.appendValue("tags", ["x", "y"])
        body.appendValue("meta", Meta(a: 1, b: "z"))
        body.appendValue("missing", nil as String?)
        XCTAssertNil(body.encodingFailure)
        guard case .data(let data) = body.encoded(boundary: "B") else { return XCTFail("expected bytes") }
        XCTAssertEqual(String(decoding: data, as: UTF8.self), [
            "--B", #"Content-Disposition: form-data; name="name""#, "", "Ann",
            "--B", #"Content-Disposition: form-data; name="count""#, "Content-Type: text/plain", "", "3",
            "--B", #"Content-Disposition: form-data; name="tags""#, "", "x",
            "--B", #"Content-Disposition: form-data; name="tags""#, "", "y",
            "--B", #"Content-Disposition: form-data; name="meta""#, "Content-Type: application/json", "", #"{"a":1,"b":"z"}"#,
            "--B--", "",
        ].joined(separator: "\r\n"))
    }

    func testFilePartsTakeTheirContentTypeAndQuotedNames() {
        let headers = MultipartBody.headerFields("f\"1", fileName: "a\r\nb.txt", contentType: "text/plain", headers: [
            HTTPHeaderField(name: "X-Part", value: "1"), HTTPHeaderField(name: "content-type", value: "ignored"),
        ])
        XCTAssertEqual(headers, [
            HTTPHeaderField(name: "Content-Disposition", value: #"form-data; name="f%221"; filename="a%0D%0Ab.txt""#),
            HTTPHeaderField(name: "Content-Type", value: "text/plain"),
            HTTPHeaderField(name: "X-Part", value: "1"),
        ])
        var body = MultipartBody()
        body.appendFile("a", .data(Data("1".utf8)), contentType: "image/png")
        body.appendFile("b", .data(Data("2".utf8), fileName: "b.bin", contentType: "application/x-b"), contentType: "image/png")
        body.appendFiles("c", [.data(Data())])
        XCTAssertEqual(body.parts.map { $0.headerFields.map(\.value) }, [
            [#"form-data; name="a"; filename="a""#, "image/png"],
            [#"form-data; name="b"; filename="b.bin""#, "application/x-b"],
            [#"form-data; name="c"; filename="c""#, "application/octet-stream"],
        ])
    }

    /// A part whose content is a file makes the body a stream that reads the file in chunks; collected, it is
    /// the same bytes as the in-memory form.
    func testFilePartsMakeAStreamWithTheSameBytes() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-test-" + UUID().uuidString)
        let content = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0) })
        try content.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        var streamed = MultipartBody()
        streamed.appendValue("note", "n")
        streamed.appendFile("file", .fileURL(url, contentType: "image/png"))
        var inMemory = MultipartBody()
        inMemory.appendValue("note", "n")
        inMemory.appendFile("file", .data(content, fileName: url.lastPathComponent, contentType: "image/png"))

        guard case .stream(let stream) = streamed.encoded(boundary: "XYZ") else { return XCTFail("expected a stream") }
        guard case .data(let expected) = inMemory.encoded(boundary: "XYZ") else { return XCTFail("expected bytes") }
        var collected = Data()
        var chunkCount = 0
        try await stream.forEachChunk { chunk in
            collected.append(chunk)
            chunkCount += 1
        }
        XCTAssertEqual(collected, expected)
        XCTAssertGreaterThan(chunkCount, 3, "the file is read in 64 KiB chunks")
    }

    func testAFileThatCannotBeReadFailsTheStream() async {
        var body = MultipartBody()
        body.appendFile("file", .fileURL(URL(fileURLWithPath: "/nonexistent/openapi-gen/missing.bin")))
        guard case .stream(let stream) = body.encoded(boundary: "B") else { return XCTFail("expected a stream") }
        do {
            try await stream.forEachChunk { _ in }
            XCTFail("expected an error")
        } catch {
            XCTAssertFalse("\(error)".isEmpty)
        }
    }

    func testSettingAMultipartBodyAddsTheBoundaryAndRefusesBadHeaders() {
        var builder = RequestBuilder(method: "POST", operationID: "op")
        var body = MultipartBody()
        body.appendValue("a", "1")
        builder.setMultipartBody(body)
        let contentType = builder.headerFields.first { $0.name == "Content-Type" }?.value ?? ""
        XCTAssertTrue(contentType.hasPrefix("multipart/form-data; boundary=openapi-gen-"), contentType)
        guard case .content(.data(let data)) = builder.body else { return XCTFail("expected bytes") }
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).hasSuffix("--" + boundary + "--\r\n"))

        var bad = MultipartBody()
        bad.appendPart("a", data: Data(), headers: [HTTPHeaderField(name: "X-A", value: "1\r\nX-B: 2")])
        builder.setMultipartBody(bad)
        guard case .encodingFailed(let reason) = builder.body else { return XCTFail("expected a failure") }
        XCTAssertTrue(reason.contains("X-A"), reason)
    }
}
