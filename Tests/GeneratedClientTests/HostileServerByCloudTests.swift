import ByCloudBackupsAPI
import Foundation
import XCTest

/// The ByCloud backups client against a hostile server over real HTTP: nested inline types in the coding path,
/// unknown enum values, HTML instead of JSON, and a query value that tries to add parameters.
final class HostileServerByCloudTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testWrongTypeInsideAnInlineNestedType() async throws {
        let server = try server { _ in .json(200, #"{"database_backups": [{"id": "b", "datastore": {"type": ["mysql"]}}]}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).listDatabaseBackups()
            XCTFail("expected ClientError.decodingFailed")
        } catch ClientError.decodingFailed(let operationID, _, let typeName, let codingPath, let description, _) {
            XCTAssertEqual(operationID, "listDatabaseBackups")
            XCTAssertEqual(typeName, "DatabaseBackupList")
            XCTAssertEqual(codingPath, "database_backups[0].datastore.type")
            XCTAssertTrue(description.contains("database_backups[0].datastore.type"), description)
        }
    }

    func testUnknownStatusAndExtraKeysDecode() async throws {
        let server = try server { _ in
            .json(200, #"{"database_backups": [{"id": "b", "status": "quantum", "datastore": {"type": "mysql", "engine": "x"}, "new": {}}], "meta": {"total": 1, "extra": true}}"#)
        }
        let list = try await Client(server: .url(server.baseURL)).listDatabaseBackups()
        XCTAssertEqual(list.databaseBackups?.first?.status, .undocumented("quantum"))
        XCTAssertEqual(list.databaseBackups?.first?.datastore?.type, "mysql")
    }

    func testHTMLLoginPageInsteadOfJSON() async throws {
        let html = "<html><body><form action=/login>Sign in</form></body></html>"
        let server = try server { _ in .text(200, html, contentType: "text/html; charset=utf-8") }
        do {
            _ = try await Client(server: .url(server.baseURL)).listDatabaseBackups()
            XCTFail("expected ClientError.decodingFailed")
        } catch ClientError.decodingFailed(_, let statusCode, let typeName, let codingPath, _, let rawBody) {
            XCTAssertEqual(statusCode, 200)
            XCTAssertEqual(typeName, "DatabaseBackupList")
            XCTAssertEqual(codingPath, "")
            XCTAssertEqual(rawBody, Data(html.utf8))
        }
    }

    func testQueryValuesCannotAddParameters() async throws {
        let server = try server { _ in .json(200, "{}") }
        _ = try await Client(server: .url(server.baseURL)).listDatabaseBackups(name: "a&admin=true#x", status: "done\r\nX-Evil: 1")
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.queryValues("name"), ["a&admin=true#x"])
        XCTAssertEqual(request.queryValues("status"), ["done\r\nX-Evil: 1"])
        XCTAssertTrue(request.queryValues("admin").isEmpty)
        XCTAssertNil(request.header("x-evil"))
    }
}
