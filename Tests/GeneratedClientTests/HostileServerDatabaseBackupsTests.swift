import DatabaseBackupsAPI
import Foundation
import XCTest

/// The database-backups client against a hostile server over real HTTP: required members missing or null,
/// unknown enum values, an error body that is not the `Error` schema, bearer tokens with CR/LF, and two path
/// parameters that try to climb out of their segments.
final class HostileServerDatabaseBackupsTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    private static let backup = #"{"id":"b","created_at":"2018-09-02T03:00:00Z","name":"n","status":"done","database_id":"d"}"#

    private func expectDecodingFailure<T>(
        _ operation: () async throws -> T, typeName: String, codingPath: String, file: StaticString = #filePath, line: UInt = #line
    ) async {
        do {
            let value = try await operation()
            XCTFail("expected ClientError.decodingFailed, got \(value)", file: file, line: line)
        } catch ClientError.decodingFailed(_, let statusCode, let type, let path, let description, _) {
            XCTAssertEqual(statusCode, 200, file: file, line: line)
            XCTAssertEqual(type, typeName, file: file, line: line)
            XCTAssertEqual(path, codingPath, description, file: file, line: line)
            XCTAssertTrue(description.contains(typeName), description, file: file, line: line)
        } catch {
            XCTFail("expected ClientError.decodingFailed, got \(error)", file: file, line: line)
        }
    }

    func testMissingRequiredMemberNamesItsPath() async throws {
        let server = try server { _ in .json(200, #"{"database_backups": [\#(Self.backup), {"id": "c", "name": "n"}]}"#) }
        await expectDecodingFailure({ try await Client(server: .url(server.baseURL)).listBackups(db: "d") }, typeName: "BackupList", codingPath: "database_backups[1].created_at")
    }

    func testNullForARequiredMember() async throws {
        let server = try server { _ in .json(200, #"{"database_backups": null}"#) }
        await expectDecodingFailure({ try await Client(server: .url(server.baseURL)).listBackups(db: "d") }, typeName: "BackupList", codingPath: "database_backups")
    }

    func testWrongTypeInANestedObject() async throws {
        let server = try server { _ in .json(201, #"{"database_backup": {"id": 5, "created_at": "2018-09-02T03:00:00Z", "name": "n", "status": "done", "database_id": "d"}}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).createBackup(db: "d")
            XCTFail("expected ClientError.decodingFailed")
        } catch ClientError.decodingFailed(let operationID, let statusCode, let typeName, let codingPath, _, _) {
            XCTAssertEqual(operationID, "createBackup")
            XCTAssertEqual(statusCode, 201)
            XCTAssertEqual(typeName, "BackupEnvelope")
            XCTAssertEqual(codingPath, "database_backup.id")
        }
    }

    func testUnknownEnumValuesAndExtraKeysDecode() async throws {
        let body = #"{"database_backups": [{"id":"b","created_at":"2018-09-02T03:00:00Z","name":"n","status":"exploded","method":"telepathic","database_id":"d","x-new":[1,{"a":null}]}], "next_page": 2}"#
        let server = try server { _ in .json(200, body) }
        let list = try await Client(server: .url(server.baseURL)).listBackups(db: "d")
        XCTAssertEqual(list.databaseBackups.first?.status, .undocumented("exploded"))
        XCTAssertEqual(list.databaseBackups.first?.method, .undocumented("telepathic"))
    }

    func testErrorBodyThatIsNotTheErrorSchema() async throws {
        let server = try server { _ in .text(503, "Service Unavailable", contentType: "text/plain") }
        do {
            _ = try await Client(server: .url(server.baseURL)).listBackups(db: "d")
            XCTFail("expected APIError")
        } catch let error as APIError<DatabaseBackupsAPI.ErrorModel> {
            XCTAssertEqual(error.statusCode, 503)
            XCTAssertNil(error.body)
            XCTAssertEqual(error.rawBody, Data("Service Unavailable".utf8))
        }
    }

    func testBearerTokenWithLineBreakIsRefusedBeforeSending() async throws {
        let server = try server { _ in .json(200, #"{"database_backups": []}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL), auth: .bearer("t\r\nX-Evil: 1")).listBackups(db: "d")
            XCTFail("expected ClientError.invalidHeaderValue")
        } catch ClientError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "Authorization")
        }
        XCTAssertTrue(server.receivedRequests.isEmpty)
    }

    func testTwoPathParametersStayInTheirSegments() async throws {
        let server = try server { _ in .json(200, #"{"download_url": "https://example.com/a"}"#) }
        _ = try await Client(server: .url(server.baseURL)).getBackupArchive(db: "../admin", backup: "../../etc/passwd")
        XCTAssertEqual(server.receivedRequests.map(\.path), ["/api/databases/%2E%2E%2Fadmin/backups/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/archive"])
    }
}
