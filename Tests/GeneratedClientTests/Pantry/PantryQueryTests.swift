import Foundation
import PantryAPI
import XCTest

/// Form-style arrays and objects with `explode: false` over real HTTP: the delimiters are literal commas and
/// commas inside values are percent-encoded; `allowReserved` keeps reserved characters as they are.
final class PantryQueryTests: XCTestCase {
    func testFormDelimitersAreLiteralAndValuesEncoded() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"items":[]}"#) }
        addTeardownBlock { server.stop() }
        let client = Client(server: .url(server.baseURL), auth: .apiKey("k"))
        _ = try await client.listItems(ids: ["a,b", "c"], shelf: ListItemsShelf(row: "1,2", column: "x"), path: "a/b:c?d=e&f#g")
        _ = try await client.listItems(ids: ["a", "b"])
        let targets = server.receivedRequests.map(\.target)
        XCTAssertEqual(targets, [
            "/items?ids=a%2Cb,c&shelf=column,x,row,1%2C2&path=a/b:c?d=e%26f%23g&api_key=k",
            "/items?ids=a,b&api_key=k",
        ])
    }
}
