import Foundation
import ResponsesAPI
import XCTest

/// The example of the README's "Responses" section, verbatim between the markers, run against a loopback server;
/// a test checks that the README still shows exactly this code.
final class ReadmeResponsesExampleTests: XCTestCase {
    /// The README's example; `baseURL` is the loopback server.
    private func readmeExample(baseURL: URL) async throws {
        // README begin
        let client = Client(server: .url(baseURL))

        let readme: String = try await client.getReadme()              // text/plain (any text/*): String
        let bytes: Data = try await client.downloadFile(fileId: "a")   // application/octet-stream, image/*, …: Data
        print(readme, bytes.count)

        // A large download, never held in memory: the …Stream method returns once the headers arrived,
        // its body is an AsyncSequence of Data chunks that can also be written to a file.
        let download = try await client.downloadFileStream(fileId: "a")
        print(download.headers.eTag ?? "no ETag")
        try await download.body.write(to: FileManager.default.temporaryDirectory.appendingPathComponent("a.bin"))

        // text/event-stream: server-sent events, each event's data decoded as the documented schema.
        for try await event in try await client.streamEvents(count: 3) {
            print(event.event ?? "message", event.id ?? "", event.data.n)
        }
        // application/x-ndjson, application/jsonl, application/json-seq: one decoded value at a time.
        for try await tick in try await client.streamTicks() {
            print(tick.n)
        }

        // Several media types for one response: one case per type, chosen by the response's Content-Type.
        switch try await client.getReport() {
        case .json(let report): print(report.total)
        case .csv(let csv): print(csv)
        case .plain(let text): print(text)
        }

        // Status, typed response headers and body together: the …Response method of every operation.
        let result = try await client.createItemResponse(body: Item(id: 7, name: "seven"))
        print(result.statusCode, result.headers.location ?? "", result.body.name)
        // README end
    }

    func testTheReadmeExampleRunsAgainstALoopbackServer() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/readme": return .text(200, "read me")
            case "/files/a": return StubResponse(status: 200, headers: [("Content-Type", "application/octet-stream"), ("ETag", "\"1\"")], body: Data([1, 2, 3]))
            case "/events": return .text(200, "data: {\"n\":1}\n\n", contentType: "text/event-stream")
            case "/ticks": return .text(200, "{\"n\":1}\n", contentType: "application/x-ndjson")
            case "/report": return .json(200, #"{"total":1}"#)
            default: return StubResponse(status: 201, headers: [("Content-Type", "application/json"), ("Location", "/items/7")], body: Data(#"{"id":7,"name":"seven"}"#.utf8))
            }
        }
        addTeardownBlock { server.stop() }
        try await readmeExample(baseURL: server.baseURL)
        try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("a.bin"))
        XCTAssertEqual(server.receivedRequests.map(\.path), ["/readme", "/files/a", "/files/a", "/events", "/ticks", "/report", "/items"])
    }

    func testTheReadmeShowsThisExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        guard let begin = lines.firstIndex(of: "        // README begin"), let end = lines.firstIndex(of: "        // README end") else {
            return XCTFail("the markers are missing")
        }
        let example = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }.joined(separator: "\n")
        XCTAssertTrue(readme.contains("```swift\n" + example + "\n```"), "README.md's Responses example differs from this file's")
    }
}
