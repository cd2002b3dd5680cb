import Foundation
import IonosPostgreSQLAPI
import XCTest

/// `clustersBackupsGetPages` walks limit/offset pages over real HTTP, one request per page, lazily.
final class IonosPaginationTests: XCTestCase {
    func testWalksEveryOffsetPageUntilAShortOne() async throws {
        let server = try LoopbackHTTPServer { request in
            let offset = Int(request.queryValues("offset").first ?? "0") ?? 0
            let limit = Int(request.queryValues("limit").first ?? "0") ?? 0
            let ids = (offset..<min(offset + limit, 5)).map { #"{"id":"b-\#($0)"}"# }
            return .json(200, #"{"offset":\#(offset),"limit":\#(limit),"items":[\#(ids.joined(separator: ","))]}"#)
        }
        addTeardownBlock { server.stop() }
        let client = Client(server: .url(server.baseURL), auth: .basic(username: "u", password: "p"))
        var ids: [String] = []
        for try await backup in client.clustersBackupsGetPages(pageSize: 2) {
            ids.append(backup.id ?? "")
        }
        XCTAssertEqual(ids, ["b-0", "b-1", "b-2", "b-3", "b-4"])
        XCTAssertEqual(server.receivedRequests.map(\.target), [
            "/clusters/backups?limit=2&offset=0", "/clusters/backups?limit=2&offset=2", "/clusters/backups?limit=2&offset=4",
        ])
    }

    func testStopsFetchingWhenTheCallerStops() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, #"{"items":[{"id":"a"},{"id":"b"}]}"#) }
        addTeardownBlock { server.stop() }
        var first: String?
        for try await backup in Client(server: .url(server.baseURL)).clusterBackupsGetPages(pageSize: 2, clusterId: "c-1") {
            first = backup.id
            break
        }
        XCTAssertEqual(first, "a")
        XCTAssertEqual(server.receivedRequests.map(\.target), ["/clusters/c-1/backups?limit=2&offset=0"])
    }

    func testAnErrorPageEndsTheWalkWithTheTypedError() async throws {
        let server = try LoopbackHTTPServer { request in
            request.queryValues("offset") == ["0"] ? .json(200, #"{"items":[{"id":"a"}]}"#) : .json(500, #"{"httpStatus":500}"#)
        }
        addTeardownBlock { server.stop() }
        var ids: [String] = []
        do {
            for try await backup in Client(server: .url(server.baseURL)).clustersBackupsGetPages(pageSize: 1) { ids.append(backup.id ?? "") }
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 500)
        }
        XCTAssertEqual(ids, ["a"])
    }
}
