import Foundation
import IonosPostgreSQLAPI
import XCTest

/// The IONOS PostgreSQL client over real HTTP on 127.0.0.1: paging queries, path encoding, auth headers,
/// typed error bodies, exact dates and enum values the spec does not list.
final class IonosPostgreSQLClientTests: XCTestCase {
    private let backupList = """
        {"type":"collection","id":"backups","offset":4,"limit":2,
         "_links":{},"links":{"self":"https://api.ionos.com/databases/postgresql/clusters/backups?offset=4&limit=2"},
         "items":[
          {"type":"backup","id":"b-1","metadata":{"createdDate":"2018-09-02T03:00:00.178+02:00","state":"AVAILABLE"},
           "properties":{"clusterId":"c-1","version":"15","isActive":true,"earliestRecoveryTargetTime":"2018-09-02T03:00:00.178+02:00","size":512,"location":"de"}},
          {"type":"snapshot","id":"b-2","metadata":{"createdDate":"2024-01-15T10:30:00Z","state":"MIGRATING"}}
         ]}
        """

    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testListBackupsSendsPagingAndBasicAuthAndDecodesThePage() async throws {
        let body = backupList
        let server = try server { _ in .json(200, body) }
        let client = Client(server: .url(server.baseURL), auth: .basic(username: "alice", password: "s3cret"))

        let page = try await client.clustersBackupsGet(limit: 2, offset: 4)

        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/clusters/backups")
        XCTAssertEqual(request.query, [QueryItem(name: "limit", value: "2"), QueryItem(name: "offset", value: "4")])
        XCTAssertEqual(request.header("authorization"), "Basic " + Data("alice:s3cret".utf8).base64EncodedString())
        XCTAssertEqual(page.offset, 4)
        XCTAssertEqual(page.limit, 2)
        XCTAssertEqual(page.items?.count, 2)
        XCTAssertEqual(page.items?.first?.metadata?.state, .available)
        XCTAssertEqual(page.links?._self, "https://api.ionos.com/databases/postgresql/clusters/backups?offset=4&limit=2")
    }

    func testDateWithFractionAndOffsetDecodesToTheExactInstant() async throws {
        let body = backupList
        let server = try server { _ in .json(200, body) }
        let page = try await Client(server: .url(server.baseURL)).clustersBackupsGet()
        let date = try XCTUnwrap(page.items?.first?.properties?.earliestRecoveryTargetTime)
        // 2018-09-02T03:00:00.178+02:00 is 2018-09-02T01:00:00.178Z = 1535850000.178 s after 1970.
        XCTAssertEqual((date.timeIntervalSince1970 * 1000).rounded(), 1_535_850_000_178)
        XCTAssertEqual(page.items?.last?.metadata?.createdDate?.timeIntervalSince1970, 1_705_314_600)
    }

    func testUnknownEnumValuesSurviveDecodingAndReencoding() async throws {
        let body = backupList
        let server = try server { _ in .json(200, body) }
        let page = try await Client(server: .url(server.baseURL)).clustersBackupsGet()
        let second = try XCTUnwrap(page.items?.last)
        XCTAssertEqual(second.metadata?.state, .undocumented("MIGRATING"))
        XCTAssertEqual(second.type, .undocumented("snapshot"))
        let encoded = try JSONEncoder().encode(second.metadata)
        XCTAssertTrue(String(decoding: encoded, as: UTF8.self).contains("\"state\":\"MIGRATING\""))
        XCTAssertEqual(State(rawValue: "MIGRATING").rawValue, "MIGRATING")
        XCTAssertEqual(State(rawValue: "AVAILABLE"), .available)
    }

