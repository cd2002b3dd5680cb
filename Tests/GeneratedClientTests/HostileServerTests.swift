import Foundation
import IonosPostgreSQLAPI
import XCTest

/// The IONOS PostgreSQL client against a hostile server, over real HTTP on 127.0.0.1: every bad response is a
/// typed error that names the operation, the type and the coding path (or decodes where the schema allows it),
/// never a crash; bad credentials are refused before anything is sent; path parameters stay one segment.
final class HostileServerTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    private func client(_ server: LoopbackHTTPServer, auth: Auth? = nil) -> Client {
        Client(server: .url(server.baseURL), auth: auth)
    }

    /// Runs `operation`, which must throw `ClientError.decodingFailed`, and returns its parts.
    private func decodingFailure<T>(
        _ operation: () async throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) async -> (operationID: String, statusCode: Int, typeName: String, codingPath: String, description: String, rawBody: Data)? {
        do {
            let value = try await operation()
            XCTFail("expected ClientError.decodingFailed, got \(value)", file: file, line: line)
        } catch ClientError.decodingFailed(let operationID, let statusCode, let typeName, let codingPath, let description, let rawBody) {
            return (operationID, statusCode, typeName, codingPath, description, rawBody)
        } catch {
            XCTFail("expected ClientError.decodingFailed, got \(type(of: error)): \(error)", file: file, line: line)
        }
        return nil
    }

    // MARK: - Wrong JSON

    func testWrongTypeAtTheTopLevel() async throws {
        let server = try server { _ in .json(200, #"["not", "an", "object"]"#) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.operationID, "clustersBackupsGet")
        XCTAssertEqual(failure?.statusCode, 200)
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
        XCTAssertEqual(failure?.codingPath, "")
        XCTAssertTrue(failure?.description.contains("ClusterBackupList") ?? false, failure?.description ?? "")
        XCTAssertTrue(failure?.description.contains("the top level") ?? false, failure?.description ?? "")
    }

    func testWrongTypeOfAMember() async throws {
        let server = try server { _ in .json(200, #"{"items": "not an array"}"#) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
        XCTAssertEqual(failure?.codingPath, "items")
        XCTAssertTrue(failure?.description.hasPrefix("Could not decode ClusterBackupList: expected Array") ?? false, failure?.description ?? "")
        XCTAssertTrue(failure?.description.contains(" at items.") ?? false, failure?.description ?? "")
    }

    func testWrongTypeDeepInsideNamesTheWholePath() async throws {
        let body = #"{"items": [{"id": "b-1"}, {"id": "b-2", "properties": {"size": "large"}}]}"#
        let server = try server { _ in .json(200, body) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.codingPath, "items[1].properties.size")
        XCTAssertEqual(failure?.rawBody, Data(body.utf8))
    }

    func testNumberThatDoesNotFitTheType() async throws {
        for number in ["9223372036854775808", "1e300", "1.5"] {
            let server = try server { _ in .json(200, #"{"items": [], "offset": \#(number)}"#) }
            let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
            XCTAssertEqual(failure?.typeName, "ClusterBackupList")
            XCTAssertEqual(failure?.statusCode, 200)
            // Foundation's JSONDecoder on Linux reports a number that does not fit its type as "not valid JSON"
            // at the top level, without the path (Darwin says `offset`); the client passes on what it is given.
            XCTAssertTrue(["offset", ""].contains(failure?.codingPath ?? "-"), "\(number): \(failure?.description ?? "")")
        }
    }

    func testDateThatIsNotADate() async throws {
        let server = try server { _ in
            .json(200, #"{"items": [{"properties": {"earliestRecoveryTargetTime": "yesterday"}}]}"#)
        }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.codingPath, "items[0].properties.earliestRecoveryTargetTime")
        XCTAssertTrue(failure?.description.contains("\"yesterday\"") ?? false, failure?.description ?? "")
    }

    func testNullBody() async throws {
        let server = try server { _ in .json(200, "null") }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
        XCTAssertEqual(failure?.codingPath, "")
    }

    // MARK: - Broken bodies

    func testTruncatedJSONBody() async throws {
        let server = try server { _ in .json(200, #"{"items": [{"id": "b-1", "metadata": {"sta"#) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
        XCTAssertEqual(failure?.codingPath, "")
        XCTAssertTrue(failure?.description.contains("invalid value at the top level") ?? false, failure?.description ?? "")
    }

    func testConnectionClosedBeforeTheBodyEnds() async throws {
        // Content-Length promises 1,000 bytes; 20 arrive before the server closes the connection.
        let raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{\"items\": [{\"id\": \"b"
        let server = try RawResponseServer(response: Array(raw.utf8))
        addTeardownBlock { server.stop() }
        do {
            let page = try await Client(server: .url(server.baseURL)).clustersBackupsGet()
            XCTFail("a truncated transfer must not decode: \(page)")
        } catch ClientError.transportFailed(let operationID, _) {
            XCTAssertEqual(operationID, "clustersBackupsGet")
        } catch ClientError.decodingFailed(let operationID, _, let typeName, _, _, _) {
            XCTAssertEqual(operationID, "clustersBackupsGet")
            XCTAssertEqual(typeName, "ClusterBackupList")
        }
        XCTAssertGreaterThanOrEqual(server.receivedRequestHeads.count, 1)
    }

    func testConnectionClosedWithoutAResponse() async throws {
        let server = try RawResponseServer(response: [])
        addTeardownBlock { server.stop() }
        do {
            _ = try await Client(server: .url(server.baseURL)).clustersBackupsGet()
            XCTFail("expected ClientError.transportFailed")
        } catch ClientError.transportFailed(let operationID, let underlying) {
            XCTAssertEqual(operationID, "clustersBackupsGet")
            XCTAssertFalse("\(underlying)".isEmpty)
        }
    }

    func testGarbageInsteadOfHTTP() async throws {
        let server = try RawResponseServer(response: Array("SSH-2.0-OpenSSH_9.6\r\n\u{0}\u{1}\u{2}garbage".utf8))
        addTeardownBlock { server.stop() }
        do {
            let page = try await Client(server: .url(server.baseURL)).clustersBackupsGet()
            XCTFail("garbage must not decode: \(page)")
        } catch ClientError.transportFailed(let operationID, _) {
            XCTAssertEqual(operationID, "clustersBackupsGet")
        } catch ClientError.decodingFailed(let operationID, _, _, _, _, _) {
            // Some HTTP stacks read a non-HTTP reply as an HTTP/0.9 body.
            XCTAssertEqual(operationID, "clustersBackupsGet")
        }
    }

    func testHTMLErrorPageWithStatus200() async throws {
        let html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
        let server = try server { _ in .text(200, html, contentType: "text/html") }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsFindById(backupId: "b-1") }
        XCTAssertEqual(failure?.operationID, "clustersBackupsFindById")
        XCTAssertEqual(failure?.typeName, "BackupResponse")
        XCTAssertEqual(failure?.codingPath, "")
        XCTAssertEqual(failure?.rawBody, Data(html.utf8))
    }

    func testHTMLErrorPageWithStatus500() async throws {
        let html = "<html><body><h1>500 Internal Server Error</h1></body></html>"
        let server = try server { _ in .text(500, html, contentType: "text/html") }
        do {
            _ = try await client(server).clustersBackupsFindById(backupId: "b-1")
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 500)
            XCTAssertEqual(error.operationID, "clustersBackupsFindById")
            XCTAssertNil(error.body, "an HTML page is not an ErrorResponse")
            XCTAssertEqual(error.rawBody, Data(html.utf8))
            XCTAssertTrue(error.description.hasPrefix("clustersBackupsFindById failed with HTTP status 500: <html>"), error.description)
        }
    }

    func testErrorBodyOfTheWrongShapeKeepsTheRawBytes() async throws {
        let body = #"{"httpStatus": "four hundred", "messages": "none"}"#
        let server = try server { _ in .json(400, body) }
        do {
            _ = try await client(server).clustersGet()
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 400)
            XCTAssertNil(error.body)
            XCTAssertEqual(error.rawBody, Data(body.utf8))
        }
    }

    func testEmpty200Body() async throws {
        let server = try server { _ in StubResponse(status: 200, headers: [("Content-Type", "application/json")]) }
        let failure = await decodingFailure { try await self.client(server).clustersFindById(clusterId: "c-1") }
        XCTAssertEqual(failure?.operationID, "clustersFindById")
        XCTAssertEqual(failure?.typeName, "ClusterResponse")
        XCTAssertEqual(failure?.codingPath, "")
        XCTAssertEqual(failure?.description, "Could not decode ClusterResponse: the response body is empty.")
        XCTAssertEqual(failure?.rawBody, Data())
    }

    func testBodyThatIsNotUTF8() async throws {
        let server = try server { _ in
            StubResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data(#"{"id": "b"#.utf8) + Data([0xFF, 0xFE]) + Data(#""}"#.utf8))
        }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsFindById(backupId: "b") }
        XCTAssertEqual(failure?.typeName, "BackupResponse")
    }

    func testBodyNested100000LevelsDeep() async throws {
        let body = #"{"items": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let server = try server { _ in .json(200, body) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
    }

    // MARK: - Size

    func testHuge20MegabyteBodyDecodes() async throws {
        let item = #"{"type": "backup", "id": "b-%d", "metadata": {"createdDate": "2024-01-15T10:30:00Z", "state": "AVAILABLE"}, "properties": {"clusterId": "c-1", "version": "15", "isActive": true, "size": 512, "location": "de"}, "padding": "%@"}"#
        let padding = String(repeating: "p", count: 100)
        let count = 70_000
        var body = #"{"type": "collection", "items": ["#
        body.reserveCapacity(21_000_000)
        for index in 0..<count {
            if index > 0 { body += "," }
            body += item.replacingOccurrences(of: "%d", with: String(index)).replacingOccurrences(of: "%@", with: padding)
        }
        body += "]}"
        XCTAssertGreaterThan(body.utf8.count, 20_000_000)
        let bytes = Data(body.utf8)
        let server = try server { _ in StubResponse(status: 200, headers: [("Content-Type", "application/json")], body: bytes) }
        let page = try await client(server).clustersBackupsGet()
        XCTAssertEqual(page.items?.count, count)
        XCTAssertEqual(page.items?.last?.id, "b-\(count - 1)")
        XCTAssertEqual(page.items?.last?.metadata?.state, .available)
    }

    func testHuge20MegabyteBodyOfTheWrongTypeFailsCleanly() async throws {
        let body = #"{"items": ["# + Array(repeating: "1", count: 10_000_000).joined(separator: ",") + "]}"
        let bytes = Data(body.utf8)
        let server = try server { _ in StubResponse(status: 200, headers: [("Content-Type", "application/json")], body: bytes) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.typeName, "ClusterBackupList")
        XCTAssertEqual(failure?.codingPath, "items[0]")
        XCTAssertLessThan(failure?.description.utf8.count ?? .max, 1_000, "the description must not include the body")
    }

    // MARK: - What the schema allows

    func testUnknownEnumValuesAndExtraKeysDecode() async throws {
        let body = """
            {"type": "brand-new-collection", "id": "x", "unexpected": {"deeply": [1, 2, {"nested": null}]}, "items": [
              {"type": "snapshot", "id": "b-1", "extra": true,
               "metadata": {"state": "MIGRATING", "createdDate": "2024-01-15T10:30:00Z", "futureField": 3},
               "properties": {"clusterId": "c-1", "isActive": false, "location": "mars", "newThing": "ok"}}
            ]}
            """
        let server = try server { _ in .json(200, body) }
        let page = try await client(server).clustersBackupsGet()
        XCTAssertEqual(page.type, .undocumented("brand-new-collection"))
        let backup = try XCTUnwrap(page.items?.first)
        XCTAssertEqual(backup.type, .undocumented("snapshot"))
        XCTAssertEqual(backup.metadata?.state, .undocumented("MIGRATING"))
        XCTAssertEqual(backup.properties?.location, "mars")
        XCTAssertEqual(backup.properties?.isActive, false)
    }

    func testEnumValueOfTheWrongJSONTypeIsAnError() async throws {
        let server = try server { _ in .json(200, #"{"items": [{"metadata": {"state": 7}}]}"#) }
        let failure = await decodingFailure { try await self.client(server).clustersBackupsGet() }
        XCTAssertEqual(failure?.codingPath, "items[0].metadata.state")
    }

    // MARK: - Requests

    func testBearerTokenWithCRLFIsRefusedBeforeSending() async throws {
        let server = try server { _ in .json(200, "{}") }
        for token in ["a\r\nX-Evil: 1", "a\nX-Evil: 1", "a\rb", "a\u{0}b"] {
            do {
                _ = try await client(server, auth: .bearer(token)).clustersBackupsGet()
                XCTFail("a token with CR, LF or NUL must be refused: \(token.debugDescription)")
            } catch ClientError.invalidHeaderValue(let name) {
                XCTAssertEqual(name, "Authorization")
            }
        }
        XCTAssertEqual(server.receivedRequests.count, 0, "nothing may reach the server")
    }

    func testAPIKeyWithCRLFIsRefusedBeforeSending() async throws {
        let server = try server { _ in .json(200, "{}") }
        do {
            _ = try await client(server, auth: .apiKey("key\r\nX-Evil: 1")).clustersFindById(clusterId: "c-1")
            XCTFail("an API key with CR or LF must be refused")
        } catch ClientError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "Authorization")
            XCTAssertTrue("\(ClientError.invalidHeaderValue(name: name))".contains("was not sent"))
        }
        XCTAssertEqual(server.receivedRequests.count, 0, "nothing may reach the server")
    }

    func testErrorDescriptionsNeverShowTheSecret() async throws {
        let server = try server { _ in .json(200, "{}") }
        do {
            _ = try await client(server, auth: .bearer("s3cret\r\nX-Evil: 1")).clustersBackupsGet()
            XCTFail("expected ClientError.invalidHeaderValue")
        } catch {
            XCTAssertFalse("\(error)".contains("s3cret"), "\(error)")
            XCTAssertFalse(String(reflecting: error).contains("s3cret"), String(reflecting: error))
        }
    }

    func testBasicCredentialsWithCRLFAreSafeBecauseTheyAreEncoded() async throws {
        let server = try server { _ in .json(200, "{}") }
        _ = try await client(server, auth: .basic(username: "u\r\nX-Evil: 1", password: "p")).clustersBackupsGet()
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.header("authorization"), "Basic " + Data("u\r\nX-Evil: 1:p".utf8).base64EncodedString())
        XCTAssertNil(request.header("x-evil"))
    }

    func testPathParametersStayOneSegment() async throws {
        let server = try server { _ in .json(200, #"{"id": "x"}"#) }
        let client = client(server)
        let values = ["../admin", "..", ".", "a/b", "..%2Fadmin", "%2e%2e", "x?admin=1", "x#frag", "a b", "é", "\\..\\admin", ""]
        for value in values {
            _ = try await client.clustersBackupsFindById(backupId: value)
        }
        let paths = server.receivedRequests.map(\.path)
        XCTAssertEqual(paths.count, values.count)
        XCTAssertEqual(paths.first, "/clusters/backups/%2E%2E%2Fadmin")
        for (value, path) in zip(values, paths) {
            XCTAssertTrue(path.hasPrefix("/clusters/backups/"), path)
            let segment = String(path.dropFirst("/clusters/backups/".count))
            XCTAssertFalse(segment.contains("/"), "\(value.debugDescription) → \(path)")
            XCTAssertFalse(segment == "." || segment == "..", "\(value.debugDescription) → \(path)")
            XCTAssertFalse(segment.contains("?") || segment.contains("#"), "\(value.debugDescription) → \(path)")
            XCTAssertEqual(segment.removingPercentEncoding, value, "the segment must decode back to the value")
        }
        XCTAssertTrue(server.receivedRequests.allSatisfy { $0.query.isEmpty }, "no value may start a query")
    }
}
