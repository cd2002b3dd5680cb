import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Cycles of value types are broken with boxes (struct properties, `anyOf` members) or `indirect` (`oneOf` enums);
/// edges through arrays and dictionaries never need it.
final class FeatureStoragePlannerTests: XCTestCase {
    private func boxed(_ decl: TypeDecl?) -> [String] {
        guard let decl else { return [] }
        if case .anyOf(let anyOf) = decl.kind { return anyOf.members.map(\.property).filter(\.isBoxed).map(\.swiftName) }
        return decl.properties.filter(\.isBoxed).map(\.swiftName)
    }

    func testDirectSelfReferenceIsBoxedButArraysAndDictionariesAreNot() throws {
        let model = try FeatureSnippet.model(#"""
            {"Node": {"type": "object", "required": ["value"], "properties": {"value": {"type": "string"},
                "next": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "byName": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Node"}}}}}
            """#)
        let node = try XCTUnwrap(model.type("Node"))
        XCTAssertEqual(boxed(node), ["next"])
        XCTAssertEqual(node.property("next")?.storageName, "_next")
        XCTAssertEqual(node.property("next")?.storedName, "_next")
        XCTAssertEqual(node.property("value")?.storedName, "value")
    }

    func testMutualRecursionBoxesTheEdgeThatClosesTheCycle() throws {
        let model = try FeatureSnippet.model(#"""
            {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
             "B": {"type": "object", "required": ["c"], "properties": {"c": {"$ref": "#/components/schemas/C"}}},
             "C": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}, "self": {"$ref": "#/components/schemas/C"}}}}
            """#)
        XCTAssertEqual(boxed(model.type("A")), [])
        XCTAssertEqual(boxed(model.type("B")), [])
        XCTAssertEqual(boxed(model.type("C")), ["a", "_self"])
        XCTAssertEqual(model.type("C")?.property("self")?.storageName, "__self")
    }

    func testCyclesThroughAliasesAndNestedTypesAreFound() throws {
        let model = try FeatureSnippet.model(#"""
            {"Alias": {"$ref": "#/components/schemas/Outer"},
             "Outer": {"type": "object", "properties": {"inner": {"type": "object", "properties": {"back": {"$ref": "#/components/schemas/Alias"}}}}}}
            """#)
        let outer = try XCTUnwrap(model.type("Outer"))
        XCTAssertEqual(boxed(outer), [])
        XCTAssertEqual(boxed(outer.nestedType("Inner")), ["back"])
    }

    func testOneOfInACycleBecomesIndirect() throws {
        let model = try FeatureSnippet.model(#"""
            {"Expr": {"oneOf": [{"$ref": "#/components/schemas/Num"}, {"$ref": "#/components/schemas/Sum"}]},
             "Num": {"type": "object", "properties": {"n": {"type": "number"}}},
             "Sum": {"type": "object", "required": ["l", "r"], "properties": {"l": {"$ref": "#/components/schemas/Expr"}, "r": {"$ref": "#/components/schemas/Expr"}}},
             "Flat": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Num"}]}}
            """#)
        XCTAssertEqual(model.type("Expr")?.isIndirect, true)
        XCTAssertEqual(model.type("Flat")?.isIndirect, false)
        XCTAssertEqual(boxed(model.type("Sum")), [])
    }

    func testAnyOfMembersInACycleAreBoxed() throws {
        let model = try FeatureSnippet.model(#"""
            {"Value": {"anyOf": [{"$ref": "#/components/schemas/Holder"}, {"type": "string"}]},
             "Holder": {"type": "object", "properties": {"value": {"$ref": "#/components/schemas/Value"}}}}
            """#)
        XCTAssertEqual(boxed(model.type("Holder")), [], "the walk starts at Holder, so the edge back to it closes the cycle")
        XCTAssertEqual(boxed(model.type("Value")), ["holder"])
        XCTAssertEqual(model.type("Value")?.anyOfDecl?.members.first?.property.storageName, "_holder")
    }

    func testDeprecatedPropertiesGetStorageWithoutBoxes() throws {
        let model = try FeatureSnippet.model(#"{"A": {"type": "object", "properties": {"old": {"type": "string", "deprecated": true}, "_old": {"type": "string"}}}}"#)
        let a = try XCTUnwrap(model.type("A"))
        XCTAssertEqual(a.properties.map(\.jsonKey), ["old", "_old"])
        XCTAssertEqual(a.properties.map(\.swiftName), ["old", "old2"])
        XCTAssertEqual(a.property("old")?.storageName, "_old")
        XCTAssertEqual(a.property("old")?.isBoxed, false)
        XCTAssertNil(a.property("_old")?.storageName)
    }

    /// Value types nest by value: a property whose type stores more than `maximumInlineWeight` leaves inline is
    /// boxed, and a `oneOf` whose cases do becomes `indirect`, so that no layout grows with the whole tree below it.
    func testLargeNestedValuesAreBoxed() throws {
        let leaves = (1...10).map { "\"f\($0)\": {\"type\": \"string\"}" }.joined(separator: ", ")
        let model = try FeatureSnippet.model("""
            {"Leaf": {"type": "object", "properties": {\(leaves)}},
             "Middle": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Leaf"}, "b": {"$ref": "#/components/schemas/Leaf"}}},
             "Big": {"type": "object", "properties": {"m": {"$ref": "#/components/schemas/Middle"}, "n": {"$ref": "#/components/schemas/Middle"}}},
             "Top": {"type": "object", "properties": {"big": {"$ref": "#/components/schemas/Big"}, "leaf": {"$ref": "#/components/schemas/Leaf"}}},
             "Either": {"oneOf": [{"$ref": "#/components/schemas/Middle"}, {"$ref": "#/components/schemas/Leaf"}]},
             "Small": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"type": "string"}]}}
            """)
        XCTAssertEqual(StoragePlanner.maximumInlineWeight, 24)
        XCTAssertEqual(boxed(model.type("Leaf")), [], "10 leaves")
        XCTAssertEqual(boxed(model.type("Middle")), [], "two Leafs inline: 20 leaves")
        XCTAssertEqual(boxed(model.type("Big")), [], "two Middles inline: 40 leaves, but each property only 20")
        XCTAssertEqual(boxed(model.type("Top")), ["big"], "a Big stores 40 leaves: boxed")
        XCTAssertEqual(model.type("Either")?.isIndirect, true, "31 leaves in its cases")
        XCTAssertEqual(model.type("Small")?.isIndirect, false)
    }
}

