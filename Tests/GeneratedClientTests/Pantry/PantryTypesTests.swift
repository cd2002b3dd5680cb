import Foundation
import PantryAPI
import XCTest

/// Generated types over real HTTP and with plain coders: nullable array items and dictionary values, date-times
/// with a plain `JSONDecoder()`, and schemas named like standard types.
final class PantryTypesTests: XCTestCase {
    private let itemJSON = #"{"counts":{"a":1,"b":null},"id":"i1","seenAt":["2024-05-01T10:00:00Z","2024-05-01T12:00:00.250+02:00"],"tags":["a",null],"updatedAt":"2024-05-02T08:30:00Z"}"#

    func testNullableItemsAndValuesOverHTTP() async throws {
        let server = try LoopbackHTTPServer { [itemJSON] _ in .json(200, itemJSON) }
        addTeardownBlock { server.stop() }
        let item = try await Client(server: .url(server.baseURL)).getItem(id: "i1")
        XCTAssertEqual(item.tags, ["a", nil])
        let counts: [String: Int?] = ["a": 1, "b": nil]
        XCTAssertEqual(item.counts, counts)
        XCTAssertEqual(item.counts?.keys.sorted(), ["a", "b"])
    }

    /// A webhook payload or a fixture read with a plain `JSONDecoder()` decodes as the client decodes it, and a
    /// plain `JSONEncoder()` writes RFC 3339 text.
    func testPlainCodersReadAndWriteDateTimes() throws {
        let item = try JSONDecoder().decode(Item.self, from: Data(itemJSON.utf8))
        XCTAssertEqual(item.updatedAt, Date(timeIntervalSince1970: 1_714_638_600))
        XCTAssertEqual(item.seenAt, [Date(timeIntervalSince1970: 1_714_557_600), Date(timeIntervalSince1970: 1_714_557_600.25)])
        XCTAssertEqual(item, try OpenAPICoding.makeDecoder().decode(Item.self, from: Data(itemJSON.utf8)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(item), as: UTF8.self)
        XCTAssertEqual(text, #"{"counts":{"a":1,"b":null},"id":"i1","seenAt":["2024-05-01T10:00:00Z","2024-05-01T10:00:00.25Z"],"tags":["a",null],"updatedAt":"2024-05-02T08:30:00Z"}"#)
        XCTAssertEqual(try JSONDecoder().decode(Item.self, from: Data(text.utf8)), item)
        XCTAssertThrowsError(try JSONDecoder().decode(Item.self, from: Data(#"{"id":"x","updatedAt":"yesterday"}"#.utf8)))
    }

    /// `Error`, `Result`, `Task`, `Data` and `URL` schemas are `ErrorModel`, …, so these names keep their
    /// standard meaning in this file, which imports the generated module.
    func testSchemasNamedLikeStandardTypesDoNotShadowThem() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/tasks" ? .json(422, #"{"message":"no"}"#) : .json(200, #"{"bytes":3}"#)
        }
        addTeardownBlock { server.stop() }
        let client = Client(server: .url(server.baseURL))
        let standard: Result<Data, Error> = .success(Data([1]))
        let url: URL? = URL(string: "https://example.com")
        let task = Task { 1 }
        let one = await task.value
        XCTAssertEqual(one, 1)
        XCTAssertEqual(try standard.get(), Data([1]))
        XCTAssertEqual(url?.host, "example.com")
        do {
            _ = try await client.runTask(body: TaskModel(title: "t"))
            XCTFail("422 is an error")
        } catch let error as APIError<ErrorModel> {
            XCTAssertEqual(error.body, ErrorModel(message: "no"))
        }
        let data: DataModel = try await client.getData(link: URLModel("https://x"))
        XCTAssertEqual(data, DataModel(bytes: 3))
        let _: ResultModel = ResultModel(ok: true)
    }
}
