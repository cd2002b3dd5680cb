import ByCloudBackupsAPI
import Foundation
import XCTest

/// `listDatabaseBackupsPages` follows the `marker` cursor from `meta.marker`, as configured in
/// specs/ByCloudBackups/openapi-gen.json.
final class ByCloudPaginationTests: XCTestCase {
    func testFollowsTheCursorUntilThereIsNone() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.queryValues("marker").first {
            case nil: return .json(200, #"{"database_backups":[{"id":"1"},{"id":"2"}],"meta":{"marker":"2","has_more":true}}"#)
            case "2": return .json(200, #"{"database_backups":[{"id":"3"}],"meta":{"marker":null,"has_more":false}}"#)
            default: return .json(500, #"{"error":{"code":"x","message":"unexpected marker"}}"#)
            }
        }
        addTeardownBlock { server.stop() }
        var ids: [String] = []
        for try await backup in Client(server: .url(server.baseURL)).listDatabaseBackupsPages(pageSize: 2, status: "COMPLETED") {
            ids.append(backup.id ?? "")
        }
        XCTAssertEqual(ids, ["1", "2", "3"])
        XCTAssertEqual(server.receivedRequests.map(\.target), [
            "/v1/database-backups?limit=2&status=COMPLETED", "/v1/database-backups?limit=2&marker=2&status=COMPLETED",
        ])
    }

    func testARepeatedCursorEndsTheWalk() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"database_backups":[{"id":"1"}],"meta":{"marker":"same"}}"#) }
        addTeardownBlock { server.stop() }
        var count = 0
        for try await _ in Client(server: .url(server.baseURL)).listDatabaseBackupsPages(pageSize: 1) { count += 1 }
        XCTAssertEqual(count, 2)
        XCTAssertEqual(server.receivedRequests.count, 2)
    }
}
