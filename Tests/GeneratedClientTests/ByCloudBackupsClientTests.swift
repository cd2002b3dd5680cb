import ByCloudBackupsAPI
import Foundation
import XCTest

/// The ByCloud client over real HTTP: every filter query parameter, marker paging metadata, links, and
/// typed 401 / 500 error bodies.
final class ByCloudBackupsClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testListSendsFiltersAndDecodesMetaAndLinks() async throws {
        let server = try server { _ in
            .json(200, """
                {"database_backups":[{"id":"550e8400-e29b-41d4-a716-446655440000","name":"backup-2024-01-15","status":"COMPLETED",
                  "datastore":{"type":"postgresql","version":"15.4","version_id":"v-1"},"size":0,"created_at":"2024-01-15T10:30:00Z"}],
                 "meta":{"total":150,"limit":20,"marker":"550e8400-e29b-41d4-a716-446655440000","has_more":true},
                 "links":{"self":"https://api.spo1.mycloud.com/v1/instances?limit=20","next":null}}
                """)
        }
        let client = Client(server: .url(server.baseURL), auth: .bearer("YOUR_ACCESS_TOKEN"))
        let page = try await client.listDatabaseBackups(
            limit: 20, marker: "550e8400-e29b-41d4-a716-446655440000", name: "web-*", status: "COMPLETED",
            instanceId: "550e8400-e29b-41d4-a716-446655440001", datastoreType: "postgresql"
        )
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.path, "/v1/database-backups")
        XCTAssertEqual(request.queryValues("limit"), ["20"])
        XCTAssertEqual(request.queryValues("name"), ["web-*"])
        XCTAssertEqual(request.queryValues("instance_id"), ["550e8400-e29b-41d4-a716-446655440001"])
        XCTAssertEqual(request.queryValues("datastore_type"), ["postgresql"])
        XCTAssertEqual(request.header("authorization"), "Bearer YOUR_ACCESS_TOKEN")
        XCTAssertEqual(page.meta?.total, 150)
        XCTAssertEqual(page.meta?.hasMore, true)
        XCTAssertEqual(page.databaseBackups?.first?.datastore?.versionId, "v-1")
        XCTAssertEqual(page.databaseBackups?.first?.status, .completed)
        XCTAssertNil(page.links?.next)
    }

    func testUnauthorizedAndServerErrorsAreTyped() async throws {
        let server = try server { request in
            request.header("authorization") == nil
                ? .json(401, #"{"error":{"code":"unauthorized","message":"Authentication required"}}"#)
                : .json(500, #"{"error":{"code":"internal","message":"boom"}}"#)
        }
        for (auth, status, code) in [(nil, 401, "unauthorized"), (Auth.bearer("t"), 500, "internal")] {
            do {
                _ = try await Client(server: .url(server.baseURL), auth: auth).listDatabaseBackups()
                XCTFail("expected APIError")
            } catch let error as APIError<ErrorResponse> {
                XCTAssertEqual(error.statusCode, status)
                XCTAssertEqual(error.body?.error.code, code)
            }
        }
    }

    func testAnHTMLErrorPageKeepsTheRawBytes() async throws {
        let server = try server { _ in .text(502, "<html>Bad gateway</html>", contentType: "text/html") }
        do {
            _ = try await Client(server: .url(server.baseURL)).listDatabaseBackups()
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 502)
            XCTAssertNil(error.body)
            XCTAssertEqual(String(decoding: error.rawBody, as: UTF8.self), "<html>Bad gateway</html>")
        }
    }

    func testAWrongTypeInTheBodyIsADecodingErrorNamingTheType() async throws {
        let server = try server { _ in .json(200, #"{"meta":{"total":"many"}}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).listDatabaseBackups()
            XCTFail("expected ClientError")
        } catch let error as ClientError {
            let text = String(describing: error)
            XCTAssertTrue(text.contains("DatabaseBackupList"), text)
            XCTAssertTrue(text.contains("meta.total"), text)
        }
    }
}
