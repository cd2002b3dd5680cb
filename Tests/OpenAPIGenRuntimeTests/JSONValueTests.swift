import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `JSONValue`: any JSON decodes, integers stay integers, and encoding gives the same JSON back.
final class JSONValueTests: XCTestCase {
    private func decode(_ text: String) throws -> JSONValue {
        try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    func testEveryKindOfValueDecodes() throws {
        XCTAssertEqual(
            try decode(#"{"a": null, "b": true, "c": 12, "d": 1.5, "e": "x", "f": [1, "y"], "g": {}}"#),
            .object(["a": .null, "b": .bool(true), "c": .integer(12), "d": .number(1.5), "e": .string("x"), "f": .array([.integer(1), .string("y")]), "g": .object([:])])
        )
        XCTAssertEqual(try decode("9007199254740993"), .integer(9_007_199_254_740_993))
        XCTAssertEqual(try decode("false"), .bool(false))
    }

    func testLiteralsBuildValues() {
        let value: JSONValue = ["name": "a", "tags": ["x", nil], "count": 2, "ratio": 0.5, "on": true]
        XCTAssertEqual(value, .object(["name": .string("a"), "tags": .array([.string("x"), .null]), "count": .integer(2), "ratio": .number(0.5), "on": .bool(true)]))
    }

    func testEncodingRoundTrips() throws {
        let value: JSONValue = ["list": [1, 2.5, "three", nil, false], "nested": ["k": "v"]]
        let data = try OpenAPICoding.makeEncoder().encode(value)
        XCTAssertEqual(try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: data), value)
    }
}
