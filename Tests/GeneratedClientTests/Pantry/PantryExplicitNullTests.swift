import Foundation
import PantryAPI
import XCTest

/// A JSON merge patch over real HTTP: an optional `nullable` property of a request body is left out (`nil`),
/// sent as `null` (`.null`) or sent as a value (`.value`), and the server sees exactly that.
final class PantryExplicitNullTests: XCTestCase {
    func testMergePatchSendsNullLeavesOutOrSendsTheValue() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"id":"i1"}"#) }
        addTeardownBlock { server.stop() }
        let client = Client(server: .url(server.baseURL), auth: .apiKey("k"))
        _ = try await client.patchItem(id: "i1", body: .init(description: .null))
        _ = try await client.patchItem(id: "i1", body: .init(name: "Rye"))
        _ = try await client.patchItem(id: "i1", body: .init(description: .value("Dark"), tags: .value(["a"])))
        _ = try await client.patchItem(id: "i1", body: .init(tags: .null))
        let bodies = try server.receivedRequests.map { request in
            try XCTUnwrap(JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        }
        XCTAssertEqual(bodies.count, 4)
        XCTAssertEqual(bodies[0].keys.sorted(), ["description"])
        XCTAssertTrue(bodies[0]["description"] is NSNull, "the key is there, with null")
        XCTAssertEqual(bodies[1].keys.sorted(), ["name"], "description is left out")
        XCTAssertEqual(bodies[2]["description"] as? String, "Dark")
        XCTAssertEqual(bodies[2]["tags"] as? [String], ["a"])
        XCTAssertEqual(server.receivedRequests[3].bodyText, #"{"tags":null}"#)
        XCTAssertEqual(server.receivedRequests[0].method, "PATCH")
    }

    /// Decoding tells a missing key from `null`, so a patch read back (a fixture, a queued request) keeps its meaning.
    func testDecodingKeepsTheThreeStates() throws {
        let decoder = JSONDecoder()
        XCTAssertEqual(try decoder.decode(ItemPatch.self, from: Data(#"{"description":null}"#.utf8)).description, .null)
        XCTAssertNil(try decoder.decode(ItemPatch.self, from: Data(#"{}"#.utf8)).description)
        XCTAssertEqual(try decoder.decode(ItemPatch.self, from: Data(#"{"description":"x"}"#.utf8)).description, .value("x"))
        XCTAssertEqual(OpenAPINullable<String>("x").wrapped, "x")
        XCTAssertEqual(OpenAPINullable<String>(nil), .null)
    }
}
