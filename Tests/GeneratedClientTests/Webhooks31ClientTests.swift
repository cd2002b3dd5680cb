import Foundation
import Webhooks31API
import XCTest

/// The client generated from the OpenAPI 3.1 spec `specs/Webhooks31` over real HTTP on 127.0.0.1: nullable
/// properties from `type` arrays, a `const`, a `prefixItems` tuple, base64 `contentEncoding` as `Data`, a path item
/// reached through `components/pathItems`, and webhook payload types decoded as a server would.
final class Webhooks31ClientTests: XCTestCase {
    private func server(_ handler: @escaping @Sendable (RecordedRequest) -> StubResponse) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: handler)
        addTeardownBlock { server.stop() }
        return server
    }

    private static let subscriptionJSON = #"{"callbackUrl":"https://example.com/hook","id":"sub_1","kind":"subscription","note":null,"owner":{"email":null,"name":"Ada"},"position":[52.5,13.4,"Berlin"],"priority":"high","secret":"c2VjcmV0"}"#

    func testTypeArraysConstTupleAndBase64DecodeFromTheServer() async throws {
        let server = try server { _ in .json(200, Self.subscriptionJSON) }
        let subscription = try await Client(server: .url(server.baseURL), auth: .bearer("t")).getSubscription(subscriptionId: "sub_1")
        XCTAssertNil(subscription.note)
        XCTAssertEqual(subscription.kind, .subscription)
        XCTAssertEqual(subscription.position, Position(latitude: 52.5, longitude: 13.4, label: "Berlin"))
        XCTAssertEqual(subscription.secret, Data("secret".utf8))
        XCTAssertEqual(subscription.priority, .string("high"))
        // Owner is also sent in a request body, so its nullable email tells an explicit null from a missing key.
        XCTAssertEqual(subscription.owner, Owner(name: "Ada", email: .null))
        XCTAssertEqual(server.receivedRequests.first?.path, "/subscriptions/sub_1")
        XCTAssertEqual(server.receivedRequests.first?.header("authorization"), "Bearer t")
    }

    func testCreateThroughAPathItemReferenceSendsTheSameJSON() async throws {
        let server = try server { request in .json(201, request.bodyText) }
        let sent = Subscription(
            id: "sub_2", kind: .subscription, callbackUrl: "https://example.com/hook", note: nil,
            position: Position(latitude: 1, longitude: 2), secret: Data([0, 255]), priority: .integer(3)
        )
        let created = try await Client(server: .url(server.baseURL), auth: .bearer("t")).createSubscription(body: sent)
        XCTAssertEqual(created, sent)
        let request = try XCTUnwrap(server.receivedRequests.first)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/subscriptions")
        // The required nullable `note` is written as null; the tuple leaves out its unset optional label.
        XCTAssertEqual(request.bodyText, #"{"callbackUrl":"https://example.com/hook","id":"sub_2","kind":"subscription","note":null,"position":[1,2],"priority":3,"secret":"AP8="}"#)
    }

    func testAnUnknownConstValueIsKeptAndAShortTupleFails() async throws {
        let server = try server { request in
            request.path.hasSuffix("/odd")
                ? .json(200, #"{"callbackUrl":"u","id":"odd","kind":"other","note":"n","position":[0,0]}"#)
                : .json(200, #"{"callbackUrl":"u","id":"short","kind":"subscription","note":"n","position":[0]}"#)
        }
        let client = Client(server: .url(server.baseURL), auth: .bearer("t"))
        let odd = try await client.getSubscription(subscriptionId: "odd")
        XCTAssertEqual(odd.kind, .undocumented("other"))
        XCTAssertEqual(odd.note, "n")
        do {
            _ = try await client.getSubscription(subscriptionId: "short")
            XCTFail("a tuple shorter than minItems decoded")
        } catch let error as ClientError {
            XCTAssertTrue("\(error)".contains("position"), "\(error)")
        }
    }

    func testFileContentIsBase64Data() async throws {
        let server = try server { _ in .json(200, #"{"name":"dot.png","content":"iVBORw0KGgo="}"#) }
        let file = try await Client(server: .url(server.baseURL), auth: .bearer("t")).getFile(fileId: "f")
        XCTAssertEqual(file.content, Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    func testWebhookPayloadsDecodeAsAServerReceivesThem() throws {
        let event = try OpenAPICoding.makeDecoder().decode(
            SubscriptionEventWebhookPayload.self,
            from: Data(#"{"type":"created","occurredAt":"2026-01-02T03:04:05Z","trace":["node-1",1,2],"subscription":\#(Self.subscriptionJSON)}"#.utf8)
        )
        XCTAssertEqual(event.type, .created)
        XCTAssertEqual(event.trace, Event.Trace(item0: "node-1", rest: [1, 2]))
        let trace = try OpenAPICoding.makeEncoder().encode(Event.Trace(item0: nil, rest: [7]))
        XCTAssertEqual(String(decoding: trace, as: UTF8.self), "[null,7]")
        XCTAssertEqual(event.subscription.id, "sub_1")
        XCTAssertEqual(event.occurredAt, Date(timeIntervalSince1970: 1_767_323_045))
        let ping = try OpenAPICoding.makeDecoder().decode(PingWebhookPayload.self, from: Data(#"{"sentAt":"2026-01-02T03:04:05Z","sequence":null}"#.utf8))
        XCTAssertNil(ping.sequence)
        XCTAssertEqual(String(decoding: try OpenAPICoding.makeEncoder().encode(ping), as: UTF8.self), #"{"sentAt":"2026-01-02T03:04:05Z"}"#)
    }
}
