import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// The schema-composition helpers: `OpenAPICodingKey`, `OpenAPIBox`, and the errors of `oneOf`/`anyOf` decoding.
final class CompositionTests: XCTestCase {
    private struct Keys: Decodable {
        let keys: [String]
        init(from decoder: any Decoder) throws {
            keys = OpenAPICoding.objectKeys(of: decoder).sorted()
        }
    }

    func testCodingKeysTakeAnyName() {
        XCTAssertEqual(OpenAPICodingKey("x-kind").stringValue, "x-kind")
        XCTAssertEqual(OpenAPICodingKey(intValue: 3)?.stringValue, "3")
        XCTAssertNil(OpenAPICodingKey("a").intValue)
    }

    func testObjectKeysOfADecoder() throws {
        XCTAssertEqual(try JSONDecoder().decode(Keys.self, from: Data(#"{"b": 1, "a": null}"#.utf8)).keys, ["a", "b"])
        XCTAssertEqual(try JSONDecoder().decode(Keys.self, from: Data("[1]".utf8)).keys, [])
    }

    func testBoxesCodeAsTheirValueAndCompareByValue() throws {
        let box = OpenAPIBox([1, 2])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(box), as: UTF8.self), "[1,2]")
        XCTAssertEqual(try JSONDecoder().decode(OpenAPIBox<[Int]>.self, from: Data("[1,2]".utf8)), box)
        XCTAssertNotEqual(OpenAPIBox([1]), box)
        XCTAssertEqual(Set([box, OpenAPIBox([1, 2])]).count, 1)
    }

    func testNoVariantDecodedListsEveryAttempt() throws {
        let typeMismatch = try XCTUnwrap(decodingError { try JSONDecoder().decode([String: Int].self, from: Data(#"{"a": "x"}"#.utf8)) })
        let missing = DecodingError.keyNotFound(OpenAPICodingKey("id"), DecodingError.Context(codingPath: [], debugDescription: "No value."))
        let error = OpenAPICoding.noVariantDecoded("Pet", attempts: [("Cat", typeMismatch), ("Dog", missing)], codingPath: [OpenAPICodingKey("pet")])
        guard case .dataCorrupted(let context) = error else { return XCTFail("expected dataCorrupted") }
        XCTAssertEqual(context.codingPath.map(\.stringValue), ["pet"])
        XCTAssertTrue(context.debugDescription.hasPrefix("No variant of Pet matches the value. Tried Cat: a: "), context.debugDescription)
        XCTAssertTrue(context.debugDescription.hasSuffix("; Dog: id: No value."), context.debugDescription)
    }

    private func decodingError(_ body: () throws -> Any) -> DecodingError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? DecodingError
        }
    }
}
