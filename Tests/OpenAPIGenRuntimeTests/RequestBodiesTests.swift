import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `HTTPRequestBody` and `HTTPBodyStream`: the request's `body` view of its content, streams from byte
/// sequences, and the temporary file a stream is written to before it is uploaded.
final class RequestBodiesTests: XCTestCase {
    func testBodyIsTheBytesOfDataContentOnly() throws {
        let url = try XCTUnwrap(URL(string: "https://example.com"))
        var request = HTTPRequest(method: "PUT", url: url, body: Data("a".utf8))
        XCTAssertEqual(request.content, .data(Data("a".utf8)))
        request.content = .file(URL(fileURLWithPath: "/tmp/a"))
        XCTAssertNil(request.body)
        request.body = Data("b".utf8)
        XCTAssertEqual(request.content, .data(Data("b".utf8)))
        request.body = nil
        XCTAssertNil(request.content)
    }

    func testStreamsAreEqualOnlyToThemselves() {
        let chunks = AsyncStream<Data> { $0.finish() }
        let stream = HTTPBodyStream(chunks)
        XCTAssertEqual(HTTPRequestBody.stream(stream), .stream(stream))
        XCTAssertNotEqual(stream, HTTPBodyStream(chunks))
    }

    func testAStreamIsWrittenToATemporaryFileChunkByChunk() async throws {
        let chunks = AsyncStream<[UInt8]> { continuation in
            for index in 0..<5 { continuation.yield([UInt8](repeating: UInt8(index), count: 1000)) }
            continuation.finish()
        }
        let url = try await FileChunks.temporaryFile(from: HTTPBodyStream(chunks))
        defer { try? FileManager.default.removeItem(at: url) }
        let written = try Data(contentsOf: url)
        XCTAssertEqual(written.count, 5000)
        XCTAssertEqual(written.last, 4)
    }

    /// A stream made from a sequence cannot be sent twice (a retry would send nothing); a multipart stream,
    /// which reads its files again, can.
    func testAStreamFromASequenceCanBeReadOnce() async throws {
        let stream = HTTPBodyStream(AsyncStream<Data> { continuation in
            continuation.yield(Data("a".utf8))
            continuation.finish()
        })
        var first = Data()
        try await stream.forEachChunk { first.append($0) }
        XCTAssertEqual(first, Data("a".utf8))
        do {
            try await stream.forEachChunk { _ in }
            XCTFail("expected AlreadySent")
        } catch let error as HTTPBodyStream.AlreadySent {
            XCTAssertTrue(error.description.contains("only once"))
        }
        let again = HTTPBodyStream(producer: { sink in try await sink(Data("b".utf8)) })
        for _ in 0..<2 {
            var chunks: [Data] = []
            try await again.forEachChunk { chunks.append($0) }
            XCTAssertEqual(chunks, [Data("b".utf8)])
        }
    }

    func testAFailingStreamLeavesNoTemporaryFile() async throws {
        struct Broken: Error {}
        let chunks = AsyncThrowingStream<Data, Error> { continuation in
            continuation.yield(Data("a".utf8))
            continuation.finish(throwing: Broken())
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("openapi-upload-") }
        do {
            _ = try await FileChunks.temporaryFile(from: HTTPBodyStream(chunks))
            XCTFail("expected an error")
        } catch is Broken {}
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("openapi-upload-") }
        XCTAssertEqual(Set(after).subtracting(before), [])
    }
}
