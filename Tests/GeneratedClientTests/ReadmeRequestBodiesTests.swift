import Foundation
import UploadsAPI
import XCTest

/// The "Request bodies" example of README.md, compiled and run against the loopback server. The lines between
/// the markers are the README's snippet verbatim; `testTheREADMEShowsThisCode` checks that they still are.
final class ReadmeRequestBodiesTests: XCTestCase {
    private func readmeExample(
        baseURL: URL, photoURL: URL, png: Data, csv: Data, backupURL: URL, pdfURL: URL, chunks: AsyncStream<Data>
    ) async throws {
        // README BEGIN
        let client = Client(server: .url(baseURL))

        // multipart/form-data: one property per part; files from bytes, or from a file URL (read while sending)
        try await client.uploadFile(body: .init(file: .fileURL(photoURL, contentType: "image/png"), note: "cover"))
        try await client.uploadFile(body: .init(file: .data(png), attachments: [.data(csv, fileName: "a.csv", contentType: "text/csv")]))

        // application/x-www-form-urlencoded, by the spec's `encoding` (`filter` deepObject, `colors` not exploded)
        try await client.submitForm(body: .init(name: "Ann", tags: ["x", "y"], colors: ["red", "green"], filter: .init(kind: "a")))
        // sends colors=red%2Cgreen&filter%5Bkind%5D=a&name=Ann&tags=x&tags=y

        // text/plain; charset=iso-8859-1: the String is sent in that charset
        try await client.putNoteText(noteId: "n1", body: "café")

        // application/octet-stream: Data, or a file or a stream that is never held in memory whole
        _ = try await client.putBlob(name: "a", body: Data("hello".utf8))
        _ = try await client.putBlob(name: "b", body: .file(backupURL))
        _ = try await client.putBlob(name: "c", body: .stream(HTTPBodyStream(chunks)))   // AsyncSequence of Data or [UInt8]

        // several media types: the caller picks one, sent with the spec's exact Content-Type
        try await client.createDocument(body: .json(Document(title: "T")))
        try await client.createDocument(body: .form(Document(title: "T")))
        try await client.createDocument(body: .pdf(.file(pdfURL)))
        try await client.patchItem(itemId: "i1", body: ItemPatch(name: "new"))   // application/merge-patch+json
        // README END
    }

    func testTheREADMEExampleSendsEveryBody() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path.hasPrefix("/blobs/") ? .json(200, #"{"bytes":\#(request.body.count)}"#) : StubResponse(status: 204)
        }
        addTeardownBlock { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-bodies-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let photo = folder.appendingPathComponent("photo.png"), backup = folder.appendingPathComponent("backup.bin")
        let pdf = folder.appendingPathComponent("doc.pdf")
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: photo)
        try Data(repeating: 7, count: 100_000).write(to: backup)
        try Data("%PDF-1.7".utf8).write(to: pdf)
        let chunks = AsyncStream<Data> { continuation in
            continuation.yield(Data("one ".utf8))
            continuation.yield(Data("two".utf8))
            continuation.finish()
        }
        try await readmeExample(
            baseURL: server.baseURL, photoURL: photo, png: Data([1, 2]), csv: Data("a,b\n".utf8), backupURL: backup, pdfURL: pdf, chunks: chunks
        )
        let received = server.receivedRequests
        XCTAssertEqual(received.map(\.path), [
            "/files", "/files", "/forms", "/notes/n1/text", "/blobs/a", "/blobs/b", "/blobs/c",
            "/documents", "/documents", "/documents", "/items/i1",
        ])
        XCTAssertEqual(try LoopbackMultipartParser.parts(of: received[0]).map(\.fileName), ["photo.png", nil])
        XCTAssertEqual(received[2].bodyText, "colors=red%2Cgreen&filter%5Bkind%5D=a&name=Ann&tags=x&tags=y")
        XCTAssertEqual(received.map { $0.body.count }[4...6], [5, 100_000, 7])
        XCTAssertEqual(received[9].header("content-type"), "application/pdf")
        XCTAssertEqual(received[10].header("content-type"), "application/merge-patch+json")
    }

    func testTheREADMEShowsThisCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("// README BEGIN") })
        let end = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("// README END") })
        let snippet = ["import UploadsAPI", ""] + lines[(begin + 1)..<end].map { $0.count >= 8 ? String($0.dropFirst(8)) : $0 }
        XCTAssertTrue(readme.contains("```swift\n" + snippet.joined(separator: "\n") + "\n```"), "README.md's Request bodies example differs from this test")
    }
}
