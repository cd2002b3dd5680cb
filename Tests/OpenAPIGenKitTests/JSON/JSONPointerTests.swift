import Foundation
import XCTest
@testable import OpenAPIGenKit

final class JSONPointerTests: XCTestCase {
    func testDescriptionEscapesTildeAndSlash() {
        XCTAssertEqual(JSONPointer(["paths", "/pets/{id}", "get"]).description, "#/paths/~1pets~1{id}/get")
        XCTAssertEqual(JSONPointer(["a~b", "~1"]).description, "#/a~0b/~01")
        XCTAssertEqual(JSONPointer.root.description, "#")
        XCTAssertEqual(JSONPointer([""]).description, "#/")
    }

    func testDescriptionEscapesLikeReplacingOccurrences() {
        let tokens = ["", "~", "/", "~/~/", "//~~", "a/b~c/", "ünï/cödé~😀", "application/json", "plain", "~0~1", "/~1/"]
        for token in tokens {
            let expected = "#/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            XCTAssertEqual(JSONPointer([token]).description, expected, token)
        }
    }

    func testFragmentUnescapesTildeSequencesInTheRightOrder() {
        XCTAssertEqual(JSONPointer(fragment: "#/a~1b/c~0d")?.tokens, ["a/b", "c~d"])
        // `~01` is an escaped `~` followed by `1`, not a slash.
        XCTAssertEqual(JSONPointer(fragment: "#/~01")?.tokens, ["~1"])
        XCTAssertEqual(JSONPointer(fragment: "#/~10")?.tokens, ["/0"])
    }

    func testFragmentDecodesPercentEscapes() {
        XCTAssertEqual(JSONPointer(fragment: "#/paths/~1pets~1%7BpetId%7D/get")?.tokens, ["paths", "/pets/{petId}", "get"])
        XCTAssertEqual(JSONPointer(fragment: "#/components/schemas/My%20Pet")?.tokens, ["components", "schemas", "My Pet"])
        XCTAssertEqual(JSONPointer(fragment: "#/a%25b")?.tokens, ["a%b"])
    }

    func testFragmentForms() {
        XCTAssertEqual(JSONPointer(fragment: "#"), .root)
        XCTAssertEqual(JSONPointer(fragment: ""), .root)
        XCTAssertEqual(JSONPointer(fragment: "/a/b")?.tokens, ["a", "b"])
        XCTAssertEqual(JSONPointer(fragment: "#/")?.tokens, [""])
        XCTAssertEqual(JSONPointer(fragment: "#/a//b")?.tokens, ["a", "", "b"])
        XCTAssertNil(JSONPointer(fragment: "#a"))
        XCTAssertNil(JSONPointer(fragment: "components/schemas/Pet"))
    }

    func testRoundTripThroughDescription() {
        let pointers = [JSONPointer(["a/b", "~", "%", "x y", "ü"]), JSONPointer(["paths", "/v1/{id}"]), .root]
        for pointer in pointers {
            XCTAssertEqual(JSONPointer(fragment: pointer.description), pointer, pointer.description)
        }
    }

    func testAppending() {
        XCTAssertEqual(JSONPointer.root.appending("paths").appending("/a").appending(3), JSONPointer(["paths", "/a", "3"]))
    }

    func testParent() {
        XCTAssertNil(JSONPointer.root.parent)
        XCTAssertEqual(JSONPointer(["a"]).parent, .root)
        XCTAssertEqual(JSONPointer(["a", "b", "c"]).parent, JSONPointer(["a", "b"]))
    }

    func testHasPrefixComparesWholeTokens() {
        let pointer = JSONPointer(["components", "schemas", "Pet"])
        XCTAssertTrue(pointer.hasPrefix(.root))
        XCTAssertTrue(pointer.hasPrefix(JSONPointer(["components"])))
        XCTAssertTrue(pointer.hasPrefix(pointer))
        XCTAssertFalse(pointer.hasPrefix(JSONPointer(["components", "schema"])))
        XCTAssertFalse(pointer.hasPrefix(JSONPointer(["components", "schemas", "Pet", "properties"])))
        XCTAssertFalse(JSONPointer(["ab"]).hasPrefix(JSONPointer(["a"])))
    }

    func testOrderingIsTokenWiseLexicographic() {
        let unsorted = [JSONPointer(["b"]), JSONPointer(["a", "b"]), .root, JSONPointer(["a"]), JSONPointer(["a", "a"])]
        XCTAssertEqual(unsorted.sorted(), [.root, JSONPointer(["a"]), JSONPointer(["a", "a"]), JSONPointer(["a", "b"]), JSONPointer(["b"])])
        XCTAssertTrue(JSONPointer(["a", "z"]) < JSONPointer(["b"]))
        XCTAssertFalse(JSONPointer(["a"]) < JSONPointer(["a"]))
    }

    func testValueAtPointer() {
        let value = JSONValue.object(JSONObject([
            "a/b": .array([.int(1), .object(JSONObject(["c": .string("x")]))]),
        ]))
        XCTAssertEqual(value.value(at: JSONPointer(["a/b", "1", "c"])), .string("x"))
        XCTAssertEqual(value.value(at: JSONPointer(["a/b", "0"])), .int(1))
        XCTAssertEqual(value.value(at: .root), value)
        XCTAssertNil(value.value(at: JSONPointer(["a/b", "2"])))
        XCTAssertNil(value.value(at: JSONPointer(["a/b", "x"])))
        XCTAssertNil(value.value(at: JSONPointer(["a/b", "0", "c"])))
        XCTAssertNil(value.value(at: JSONPointer(["missing"])))
    }

    func testKindDescriptions() {
        XCTAssertEqual(JSONValue.null.kindDescription, "null")
        XCTAssertEqual(JSONValue.bool(true).kindDescription, "a boolean")
        XCTAssertEqual(JSONValue.int(1).kindDescription, "a number")
        XCTAssertEqual(JSONValue.double(1).kindDescription, "a number")
        XCTAssertEqual(JSONValue.string("").kindDescription, "a string")
        XCTAssertEqual(JSONValue.array([]).kindDescription, "an array")
        XCTAssertEqual(JSONValue.object(JSONObject()).kindDescription, "an object")
    }

    /// The digest that hashing uses is the same however a pointer was built, and token boundaries count.
    func testPointersBuiltAnyWayAreEqualAndHashAlike() throws {
        let appended = JSONPointer().appending("components").appending("schemas").appending("Pet")
        let fromTokens = JSONPointer(["components", "schemas", "Pet"])
        let parsed = try XCTUnwrap(JSONPointer(fragment: "#/components/schemas/Pet"))
        let fromParent = try XCTUnwrap(JSONPointer(["components", "schemas", "Pet", "x"]).parent)
        for pointer in [fromTokens, parsed, fromParent] {
            XCTAssertEqual(pointer, appended)
            XCTAssertEqual(pointer.hashValue, appended.hashValue)
        }
        XCTAssertEqual(Set([appended, fromTokens, parsed, fromParent]).count, 1)
        // The same bytes split differently, an empty token and no token are all different pointers.
        let different = [JSONPointer(["ab", "c"]), JSONPointer(["a", "bc"]), JSONPointer(["abc"]), JSONPointer(["abc", ""]), JSONPointer([""]), .root]
        XCTAssertEqual(Set(different).count, different.count)
        XCTAssertEqual(Set(different.map(\.hashValue)).count, different.count)
    }
}