    func testFetchOneByIDEncodesThePathSegmentAndSendsTheToken() async throws {
        let server = try server { request in
            .json(200, #"{"type":"backup","id":"b-1","properties":{"clusterId":"c-1"}}"#)
        }
        let client = Client(server: .url(server.baseURL), auth: .bearer("tok-123"))
        let backup = try await client.clustersBackupsFindById(backupId: "b-1")
        XCTAssertEqual(backup.id, "b-1")
        XCTAssertEqual(backup.properties?.clusterId, "c-1")
        _ = try await client.clustersBackupsFindById(backupId: "../admin")
        let requests = server.receivedRequests
        XCTAssertEqual(requests.map(\.path), ["/clusters/backups/b-1", "/clusters/backups/%2E%2E%2Fadmin"])
        // tokenAuth is an apiKey scheme on the Authorization header that expects "Bearer <token>".
        XCTAssertEqual(requests.first?.header("authorization"), "Bearer tok-123")
    }

    func testNotFoundThrowsAPIErrorWithTheDecodedErrorResponse() async throws {
        let server = try server { _ in
            .json(404, #"{"httpStatus":404,"messages":[{"errorCode":"paas-backup-1","message":"backup not found"}]}"#)
        }
        do {
            _ = try await Client(server: .url(server.baseURL)).clustersBackupsFindById(backupId: "missing")
            XCTFail("expected APIError")
        } catch let error as APIError<ErrorResponse> {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.operationID, "clustersBackupsFindById")
            XCTAssertEqual(error.body?.httpStatus, 404)
            XCTAssertEqual(error.body?.messages?.first?.errorCode, "paas-backup-1")
            XCTAssertTrue(String(decoding: error.rawBody, as: UTF8.self).contains("backup not found"))
            XCTAssertEqual(error.headerFields.first { $0.name.lowercased() == "content-type" }?.value, "application/json")
        }
    }

    func testCreateClusterSendsTheJSONBody() async throws {
        let server = try server { _ in
            .json(200, #"{"type":"cluster","id":"c-9","metadata":{"state":"BUSY"},"properties":{"displayName":"db","instances":1}}"#)
        }
        let client = Client(server: .url(server.baseURL), auth: .basic(username: "u", password: "p"))
        let request = CreateClusterRequest(properties: CreateClusterProperties(
            displayName: "db", postgresVersion: "15", location: "de/fra", instances: 1, ram: 2048, cores: 2,
            storageSize: 20_480, storageType: .ssdPremium,
            connections: [Connection(datacenterId: "dc-1", lanId: "2", cidr: "192.168.1.100/24")],
            credentials: DBUser(username: "admin", password: "pw"), synchronizationMode: .asynchronous
        ))
        let cluster = try await client.clustersPost(body: request)
        XCTAssertEqual(cluster.id, "c-9")
        XCTAssertEqual(cluster.metadata?.state, .busy)
        let received = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(received.method, "POST")
        XCTAssertEqual(received.header("content-type"), "application/json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: received.body) as? [String: Any])
        let properties = try XCTUnwrap(json["properties"] as? [String: Any])
        XCTAssertEqual(properties["storageType"] as? String, "SSD Premium")
        XCTAssertEqual(properties["displayName"] as? String, "db")
        XCTAssertEqual((properties["credentials"] as? [String: Any])?["username"] as? String, "admin")
    }

    func testFilterQueryAndDeleteAndPatch() async throws {
        let server = try server { request in
            request.method == "GET" ? .json(200, #"{"items":[]}"#) : .json(200, #"{"id":"c-1"}"#)
        }
        let client = Client(server: .url(server.baseURL))
        _ = try await client.clustersGet(filterName: "prod db")
        _ = try await client.clustersDelete(clusterId: "c-1")
        _ = try await client.clustersPatch(clusterId: "c-1", body: PatchClusterRequest(properties: PatchClusterProperties(instances: 3)))
        let requests = server.receivedRequests
        XCTAssertEqual(requests.map(\.method), ["GET", "DELETE", "PATCH"])
        XCTAssertEqual(requests[0].target, "/clusters?filter.name=prod%20db")
        XCTAssertEqual(requests[2].bodyText, #"{"properties":{"instances":3}}"#)
    }
}
