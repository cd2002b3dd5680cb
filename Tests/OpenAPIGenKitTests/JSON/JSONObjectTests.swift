import XCTest
@testable import OpenAPIGenKit

/// `JSONObject` keeps members in the order they were first set, looks them up by key, and compares like JSON.
final class JSONObjectTests: XCTestCase {
    func testKeysKeepTheOrderTheyWereFirstSetIn() {
        let keys = ["m", "a", "z", "b", "y", "a", "", "é", "Z", "m2", "m10"]
        var object = JSONObject()
        for (index, key) in keys.enumerated() { object.set(key, .int(index)) }
        XCTAssertEqual(object.keys, ["m", "a", "z", "b", "y", "", "é", "Z", "m2", "m10"])
        XCTAssertEqual(object["a"], .int(5), "setting a key again replaces its value in place")
        XCTAssertEqual(object.count, 10)
        XCTAssertEqual(object.members.map(\.key), object.keys)
    }

    func testLiteralAndSequenceInitialisersKeepTheirOrder() {
        let literal = JSONObject(["petType": .string("cat"), "name": .string("Tom"), "indoor": .bool(true)])
        XCTAssertEqual(literal.keys, ["petType", "name", "indoor"])
        let sequence = JSONObject(orderedMembers: [(key: "b", value: .int(1)), (key: "a", value: .int(2)), (key: "b", value: .int(3))])
        XCTAssertEqual(sequence.keys, ["b", "a"])
        XCTAssertEqual(sequence["b"], .int(3))
    }

    func testEqualityAndHashIgnoreOrderAsJSONDoes() {
        let first = JSONObject(["a": .int(1), "b": .object(JSONObject(["x": .null, "y": .bool(false)]))])
        let second = JSONObject(["b": .object(JSONObject(["y": .bool(false), "x": .null])), "a": .int(1)])
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.hashValue, second.hashValue)
        XCTAssertEqual(Set([JSONValue.object(first), .object(second)]).count, 1)
        XCTAssertNotEqual(first, JSONObject(["a": .int(1)]))
        XCTAssertNotEqual(first, JSONObject(["a": .int(2), "b": .object(JSONObject(["x": .null, "y": .bool(false)]))]))
    }

    func testManyKeysSetInAnyOrderStayLinear() {
        var object = JSONObject()
        let keys = (0..<20_000).map { String(format: "k%05d", ($0 * 7_919) % 20_000) }
        for key in keys { object.set(key, .null) }
        XCTAssertEqual(object.keys, keys)
        XCTAssertEqual(object[keys[12_345]], .null)
    }

    func testLookupAgreesBelowAtAndAboveTheIndexedSize() {
        // Small objects compare their keys in turn; from `indexedFrom` members on, a dictionary finds them.
        var object = JSONObject()
        var expected: [(String, Int)] = []
        for count in 0..<(JSONObject.indexedFrom * 2) {
            let key = "key\(count)"
            object.set(key, .int(count))
            expected.append((key, count))
            object.set("key0", .int(-count))
            expected[0].1 = -count
            XCTAssertEqual(object.keys, expected.map(\.0), "after \(count + 1) members")
            for (key, value) in expected {
                XCTAssertEqual(object[key], .int(value), "\(key) among \(count + 1) members")
            }
            XCTAssertNil(object["absent"])
        }
    }
}
