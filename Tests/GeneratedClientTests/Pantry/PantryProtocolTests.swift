import Foundation
import PantryAPI
import XCTest

/// `APIProtocol`: `Client` conforms, app code takes the protocol, and a fake answers without a network.
final class PantryProtocolTests: XCTestCase {
    func testAFakeStandsInForTheClient() async throws {
        let titles = ItemTitles(api: FakePantry())
        let title = await titles.title(of: "i1")
        XCTAssertEqual(title, "Flour")
        do {
            _ = try await FakePantry().runTask(body: TaskModel())
            XCTFail("the fake does not implement runTask")
        } catch let error as OperationNotImplemented {
            XCTAssertEqual(error.operationID, "runTask")
            XCTAssertEqual(error.description, "runTask is not implemented by this APIProtocol value")
        }
    }

    func testTheClientIsAnAPIProtocolOverHTTP() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"id":"i2","name":"Sugar"}"#) }
        addTeardownBlock { server.stop() }
        let titles = ItemTitles(api: Client(server: .url(server.baseURL), auth: .apiKey("k")))
        let title = await titles.title(of: "i2")
        XCTAssertEqual(title, "Sugar")
        let failing = ItemTitles(api: Client(server: .url(server.baseURL), timeouts: Timeouts(resource: 30)))
        XCTAssertEqual(server.receivedRequests.first?.path, "/items/i2")
        _ = failing
    }

    /// The README shows the example file's code between its markers, verbatim.
    func testTheReadmeShowsTheCompiledExample() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let example = try String(contentsOf: here.appendingPathComponent("ReadmeAPIProtocolExample.swift"), encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(example.range(of: "// README example start\n"))
        let end = try XCTUnwrap(example.range(of: "// README example end"))
        let snippet = "```swift\nimport PantryAPI\n\n" + example[start.upperBound..<end.lowerBound] + "```"
        XCTAssertTrue(readme.contains(snippet), "README.md should show\n\(snippet)")
    }
}
