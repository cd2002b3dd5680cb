import DatabaseBackupsAPI
import Foundation
import XCTest

/// The database-backups client over real HTTP: server variables, 201 Created, nullable fields, bearer auth,
/// and an error schema named `Error` that must not clash with `Swift.Error`.
final class DatabaseBackupsClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testListBackupsDecodesNullableFieldsAndDates() async throws {
        let server = try server { _ in
            .json(200, """
                {"database_backups":[
                 {"id":"5bde44904ffb096c714be89c","created_at":"2018-11-04T02:00:00.154+01:00","started_at":null,
                  "name":"20181104010000_kibana-3938","size":null,"status":"pending","database_id":"597601234ffb097af4f3099b","method":"periodic"},
                 {"id":"5b8b36104ffb090be1ac3ce1","created_at":"2018-09-02T03:00:00.178+02:00","started_at":"2018-09-02T03:02:00.154+01:00",
                  "name":"20180902010000_kibana-3938","size":17484513608,"status":"archived","database_id":"597601234ffb097af4f3099b","method":"periodic"}
                ]}
                """)
        }
        let client = Client(server: .url(server.baseURL), auth: .bearer("db-token"))
        let list = try await client.listBackups(db: "my-db-123")
        XCTAssertEqual(server.receivedRequests.first?.path, "/api/databases/my-db-123/backups")
        XCTAssertEqual(server.receivedRequests.first?.header("authorization"), "Bearer db-token")
        XCTAssertEqual(list.databaseBackups.count, 2)
        XCTAssertNil(list.databaseBackups[0].startedAt)
        XCTAssertNil(list.databaseBackups[0].size)
        XCTAssertEqual(list.databaseBackups[1].size, 17_484_513_608)
        XCTAssertEqual(list.databaseBackups[1].status, .undocumented("archived"))
        XCTAssertEqual((list.databaseBackups[1].createdAt.timeIntervalSince1970 * 1000).rounded(), 1_535_850_000_178)
    }

    func testCreateBackupAccepts201() async throws {
        let server = try server { _ in
            .json(201, #"{"database_backup":{"id":"5b8b","created_at":"2018-09-02T03:00:00.178+02:00","started_at":null,"name":"n","size":null,"status":"scheduled","database_id":"597","method":"periodic"}}"#)
        }
        let created = try await Client(server: .url(server.baseURL)).createBackup(db: "my-db-123")
        XCTAssertEqual(created.databaseBackup.status, .scheduled)
        XCTAssertEqual(server.receivedRequests.first?.method, "POST")
    }

    func testErrorSchemaNamedErrorIsTypedInAPIError() async throws {
        let server = try server { _ in .json(404, #"{"error":"not_found","message":"no such database"}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).getBackupArchive(db: "nope", backup: "x")
            XCTFail("expected APIError")
        } catch let error as APIError<DatabaseBackupsAPI.ErrorModel> {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.body?.error, "not_found")
            XCTAssertEqual(error.body?.message, "no such database")
        }
    }

    func testServerVariableDefault() {
        XCTAssertEqual(Client.Server.yourDatabaseAPIHost().urlString, "https://db-api.example.com")
        XCTAssertEqual(Client.Server.yourDatabaseAPIHost(apiHost: "db.internal").urlString, "https://db.internal")
    }
}
