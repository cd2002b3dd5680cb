import Foundation
import XCTest
@testable import OpenAPIGenKit

final class SourceLocationsTests: XCTestCase {
    /// A pretty-printed spec; positions below are 1-based line:column of each key's opening quote.
    private let pretty = """
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1"},
          "paths": {
            "/pets/{id}": {
              "get": {
                "parameters": [
                  {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                  {
                    "name": "q\\"uoted",
                    "in": "query",
                    "schema": {"$ref": "#/components/schemas/Missing"}
                  }
                ],
                "responses": {"200": {"description": "ok"}}
              }
            }
          }
        }
        """

    private func positions(_ pointers: [JSONPointer], in text: String) -> [JSONPointer: JSONPosition] {
        JSONPositionScanner.positions(of: Set(pointers), in: Data(text.utf8))
    }

    func testMemberPositionIsItsKeyPosition() {
        let get = JSONPointer(["paths", "/pets/{id}", "get"])
        let found = positions([get, JSONPointer(["openapi"]), JSONPointer(["info", "version"])], in: pretty)
        XCTAssertEqual(found[get], JSONPosition(line: 6, column: 7))
        XCTAssertEqual(found[JSONPointer(["paths", "/pets/{id}"])], JSONPosition(line: 5, column: 5))
        XCTAssertEqual(found[JSONPointer(["paths"])], JSONPosition(line: 4, column: 3))
        XCTAssertEqual(found[JSONPointer(["openapi"])], JSONPosition(line: 2, column: 3))
        XCTAssertEqual(found[JSONPointer(["info", "version"])], JSONPosition(line: 3, column: 26))
        XCTAssertEqual(found[.root], JSONPosition(line: 1, column: 1))
    }

    func testArrayElementPositionIsItsFirstCharacter() {
        let parameters = JSONPointer(["paths", "/pets/{id}", "get", "parameters"])
        let found = positions([parameters.appending(0), parameters.appending(1).appending("schema").appending("$ref")], in: pretty)
        XCTAssertEqual(found[parameters.appending(0)], JSONPosition(line: 8, column: 11))
        XCTAssertEqual(found[parameters.appending(1)], JSONPosition(line: 9, column: 11))
        XCTAssertEqual(found[parameters.appending(1).appending("schema")], JSONPosition(line: 12, column: 13))
        XCTAssertEqual(found[parameters.appending(1).appending("schema").appending("$ref")], JSONPosition(line: 12, column: 24))
    }

    func testEscapedKeysAreMatchedUnescaped() {
        let text = "{\"a\\\"b\": {\n  \"c\\u0041\": 1}}"
        let found = positions([JSONPointer(["a\"b", "cA"])], in: text)
        XCTAssertEqual(found[JSONPointer(["a\"b", "cA"])], JSONPosition(line: 2, column: 3))
    }

    func testMissingPointersAreNotFound() {
        let found = positions([JSONPointer(["paths", "/nope"])], in: pretty)
        XCTAssertNil(found[JSONPointer(["paths", "/nope"])])
        XCTAssertEqual(found[JSONPointer(["paths"])], JSONPosition(line: 4, column: 3))
    }

    /// Damaged text ends the scan instead of looping: a stray `}` inside an array, and nesting deeper than the
    /// loader allows (both spun forever before, found by the spec fuzz test).
    func testDamagedTextEndsTheScan() {
        let stray = positions([JSONPointer(["a", "0"]), JSONPointer(["b"])], in: #"{"a": [1, }, "b": 2}"#)
        XCTAssertEqual(stray[JSONPointer(["a", "0"])], JSONPosition(line: 1, column: 8))
        let depth = JSONLoader.maximumDepth + 10
        let deep = "{\"a\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ", \"b\": 1}"
        let found = positions([JSONPointer(["a", "0"]), JSONPointer(["b"])], in: deep)
        XCTAssertEqual(found[JSONPointer(["a", "0"])], JSONPosition(line: 1, column: 8))
    }

    func testByteOrderMarkDoesNotShiftColumns() {
        let found = JSONPositionScanner.positions(of: [JSONPointer(["a"])], in: Data([0xEF, 0xBB, 0xBF]) + Data("{\"a\": 1}".utf8))
        XCTAssertEqual(found[JSONPointer(["a"])], JSONPosition(line: 1, column: 2))
    }

    func testLocateFillsLineAndColumnFromTheNearestAncestor() {
        let diagnostics = [
            Diagnostic(.error, "deep", file: "t.json", pointer: JSONPointer(["paths", "/pets/{id}", "get", "nothing", "here"])),
            Diagnostic(.error, "other file", file: "u.json", pointer: JSONPointer(["paths"])),
            Diagnostic(.error, "given", file: "t.json", pointer: JSONPointer(["paths"]), line: 99, column: 1),
            Diagnostic(.error, "top", file: "t.json", pointer: JSONPointer(["openapi"])),
        ]
        let located = SourceLocations.locate(diagnostics, in: [SpecSource(displayPath: "t.json", data: Data(pretty.utf8))])
        XCTAssertEqual(located.map(\.message), ["top", "deep", "given", "other file"])
        XCTAssertEqual(located.map(\.line), [2, 6, 99, nil])
        XCTAssertEqual(located.map(\.column), [3, 7, 1, nil])
    }

    func testPipelineDiagnosticPointsAtTheRef() {
        let result = Stages.generate(pretty)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "t.json:12:24: error: unresolved reference '#/components/schemas/Missing' [#/paths/~1pets~1{id}/get/parameters/1/schema/$ref]",
        ])
    }
}
