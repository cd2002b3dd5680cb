import Foundation
import TasksAPI
import XCTest

/// The Tasks client, generated with `"runtime": "import"` (and a namespace): it carries no runtime, imports the
/// `OpenAPIGenRuntime` library (re-exported, so `RetryPolicy` and `OpenAPIDate` need no other import), and works
/// over real HTTP: boxed recursive properties, `oneOf`, `deepObject` queries and pages.
final class TasksImportedRuntimeClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testCreateSendsAndDecodesRecursiveAndOneOfValues() async throws {
        let server = try server { request in .json(201, "{\"id\":7," + String(decoding: request.body, as: UTF8.self).dropFirst()) }
        let client = Tasks.Client(server: .url(server.baseURL), middlewares: [RetryPolicy(maxAttempts: 2)])
        let parent = Tasks.TaskModel(title: "release")
        let task = Tasks.TaskModel(title: "notes", due: OpenAPIDate(year: 2026, month: 12, day: 24), parent: parent, assignee: .team(Tasks.Team(members: ["ann", "bo"])))
        let created = try await client.createTask(body: task)
        XCTAssertEqual(created.id, 7)
        XCTAssertEqual(created.parent?.title, "release")
        XCTAssertEqual(created.assignee, .team(Tasks.Team(members: ["ann", "bo"])))
        XCTAssertEqual(created.due?.description, "2026-12-24")
    }

    func testPagesWithADeepObjectFilter() async throws {
        let server = try server { request in
            request.queryValues("offset") == ["0"] ? .json(200, #"{"items":[{"title":"a"},{"title":"b"}]}"#) : .json(200, #"{"items":[]}"#)
        }
        let client = Tasks.Client(server: .url(server.baseURL))
        var titles: [String] = []
        for try await task in client.listTasksPages(pageSize: 2, filter: Tasks.TaskFilter(done: false, dueBefore: OpenAPIDate("2027-01-01"))) {
            titles.append(task.title)
        }
        XCTAssertEqual(titles, ["a", "b"])
        let first = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(first.queryValues("filter[done]"), ["false"])
        XCTAssertEqual(first.queryValues("filter[dueBefore]"), ["2027-01-01"])
        XCTAssertEqual(server.receivedRequests.count, 2)
    }

    func testTheClientCarriesNoRuntime() throws {
        let support = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Generated/Tasks/Support.swift"),
            encoding: .utf8
        )
        XCTAssertTrue(support.contains("\n@_exported import OpenAPIGenRuntime\n"))
        XCTAssertFalse(support.contains("struct RequestBuilder"))
    }
}
