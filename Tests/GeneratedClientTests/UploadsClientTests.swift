import Foundation
import UploadsAPI
import XCTest

/// Every request body kind of the Uploads client over real HTTP on 127.0.0.1: multipart with files from bytes
/// and from file URLs, form bodies by `encoding`, text in the spec's charset, binary bodies from bytes, files and
/// streams, exact JSON media types, and a body with several media types.
final class UploadsClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse = { _ in StubResponse(status: 204) }) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    /// A new temporary folder, removed after the test.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("uploads-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testMultipartBodyHasABoundaryAndEveryPart() async throws {
        let server = try server()
        let folder = try temporaryFolder()
        let cover = folder.appendingPathComponent("cover.png")
        let coverBytes = Data((0..<3000).map { UInt8($0 % 251) })
        try coverBytes.write(to: cover)
        try await Client(server: .url(server.baseURL)).uploadFile(body: .init(
            file: .fileURL(cover, contentType: "image/png"),
            filePartHeaders: [HTTPHeaderField(name: "X-Checksum", value: "abc")],
            note: "cover: ünïcode\r\nsecond line",
            tags: ["a", "b c"],
            attachments: [.data(Data("first".utf8), fileName: "a.txt", contentType: "text/plain"), .data(Data([0, 1, 2]))],
            metadata: Metadata(author: "Ann \"Q\"", year: 2024),
            count: 3
        ))
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/files")
        XCTAssertTrue(request.header("content-type")?.hasPrefix("multipart/form-data; boundary=") == true, request.header("content-type") ?? "")
        let parts = try LoopbackMultipartParser.parts(of: request)
        XCTAssertEqual(parts.map(\.name), ["file", "note", "tags", "tags", "attachments", "attachments", "metadata", "count"], "document order")
        XCTAssertEqual(parts[0].fileName, "cover.png")
        XCTAssertEqual(parts[0].contentType, "image/png")
        XCTAssertEqual(parts[0].body, coverBytes)
        XCTAssertEqual(parts[0].headers["x-checksum"], "abc")
        XCTAssertNil(parts[1].contentType)
        XCTAssertEqual(parts[1].text, "cover: ünïcode\r\nsecond line")
        XCTAssertEqual(parts[2].text, "a")
        XCTAssertEqual(parts[3].text, "b c")
        XCTAssertEqual(parts[4].fileName, "a.txt")
        XCTAssertEqual(parts[4].contentType, "text/plain")
        XCTAssertEqual(parts[4].text, "first")
        XCTAssertEqual(parts[5].fileName, "attachments")
        XCTAssertEqual(parts[5].contentType, "application/octet-stream")
        XCTAssertEqual(parts[5].body, Data([0, 1, 2]))
        XCTAssertEqual(parts[6].contentType, "application/json")
        XCTAssertEqual(parts[6].text, #"{"author":"Ann \"Q\"","year":2024}"#)
        XCTAssertEqual(parts[7].contentType, "text/plain")
        XCTAssertEqual(parts[7].text, "3")
    }

    /// A quote or a line break in a file name cannot break out of `Content-Disposition`.
    func testMultipartFileNamesAreQuotedSafely() async throws {
        let server = try server()
        try await Client(server: .url(server.baseURL)).uploadFile(body: .init(
            file: .data(Data("x".utf8), fileName: "evil\"\r\nContent-Type: text/html.txt")
        ))
        let parts = try LoopbackMultipartParser.parts(of: try XCTUnwrap(server.receivedRequests.first))
        XCTAssertEqual(parts.count, 1)
        XCTAssertEqual(parts[0].headers["content-disposition"], #"form-data; name="file"; filename="evil%22%0D%0AContent-Type: text/html.txt""#)
        XCTAssertEqual(parts[0].contentType, "application/octet-stream")
    }

    /// A multipart body with a file URL reaches the transport as a stream (the file is read in chunks while it is
    /// sent, never loaded whole), and the server receives every byte of a 6 MB file.
    func testMultipartWithALargeFileIsStreamedAndArrivesWhole() async throws {
        let server = try server()
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("large.bin")
        let expected = try Self.writeLargeFile(at: file, megabytes: 6)
        let recorder = BodyKindRecorder()
        let client = Client(server: .url(server.baseURL), middlewares: [recorder])
        try await client.uploadFile(body: .init(file: .fileURL(file), note: "large"))
        XCTAssertEqual(recorder.kinds, ["stream"])
        let parts = try LoopbackMultipartParser.parts(of: try XCTUnwrap(server.receivedRequests.first))
        XCTAssertEqual(parts.map(\.name), ["file", "note"])
        XCTAssertEqual(parts[0].fileName, "large.bin")
        XCTAssertEqual(parts[0].body.count, expected.count)
        XCTAssertTrue(parts[0].body == expected)
    }

    func testFormBodyFollowsEncoding() async throws {
        let server = try server()
        try await Client(server: .url(server.baseURL)).submitForm(body: .init(
            name: "Ann Lee", age: 42, tags: ["x", "y=z"], colors: ["red", "green"], filter: .init(kind: "a&b", size: 3), subscribed: true
        ))
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.header("content-type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(
            request.bodyText,
            "age=42&colors=red%2Cgreen&filter%5Bkind%5D=a%26b&filter%5Bsize%5D=3&name=Ann%20Lee&subscribed=true&tags=x&tags=y%3Dz"
        )
    }

    func testTextBodyIsEncodedInTheCharsetOfItsMediaType() async throws {
        let server = try server()
        let client = Client(server: .url(server.baseURL))
        try await client.putNoteText(noteId: "n1", body: "café")
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.header("content-type"), "text/plain; charset=iso-8859-1")
        XCTAssertEqual(request.body, Data([0x63, 0x61, 0x66, 0xE9]))
        do {
            try await client.putNoteText(noteId: "n1", body: "snow ☃")
            XCTFail("expected an encoding failure")
        } catch let error as ClientError {
            XCTAssertTrue("\(error)".contains("iso-8859-1"), "\(error)")
        }
        XCTAssertEqual(server.receivedRequests.count, 1)
    }

    func testBinaryBodyFromDataFileAndStream() async throws {
        let server = try server { request in .json(200, #"{"bytes":\#(request.body.count)}"#) }
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("blob.bin")
        let fileBytes = try Self.writeLargeFile(at: file, megabytes: 2)
        let recorder = BodyKindRecorder()
        let client = Client(server: .url(server.baseURL), middlewares: [recorder])

        let fromData = try await client.putBlob(name: "a", body: Data("hello".utf8))
        let fromFile = try await client.putBlob(name: "b", body: .file(file))
        let chunks = AsyncStream<Data> { continuation in
            for index in 0..<100 {
                continuation.yield(Data(repeating: UInt8(index), count: 10_000))
            }
            continuation.finish()
        }
        let fromStream = try await client.putBlob(name: "c", body: .stream(HTTPBodyStream(chunks)))

        XCTAssertEqual([fromData.bytes, fromFile.bytes, fromStream.bytes], [5, Int64(fileBytes.count), 1_000_000])
        XCTAssertEqual(recorder.kinds, ["data", "file", "stream"])
        let received = server.receivedRequests
        XCTAssertEqual(received.map(\.path), ["/blobs/a", "/blobs/b", "/blobs/c"])
        XCTAssertEqual(received.map { $0.header("content-type") }, Array(repeating: "application/octet-stream", count: 3))
        XCTAssertTrue(received[1].body == fileBytes)
        XCTAssertEqual(received[2].body.prefix(10_001).last, 1)
        XCTAssertEqual(received[2].body.last, 99)
    }

    func testExactJSONMediaTypesAreSent() async throws {
        let server = try server()
        let client = Client(server: .url(server.baseURL))
        try await client.patchItem(itemId: "i1", body: ItemPatch(name: "new"))
        try await client.postVersioned(body: ItemPatch(description: .value("d")))
        let received = server.receivedRequests
        XCTAssertEqual(received.map { $0.header("content-type") }, ["application/merge-patch+json", "application/vnd.uploads+json; version=2"])
        XCTAssertEqual(received.map(\.bodyText), [#"{"name":"new"}"#, #"{"description":"d"}"#])
    }

    func testABodyWithSeveralMediaTypesIsSentAsTheCallerChooses() async throws {
        let server = try server()
        let client = Client(server: .url(server.baseURL))
        let document = Document(title: "T 1", pages: 2)
        try await client.createDocument(body: .json(document))
        try await client.createDocument(body: .form(document))
        try await client.createDocument(body: .multipart(.init(title: "T 1", content: .data(Data("%PDF".utf8), fileName: "t.pdf", contentType: "application/pdf"))))
        try await client.createDocument(body: .pdf(.data(Data("%PDF-1.7".utf8))))
        let received = server.receivedRequests
        XCTAssertEqual(received.count, 4)
        XCTAssertEqual(received[0].header("content-type"), "application/json")
        XCTAssertEqual(received[0].bodyText, #"{"pages":2,"title":"T 1"}"#)
        XCTAssertEqual(received[1].header("content-type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(received[1].bodyText, "pages=2&title=T%201")
        let parts = try LoopbackMultipartParser.parts(of: received[2])
        XCTAssertEqual(parts.map(\.name), ["title", "content"])
        XCTAssertEqual(parts[1].fileName, "t.pdf")
        XCTAssertEqual(parts[1].contentType, "application/pdf")
        XCTAssertEqual(received[3].header("content-type"), "application/pdf")
        XCTAssertEqual(received[3].bodyText, "%PDF-1.7")
    }

    /// Writes `megabytes` MB of varied bytes to `url` in 1 MB pieces and returns them.
    private static func writeLargeFile(at url: URL, megabytes: Int) throws -> Data {
        var all = Data()
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        for index in 0..<megabytes {
            let piece = Data((0..<1_048_576).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) })
            try handle.write(contentsOf: piece)
            all.append(piece)
        }
        return all
    }
}

/// Records what kind of body (`data`, `file`, `stream`, `none`) each request carries when it reaches the
/// transport.
final class BodyKindRecorder: ClientMiddleware, Sendable {
    private let recorded = LoopbackLocked<[String]>([])

    /// The kinds, in request order.
    var kinds: [String] {
        recorded.withLock { $0 }
    }

    func intercept(
        _ request: HTTPRequest,
        operationID: String,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let kind: String
        switch request.content {
        case nil: kind = "none"
        case .data?: kind = "data"
        case .file?: kind = "file"
        case .stream?: kind = "stream"
        }
        recorded.withLock { $0.append(kind) }
        return try await next(request)
    }
}
