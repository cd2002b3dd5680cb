@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `QueryObjectWriter`, directly on the runtime target: how each style writes scalars, arrays and objects.
final class QueryObjectsTests: XCTestCase {
    private func pairs(_ value: JSONValue, style: QueryObjectWriter.Style, explode: Bool = true) -> [String] {
        QueryObjectWriter.items(name: "p", value: value, style: style, explode: explode).map { "\($0.name)=\($0.value)" }
    }

    func testScalarsAndNull() {
        XCTAssertEqual(pairs("a b", style: .form), ["p=a b"])
        XCTAssertEqual(pairs(3, style: .deepObject), ["p=3"])
        XCTAssertEqual(pairs(true, style: .form), ["p=true"])
        XCTAssertEqual(pairs(nil, style: .form), [])
    }

    func testArraysExplodedOrJoined() {
        XCTAssertEqual(pairs([1, 2], style: .form), ["p=1", "p=2"])
        XCTAssertEqual(pairs([1, 2], style: .form, explode: false), ["p=1,2"])
    }

    func testObjectsByStyleInKeyOrder() {
        let value: JSONValue = ["b": 2, "a": "x", "n": nil]
        XCTAssertEqual(pairs(value, style: .form), ["a=x", "b=2"])
        XCTAssertEqual(pairs(value, style: .form, explode: false), ["p=a,x,b,2"])
        XCTAssertEqual(pairs(value, style: .deepObject), ["p[a]=x", "p[b]=2"])
    }

    func testDeepObjectsNestObjectsAndArrays() {
        let value: JSONValue = ["filter": ["size": ["min": 1]], "ids": [3, 4]]
        XCTAssertEqual(pairs(value, style: .deepObject), ["p[filter][size][min]=1", "p[ids][]=3", "p[ids][]=4"])
    }

    func testNestedValuesWithoutAFormAreCompactJSON() {
        XCTAssertEqual(pairs(["a": ["b": 1]], style: .form), [#"a={"b":1}"#])
        XCTAssertEqual(QueryObjectWriter.text(1.5), "1.5")
        XCTAssertNil(QueryObjectWriter.text(nil))
    }
}
