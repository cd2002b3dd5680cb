import XCTest
@testable import OpenAPIGenKit

/// `JSONObject.set` keeps the keys sorted whatever order they are set in.
final class JSONObjectTests: XCTestCase {
    func testKeysSetInAnyOrderEndSortedAsIfGivenAtOnce() {
        let keys = ["m", "a", "z", "b", "y", "a", "", "é", "Z", "m2", "m10"]
        var object = JSONObject()
        for (index, key) in keys.enumerated() { object.set(key, .int(index)) }
        let expected = JSONObject(Dictionary(keys.enumerated().map { ($0.element, JSONValue.int($0.offset)) }, uniquingKeysWith: { _, last in last }))
        XCTAssertEqual(object.keys, expected.keys)
        XCTAssertEqual(object, expected)
        XCTAssertEqual(object["a"], .int(5), "setting a key again replaces its value")
    }

    func testKeysSetInOrderAreAppended() {
        var object = JSONObject()
        let keys = (0..<10_000).map { String(format: "k%05d", $0) }
        for key in keys { object.set(key, .null) }
        XCTAssertEqual(object.keys, keys)
    }
}
