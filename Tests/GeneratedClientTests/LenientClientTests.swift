import Foundation
import LenientAPI
import XCTest

/// The client of `specs/Lenient`, a document whose mistakes each have one sensible reading (see `Leniency`): it
/// compiles, and each reading holds over real HTTP.
final class LenientClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    private static let item = #"{"id":"i1","name":"Lamp","color":"red","tags":["new"]}"#

    func testUndeclaredPathParameterIsAStringArgumentAndUndeclaredSchemesSendNoCredentials() async throws {
        let server = try server { _ in .json(200, Self.item) }
        let client = Client(server: .url(server.baseURL), auth: .bearer("secret"))
        let item = try await client.getItem(itemId: "a b")
        XCTAssertEqual(server.receivedRequests.first?.path, "/items/a%20b")
        XCTAssertNil(server.receivedRequests.first?.header("authorization"), "'bearer' is not declared, so it is ignored for auth")
        XCTAssertEqual(item.name, "Lamp")
        XCTAssertEqual(item.color, .red)
    }

    func testDuplicateOperationIDGetsASuffix() async throws {
        let server = try server { _ in .json(200, Self.item) }
        _ = try await Client(server: .url(server.baseURL)).getItem2(shelfId: 7, itemId: "i1")
        XCTAssertEqual(server.receivedRequests.first?.path, "/shelves/7/items/i1")
    }

    func testParameterWithoutSchemaIsAString() async throws {
        let server = try server { _ in .json(200, "[\(Self.item)]") }
        let items = try await Client(server: .url(server.baseURL)).listItems(limit: "10")
        XCTAssertEqual(server.receivedRequests.first?.path, "/items")
        XCTAssertEqual(server.receivedRequests.first?.queryValues("limit"), ["10"])
        XCTAssertEqual(items.count, 1)
    }

    func testMismatchedDefaultsAreDroppedAndMatchingOnesKept() throws {
        let item = Item(id: "i1", name: "Lamp")
        XCTAssertNil(item.size, "the default 'large' of an integer is dropped, so the property is optional")
        XCTAssertNil(item.shape, "the default 'oval' is not one of the enum values")
        XCTAssertEqual(item.color, .green)
        XCTAssertEqual(item.tags, ["new"])
        XCTAssertEqual(Item.Color.allCases, [.red, .green], "the repeated enum value is kept once")
    }
}
