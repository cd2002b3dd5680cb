import Foundation
import PantryAPI
import XCTest

/// The cursor walker over real HTTP stops when a page says `has_more: false`, even though it carries a cursor.
final class PantryPaginationTests: XCTestCase {
    func testCursorWalkStopsOnHasMoreFalse() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.queryValues("cursor").first {
            case nil: return .json(200, #"{"items":[{"id":"a"},{"id":"b"}],"next_cursor":"c2","has_more":true}"#)
            case "c2": return .json(200, #"{"items":[{"id":"c"}],"next_cursor":"c3","has_more":false}"#)
            default: return .json(200, #"{"items":[{"id":"never"}],"has_more":false}"#)
            }
        }
        addTeardownBlock { server.stop() }
        var ids: [String] = []
        for try await item in Client(server: .url(server.baseURL), auth: .apiKey("k")).listItemsPages(pageSize: 2) {
            ids.append(item.id)
        }
        XCTAssertEqual(ids, ["a", "b", "c"])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("cursor") }, [[], ["c2"]])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("limit") }, [["2"], ["2"]])
    }
}
