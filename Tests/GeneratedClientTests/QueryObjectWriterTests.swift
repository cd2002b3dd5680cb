@testable import KitchenSinkAPI
import XCTest

/// `QueryObjectWriter`, the generated runtime's rules for object-valued query parameters, case by case.
final class QueryObjectWriterTests: XCTestCase {
    private func pairs(_ value: JSONValue, style: QueryObjectWriter.Style, explode: Bool = true) -> [String] {
        QueryObjectWriter.items(name: "p", value: value, style: style, explode: explode).map { "\($0.name)=\($0.value)" }
    }

    func testScalarsAndNull() {
        XCTAssertEqual(pairs("text", style: .deepObject), ["p=text"])
        XCTAssertEqual(pairs(42, style: .form), ["p=42"])
        XCTAssertEqual(pairs(1.5, style: .form), ["p=1.5"])
        XCTAssertEqual(pairs(true, style: .form), ["p=true"])
        XCTAssertEqual(pairs(nil, style: .form), [])
    }

    func testDeepObjectNestsObjectsAndArraysInKeyOrder() {
        let value: JSONValue = ["b": ["y": 2, "x": 1], "a": ["one", "two"], "n": nil, "c": false]
        XCTAssertEqual(pairs(value, style: .deepObject), ["p[a][]=one", "p[a][]=two", "p[b][x]=1", "p[b][y]=2", "p[c]=false"])
    }

    func testFormObjects() {
        let value: JSONValue = ["size": 10, "after": "k", "skip": nil, "range": ["lo": 1]]
        XCTAssertEqual(pairs(value, style: .form), ["after=k", #"range={"lo":1}"#, "size=10"])
        XCTAssertEqual(pairs(value, style: .form, explode: false), [#"p=after,k,range,{"lo":1},size,10"#])
        XCTAssertEqual(pairs([:], style: .form, explode: false), [])
    }

    func testArrays() {
        XCTAssertEqual(pairs(["a", 1, nil], style: .form), ["p=a", "p=1"])
        XCTAssertEqual(pairs(["a", 1], style: .form, explode: false), ["p=a,1"])
        XCTAssertEqual(pairs([], style: .form), [])
    }
}
