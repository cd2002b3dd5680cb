import XCTest
@testable import OpenAPIGenKit

/// `LiteralRenderer`: the one place where the model's default and raw values become Swift text.
final class LiteralRendererTests: XCTestCase {
    func testScalarsAreSpelledAsSwiftLiterals() {
        XCTAssertEqual(LiteralRenderer.swift(.string("a \"quoted\"\nline")), #""a \"quoted\"\nline""#)
        XCTAssertEqual(LiteralRenderer.swift(.integer(-3)), "-3")
        XCTAssertEqual(LiteralRenderer.swift(.integer(9007199254740993)), "9007199254740993")
        XCTAssertEqual(LiteralRenderer.swift(.number(1.25)), "1.25")
        XCTAssertEqual(LiteralRenderer.swift(.number(1e-7)), "1e-07")
        XCTAssertEqual(LiteralRenderer.swift(.bool(true)), "true")
        XCTAssertEqual(LiteralRenderer.swift(.enumCase("default")), ".default")
    }

    func testDatesAndBytesAreSpelledAsInitializers() {
        XCTAssertEqual(LiteralRenderer.swift(.date(year: 2024, month: 2, day: 29)), "OpenAPIDate(year: 2024, month: 2, day: 29)")
        XCTAssertEqual(LiteralRenderer.swift(.dateTime(secondsSince1970: 1535850000.178)), "Foundation.Date(timeIntervalSince1970: 1535850000.178)")
        XCTAssertEqual(LiteralRenderer.swift(.bytes([104, 105])), "Foundation.Data([104, 105])")
        XCTAssertEqual(LiteralRenderer.swift(.bytes([])), "Foundation.Data([])")
    }

    func testCollectionsNestTheirElements() {
        XCTAssertEqual(LiteralRenderer.swift(.array([.enumCase("y"), .enumCase("x")])), "[.y, .x]")
        XCTAssertEqual(LiteralRenderer.swift(.array([])), "[]")
        XCTAssertEqual(LiteralRenderer.swift(.dictionary([LiteralEntry(key: "a", value: .integer(1)), LiteralEntry(key: "b\"", value: .array([.integer(2)]))])), #"["a": 1, "b\"": [2]]"#)
        XCTAssertEqual(LiteralRenderer.swift(.dictionary([])), "[:]")
    }

    func testFreeFormJSONIsSpelledAsJSONValueCases() {
        let value = JSONValue.object(JSONObject(["k": .array([.bool(true), .null, .double(1.5), .string("s"), .int(2)]), "e": .object(JSONObject())]))
        XCTAssertEqual(
            LiteralRenderer.swift(.json(value)), #".object(["k": .array([.bool(true), .null, .number(1.5), .string("s"), .integer(2)]), "e": .object([:])])"#,
            "members in document order"
        )
        XCTAssertEqual(LiteralRenderer.swift(.json(.double(.infinity))), ".null", "JSON has no infinity")
    }
}
