import Foundation
import KitchenSinkAPI
import XCTest

/// The KitchenSink client over real HTTP on 127.0.0.1: `oneOf` bodies both ways, unknown discriminator values,
/// recursive responses, defaults in request bodies, a deprecated operation and a typed error body.
final class KitchenSinkClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    func testCreatePetSendsTheVariantWithItsDiscriminatorAndDecodesTheResponse() async throws {
        let server = try server { _ in .json(201, #"{"petType":"dog"}"#) }
        let created = try await Client(server: .url(server.baseURL)).createPet(body: .lizard(Lizard(scales: 4)))
        XCTAssertEqual(created, .dog(Dog(petType: "dog", bark: .loud)))
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/pets")
        XCTAssertEqual(request.header("content-type"), "application/json")
        XCTAssertEqual(request.bodyText, #"{"petType":"Lizard","scales":4}"#)
    }

    func testUnknownDiscriminatorValueOverHTTPIsUndocumented() async throws {
        let server = try server { _ in .json(200, #"{"petType":"hamster","wheel":true}"#) }
        let pet = try await Client(server: .url(server.baseURL)).getPet(petId: "h/1")
        XCTAssertEqual(pet, .undocumented(.object(["petType": "hamster", "wheel": true])))
        XCTAssertEqual(server.receivedRequests.first?.path, "/pets/h%2F1")
    }

    func testRecursiveResponse() async throws {
        let server = try server { _ in .json(200, #"{"value":"root","next":{"value":"a","next":{"value":"b"}},"children":[{"value":"c"}]}"#) }
        let node = try await Client(server: .url(server.baseURL)).getNode(nodeId: "root")
        XCTAssertEqual(node.next?.next?.value, "b")
        XCTAssertEqual(node.children?.map(\.value), ["c"])
    }

    func testSearchDecodesAnArrayOfOrderedOneOf() async throws {
        let server = try server { _ in .json(200, #"[{"title":"t","score":1},{"petType":"cat","name":"Tom"}]"#) }
        let results = try await Client(server: .url(server.baseURL)).search(q: "t")
        XCTAssertEqual(results, [.variant2(SearchResult.Variant2(title: "t", score: 1)), .cat(Cat(petType: "cat", name: "Tom"))])
        XCTAssertEqual(server.receivedRequests.first?.query, [QueryItem(name: "q", value: "t")])
    }

    /// Object-valued, `anyOf` and dictionary query parameters are written from their JSON form by `style`;
    /// delimited arrays are joined by their delimiter.
    func testQueryParametersInEveryStyle() async throws {
        let server = try server { _ in .json(200, "[]") }
        let client = Client(server: .url(server.baseURL))
        _ = try await client.search(
            q: "a b",
            created: SearchCreated(variant1: .init(gt: 10, lte: 20)),
            page: SearchPage(size: 50, after: "x&y=z"),
            labels: ["team": "db", "env": "prod"],
            tags: ["red", "blue|green"],
            kinds: ["k1", "k2"]
        )
        _ = try await client.search(q: "t", created: SearchCreated(integer: 1_700_000_000))
        XCTAssertEqual(server.receivedRequests.count, 2)
        XCTAssertEqual(server.receivedRequests[0].query, [
            QueryItem(name: "q", value: "a b"),
            QueryItem(name: "created[gt]", value: "10"),
            QueryItem(name: "created[lte]", value: "20"),
            QueryItem(name: "after", value: "x&y=z"),
            QueryItem(name: "size", value: "50"),
            QueryItem(name: "labels[env]", value: "prod"),
            QueryItem(name: "labels[team]", value: "db"),
            QueryItem(name: "tags", value: "red|blue|green"),
            QueryItem(name: "kinds", value: "k1 k2"),
        ])
        XCTAssertEqual(server.receivedRequests[1].query, [QueryItem(name: "q", value: "t"), QueryItem(name: "created", value: "1700000000")])
    }

    /// Different bodies per success status give an enum with one case per status.
    func testSeveralSuccessBodiesGiveOneCasePerStatus() async throws {
        let replies = [StubResponse.json(201, #"{"status":"done"}"#), .json(202, #"{"position":3}"#), .empty(204), .json(409, #"{"reason":"busy"}"#)]
        let server = try server { request in replies[min(Int(request.header("x-attempt") ?? "0") ?? 0, replies.count - 1)] }
        var results: [SubmitJobResponse] = []
        for attempt in 0..<3 {
            let client = Client(server: .url(server.baseURL), middlewares: [AttemptHeader(attempt: attempt)])
            results.append(try await client.submitJob(body: TaskModel(status: .todo)))
        }
        XCTAssertEqual(results, [.created(TaskModel(status: .done)), .accepted(SubmitJobResponse202(position: 3)), .noContent])
        do {
            _ = try await Client(server: .url(server.baseURL), middlewares: [AttemptHeader(attempt: 3)]).submitJob(body: TaskModel())
            XCTFail("409 is not a success")
        } catch let error as APIError<JSONValue> {
            XCTAssertEqual(error.statusCode, 409)
        }
        XCTAssertEqual(server.receivedRequests.first?.header("accept"), "application/json")
    }

    /// One body type plus statuses without a body: the method returns an optional, `nil` for those.
    func testBodyOrNoBodyGivesAnOptional() async throws {
        let server = try server { request in request.path.hasSuffix("/old") ? .empty(204) : .json(200, #"{"status":"todo"}"#) }
        let client = Client(server: .url(server.baseURL))
        let cancelled = try await client.cancelJob(jobId: "new")
        XCTAssertEqual(cancelled, TaskModel(status: .todo))
        let finished = try await client.cancelJob(jobId: "old")
        XCTAssertNil(finished)
        XCTAssertEqual(server.receivedRequests.map(\.method), ["DELETE", "DELETE"])
    }

    /// Array path and header parameters in simple style, and cookie parameters next to each other.
    func testArrayPathAndHeaderParametersAndCookies() async throws {
        let server = try server { _ in .empty(204) }
        let client = Client(server: .url(server.baseURL))
        try await client.getTagged(ids: ["a", "b/c"], xFlags: [1, 2], session: "s 1;x", theme: .dark)
        try await client.getTagged(ids: ["only"], session: "s2")
        let first = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(first.path, "/tagged/a,b%2Fc")
        XCTAssertEqual(first.header("x-flags"), "1,2")
        XCTAssertEqual(first.header("cookie"), "session=s%201%3Bx; theme=dark")
        let second = try XCTUnwrap(server.receivedRequests.last)
        XCTAssertEqual(second.path, "/tagged/only")
        XCTAssertNil(second.header("x-flags"))
        XCTAssertEqual(second.header("cookie"), "session=s2")
    }

    func testSettingsDefaultsAreSentAndFilledIn() async throws {
        let server = try server { _ in .json(200, "{}") }
        let stored = try await Client(server: .url(server.baseURL)).updateSettings(body: Settings(retries: 9))
        XCTAssertEqual(stored, Settings(), "every missing key decodes to its default")
        let sent = try XCTUnwrap(JSONSerialization.jsonObject(with: server.receivedRequests.first?.body ?? Foundation.Data()) as? [String: Any])
        XCTAssertEqual(sent["retries"] as? Int, 9)
        XCTAssertEqual(sent["mode"] as? String, "safe")
        XCTAssertEqual(sent["startDate"] as? String, "2024-01-31")
        XCTAssertEqual(sent["title"] as? String, #"Untitled "draft""#)
    }

    func testDeprecatedOperationStillWorks() async throws {
        let server = try server { _ in .json(200, #"{"size":5}"#) }
        let reader: any DeprecatedReading = DeprecatedAccess()
        let widget = try await reader.legacyWidget(from: Client(server: .url(server.baseURL)))
        XCTAssertEqual(widget.size, 5)
        XCTAssertEqual(server.receivedRequests.first?.path, "/widgets/legacy")
    }

    func testErrorBodyOfASchemaNamedError() async throws {
        let server = try server { _ in .json(404, #"{"message":"no such pet","code":44}"#) }
        do {
            _ = try await Client(server: .url(server.baseURL)).getPet(petId: "x")
            XCTFail("expected APIError")
        } catch let error as APIError<KitchenSinkAPI.ErrorModel> {
            XCTAssertEqual(error.statusCode, 404)
            XCTAssertEqual(error.body?.message, "no such pet")
            XCTAssertEqual(error.body?.code, 44)
        }
    }

    /// `Shipment.Unit` and `Shipment.Size` are typealiases of `Parcel.Unit` and `Parcel.Size` (declared once), so a
    /// decoded shipment's values are parcels' values; `Tray.Unit` keeps its own declaration because `Tray` declares a
    /// nested `Parcel` that the alias's name would find.
    func testRepeatedNestedTypesAreOneTypeOverHTTP() async throws {
        let server = try server { _ in
            .json(200, #"{"tracking":"Z1","unit":"lb","size":{"width":2.5,"height":4,"unit":"in"},"tray":{"parcel":{"label":"top"},"unit":"kg"}}"#)
        }
        let shipment = try await Client(server: .url(server.baseURL)).getShipment(shipmentId: "Z1")
        let unit: Parcel.Unit = shipment.unit
        let size: Parcel.Size? = shipment.size
        XCTAssertEqual(unit, .lb)
        XCTAssertEqual(size, Parcel.Size(width: 2.5, height: 4, unit: .in))
        XCTAssertTrue(Shipment.Unit.self == Parcel.Unit.self)
        XCTAssertTrue(Shipment.Size.Unit.self == Parcel.Size.Unit.self)
        XCTAssertFalse(Tray.Unit.self == Parcel.Unit.self)
        XCTAssertEqual(shipment.tray?.unit, .kg)
        XCTAssertEqual(shipment.tray?.parcel?.label, "top")
        let parcel = Parcel(weight: 1, unit: shipment.unit, size: shipment.size)
        let encoded = String(decoding: try JSONEncoder().encode(parcel), as: UTF8.self)
        XCTAssertTrue(encoded.contains(#""unit":"lb""#), encoded)
        XCTAssertEqual(server.receivedRequests.first?.path, "/shipments/Z1")
    }
}

/// Tells the test server which canned reply to give, through an `X-Attempt` header.
private struct AttemptHeader: ClientMiddleware {
    let attempt: Int

    func intercept(
        _ request: HTTPRequest,
        operationID: String,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var request = request
        request.headerFields.append(HTTPHeaderField(name: "X-Attempt", value: String(attempt)))
        return try await next(request)
    }
}
