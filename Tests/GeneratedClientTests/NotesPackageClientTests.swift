import Foundation
import NotesAPI
import XCTest

/// The Notes client, generated with `"namespace": "Notes"` and `"access": "package"`: it compiles as its own target,
/// its declarations (runtime included) are reachable from this package as `Notes.…`, and it works over real HTTP.
final class NotesPackageClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    private let note = #"{"id":"0b5f","text":"milk","color":"yellow","due":"2026-12-24","createdAt":"2026-12-01T10:00:00Z"}"#

    func testCreateAndFetchThroughTheNamespacedClient() async throws {
        let note = self.note
        let server = try server { request in request.method == "POST" ? .json(201, note) : .json(200, note) }
        let client = Notes.Client(server: .url(server.baseURL), auth: .bearer("t"), middlewares: [Notes.RetryPolicy(maxAttempts: 2)])
        let created = try await client.createNote(body: Notes.NewNote(text: "milk", color: .yellow, due: Notes.OpenAPIDate(year: 2026, month: 12, day: 24)))
        XCTAssertEqual(created.id, "0b5f")
        XCTAssertEqual(created.due, Notes.OpenAPIDate("2026-12-24"))
        let sent = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(sent.header("authorization"), "Bearer t")
        XCTAssertEqual(try JSONDecoder().decode(Notes.JSONValue.self, from: sent.body), ["color": "yellow", "due": "2026-12-24", "text": "milk"])
        let fetched = try await client.getNote(noteId: "0b5f")
        XCTAssertEqual(fetched, created)
        XCTAssertEqual(server.receivedRequests.last?.path, "/notes/0b5f")
    }

    func testPagesAndTypedErrors() async throws {
        let note = self.note
        let server = try server { request in
            if request.method == "DELETE" { return .json(404, #"{"code":"missing","message":"no note"}"#) }
            return .json(200, request.queryValues("offset") == ["0"] ? #"{"items":[\#(note),\#(note)]}"# : #"{"items":[\#(note)]}"#)
        }
        let client = Notes.Client(server: .url(server.baseURL))
        var count = 0
        for try await item in client.listNotesPages(pageSize: 2, color: .blue, since: Notes.OpenAPIDate(year: 2026, month: 1, day: 1)) {
            XCTAssertEqual(item.text, "milk")
            count += 1
        }
        XCTAssertEqual(count, 3)
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("offset") }, [["0"], ["2"]])
        XCTAssertEqual(server.receivedRequests.first?.queryValues("since"), ["2026-01-01"])
        do {
            try await client.deleteNote(noteId: "gone")
            XCTFail("expected APIError")
        } catch let error as Notes.APIError<Notes.Problem> {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.body?.message, "no note")
        }
    }

    func testNothingGeneratedIsPublic() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Generated/Notes")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".swift") }).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let publicLines = text.split(separator: "\n").filter { $0.drop { $0 == " " }.hasPrefix("public ") }
            XCTAssertEqual(publicLines, [], name)
            // A type file that no type falls in has only its header.
            XCTAssertTrue(text.contains("extension Notes {\n") || text.contains("// No type of this API falls in this file"), name)
        }
    }
}
