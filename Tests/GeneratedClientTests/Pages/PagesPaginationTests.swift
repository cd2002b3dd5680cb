import Foundation
import PagesAPI
import XCTest

/// Next-link walks over real HTTP: a link in the body (detected, and configured), the `Link` header, each
/// request sent through the client's executor (credentials, headers, middlewares), and a link to another origin
/// refused.
final class PagesPaginationTests: XCTestCase {
    /// Counts the requests that pass through it.
    private final class Counter: ClientMiddleware, @unchecked Sendable {
        private let lock = NSLock()
        private var operations: [String] = []
        var seen: [String] { lock.withLock { operations } }

        func intercept(_ request: HTTPRequest, operationID: String, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            lock.withLock { operations.append(operationID) }
            return try await next(request)
        }
    }

    func testBodyLinksAreFollowedUntilNull() async throws {
        let server = try LoopbackHTTPServer { request in
            let origin = "http://" + (request.header("Host") ?? "")
            switch request.queryValues("page").first {
            case nil: return .json(200, #"{"data":[{"id":"e1"},{"id":"e2"}],"links":{"next":"\#(origin)/v1/events?page=2&limit=2&key=stale"}}"#)
            case "2": return .json(200, #"{"data":[{"id":"e3"},{"id":"e4"}],"links":{"next":"/v1/events?page=3&limit=2"}}"#)
            default: return .json(200, #"{"data":[{"id":"e5"}],"links":{"next":null}}"#)
            }
        }
        addTeardownBlock { server.stop() }
        let counter = Counter()
        let client = Client(server: .url(server.baseURL.appendingPathComponent("v1")), auth: .apiKey("k"), middlewares: [counter])
        var ids: [String] = []
        for try await event in client.listEventsPages(pageSize: 2, kind: "push") {
            ids.append(event.id)
        }
        XCTAssertEqual(ids, ["e1", "e2", "e3", "e4", "e5"])
        XCTAssertEqual(server.receivedRequests.map(\.path), ["/v1/events", "/v1/events", "/v1/events"])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("page") }, [[], ["2"], ["3"]])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("key") }, [["k"], ["k"], ["k"]])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("kind") }, [["push"], [], []])
        XCTAssertEqual(counter.seen, ["listEvents", "listEvents", "listEvents"])
    }

    func testLinkHeaderIsFollowedUntilThereIsNoNextLink() async throws {
        let server = try LoopbackHTTPServer { request in
            let origin = "http://" + (request.header("Host") ?? "")
            switch request.queryValues("page").first {
            case nil:
                return StubResponse(status: 200, headers: [
                    ("Content-Type", "application/json"),
                    ("Link", #"<\#(origin)/repos?page=2&per_page=2>; rel="next", <\#(origin)/repos?page=3&per_page=2>; rel="last""#),
                ], body: Data(#"[{"name":"a"},{"name":"b"}]"#.utf8))
            case "2":
                return StubResponse(status: 200, headers: [
                    ("Content-Type", "application/json"),
                    ("Link", #"</repos?page=1&per_page=2>; rel="prev first""#),
                    ("Link", #"<?page=3&per_page=2>; title="the, last; page"; rel="next""#),
                ], body: Data(#"[{"name":"c"},{"name":"d"}]"#.utf8))
            default:
                return StubResponse(status: 200, headers: [
                    ("Content-Type", "application/json"),
                    ("Link", #"</repos?page=1&per_page=2>; rel="first""#),
                ], body: Data(#"[{"name":"e"}]"#.utf8))
            }
        }
        addTeardownBlock { server.stop() }
        var names: [String] = []
        for try await repo in Client(server: .url(server.baseURL), auth: .apiKey("k")).listReposPages(pageSize: 2, xTenant: "t1") {
            names.append(repo.name)
        }
        XCTAssertEqual(names, ["a", "b", "c", "d", "e"])
        XCTAssertEqual(server.receivedRequests.map(\.target), ["/repos?per_page=2&key=k", "/repos?page=2&per_page=2&key=k", "/repos?page=3&per_page=2&key=k"])
        XCTAssertEqual(server.receivedRequests.map { $0.header("X-Tenant") }, ["t1", "t1", "t1"])
    }

    func testReadmeExampleWalksTheLinkHeader() async throws {
        let server = try LoopbackHTTPServer { request in
            let next = request.queryValues("page").first == nil ? [("Link", "</repos?page=2>; rel=next")] : []
            let body = request.queryValues("page").first == nil ? #"[{"name":"a"}]"# : #"[{"name":"b"}]"#
            return StubResponse(status: 200, headers: [("Content-Type", "application/json")] + next, body: Data(body.utf8))
        }
        addTeardownBlock { server.stop() }
        let names = try await repositoryNames(client: Client(server: .url(server.baseURL), auth: .apiKey("k")), tenant: "t")
        XCTAssertEqual(names, ["a", "b"])
        XCTAssertEqual(server.receivedRequests.map { $0.queryValues("per_page") }, [["50"], []])
    }

    func testConfiguredBodyLinkField() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.queryValues("after").first {
            case nil: return .json(200, #"{"entries":["l1"],"paging":{"following":"logs?after=l1"}}"#)
            case "l1": return .json(200, #"{"entries":["l2"],"paging":{"following":"logs?after=l2"}}"#)
            default: return .json(200, #"{"entries":["l3"],"paging":{}}"#)
            }
        }
        addTeardownBlock { server.stop() }
        var lines: [String] = []
        for try await line in Client(server: .url(server.baseURL), auth: .apiKey("k")).listLogsPages(pageSize: 1) {
            lines.append(line)
        }
        XCTAssertEqual(lines, ["l1", "l2", "l3"])
        XCTAssertEqual(server.receivedRequests.map(\.target), ["/logs?count=1&key=k", "/logs?after=l1&key=k", "/logs?after=l2&key=k"])
    }

    func testALinkToAnotherOriginIsNotFollowed() async throws {
        let server = try LoopbackHTTPServer { request in
            let port = (request.header("Host") ?? "").split(separator: ":").last.map(String.init) ?? ""
            return .json(200, #"{"data":[{"id":"e1"}],"links":{"next":"http://localhost:\#(port)/events?page=2"}}"#)
        }
        addTeardownBlock { server.stop() }
        var ids: [String] = []
        do {
            for try await event in Client(server: .url(server.baseURL), auth: .apiKey("secret")).listEventsPages() {
                ids.append(event.id)
            }
            XCTFail("the walk followed a link to another origin")
        } catch let error as ClientError {
            guard case .linkToOtherOrigin(let operationID, let origin) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(operationID, "listEvents")
            XCTAssertEqual(origin, "http://localhost:\(server.port)")
            XCTAssertFalse(String(describing: error).contains("secret"))
        }
        XCTAssertEqual(ids, ["e1"])
        XCTAssertEqual(server.receivedRequests.count, 1)
    }

    func testAnErrorStatusOnALaterPageIsThrown() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.queryValues("page").first == "2" { return .json(503, #"{"message":"busy"}"#) }
            return .json(200, #"{"data":[{"id":"e1"}],"links":{"next":"/events?page=2"}}"#)
        }
        addTeardownBlock { server.stop() }
        do {
            for try await _ in Client(server: .url(server.baseURL), auth: .apiKey("k")).listEventsPages() {}
            XCTFail("no error")
        } catch let error as APIError<Problem> {
            XCTAssertEqual(error.statusCode, 503)
            XCTAssertEqual(error.body?.message, "busy")
        }
    }
}
