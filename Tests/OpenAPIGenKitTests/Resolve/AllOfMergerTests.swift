import Foundation
import XCTest
@testable import OpenAPIGenKit

final class AllOfMergerTests: XCTestCase {
    private func resolvedSchema(_ name: String, in schemas: String, file: StaticString = #filePath, line: UInt = #line) throws -> Schema {
        let (document, diagnostics) = Stages.resolve(Fixture.spec(schemas: schemas))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(document?.schema(name)?.value, file: file, line: line)
    }

    func testIonosClusterBackupListIsFlattened() throws {
        let (document, diagnostics) = Stages.resolve(try Fixture.specSources("IonosPostgreSQL"))
        XCTAssertEqual(diagnostics, [])
        let list = try XCTUnwrap(document?.schema("ClusterBackupList")?.value)
        XCTAssertEqual(list.properties.map(\.name), ["type", "id", "items", "offset", "limit", "links"], "the parts' properties in order of appearance")
        XCTAssertEqual(list.allOf, [])
        XCTAssertEqual(list.type, "object")
        XCTAssertEqual(list.description, "List of backups.")
        let links = list.properties.first { $0.name == "links" }?.schema
        XCTAssertEqual(links, .reference(Reference(raw: "#/components/schemas/PaginationLinks", pointer: JSONPointer(["components", "schemas", "DeprecatedPagination", "properties", "links", "$ref"]))))
    }

    func testPropertiesAndRequiredAreUnited() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "kind": {"type": "string"}}},
             "C": {"description": "Mine", "required": ["extra"], "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}],
              "properties": {"extra": {"type": "integer"}}}}
            """##)
        XCTAssertEqual(schema.properties.map(\.name), ["id", "kind", "name", "extra"], "the allOf parts in order, then the schema's own")
        XCTAssertEqual(schema.required, ["extra", "id", "name"])
        XCTAssertEqual(schema.type, "object")
        XCTAssertEqual(schema.description, "Mine")
        XCTAssertEqual(schema.allOf, [])
    }

    func testNullableFromAPartIsKept() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"C": {"allOf": [{"type": "object", "nullable": true, "properties": {"a": {"type": "string"}}}, {"properties": {"b": {"type": "string"}}}]}}
            """##)
        XCTAssertTrue(schema.nullable)
        XCTAssertEqual(schema.properties.map(\.name), ["a", "b"])
    }

    func testLaterDifferentDeclarationWinsWithAWarning() throws {
        let (document, diagnostics) = Stages.resolve(Fixture.spec(schemas: ##"""
            {"C": {"allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"a": {"type": "integer"}}}]}}
            """##))
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["components", "schemas", "C", "allOf", "1"]))
        XCTAssertEqual(document?.schema("C")?.value?.properties.first?.schema.value?.type, "integer")
    }

    func testSameDeclarationTwiceIsSilent() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"C": {"allOf": [{"properties": {"a": {"type": "string", "description": "one"}}}, {"properties": {"a": {"type": "string", "description": "two"}}}]}}
            """##)
        XCTAssertEqual(schema.properties.map(\.name), ["a"])
    }

    func testScalarPartGivesItsType() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"Id": {"type": "string", "format": "uuid"}, "C": {"allOf": [{"$ref": "#/components/schemas/Id"}, {"description": "An id."}]}}
            """##)
        XCTAssertEqual(schema.type, "string")
        XCTAssertEqual(schema.format, "uuid")
        XCTAssertEqual(schema.properties, [])
    }

    func testSingleRefWithNullableAndDescriptionStaysADecorator() throws {
        let schema = try resolvedSchema("Holder", in: ##"""
            {"Target": {"type": "object", "properties": {"a": {"type": "string"}}},
             "Holder": {"type": "object", "properties": {"t": {"nullable": true, "description": "Maybe.", "allOf": [{"$ref": "#/components/schemas/Target"}]}}}}
            """##)
        let property = try XCTUnwrap(schema.properties.first?.schema.value)
        let pointer = JSONPointer(["components", "schemas", "Holder", "properties", "t"])
        var expected = Schema(pointer: pointer)
        expected.nullable = true
        expected.description = "Maybe."
        expected.allOf = [.reference(Reference(raw: "#/components/schemas/Target", pointer: pointer.appending("allOf").appending(0).appending("$ref")))]
        XCTAssertEqual(property, expected)
    }

    func testIonosBackupResponseTypeStaysADecorator() throws {
        let (document, _) = Stages.resolve(try Fixture.specSources("IonosPostgreSQL"))
        let type = try XCTUnwrap(document?.schema("BackupResponse")?.value?.properties.first { $0.name == "type" }?.schema.value)
        XCTAssertEqual(type.allOf.count, 1)
        guard case .reference(let reference) = type.allOf[0] else { return XCTFail("expected a reference") }
        XCTAssertEqual(reference.raw, "#/components/schemas/ResourceType")
        XCTAssertEqual(type.properties, [])
    }

    func testSingleRefWithPropertiesIsMerged() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"Base": {"type": "object", "properties": {"a": {"type": "string"}}},
             "C": {"allOf": [{"$ref": "#/components/schemas/Base"}], "properties": {"b": {"type": "string"}}}}
            """##)
        XCTAssertEqual(schema.allOf, [])
        XCTAssertEqual(schema.properties.map(\.name), ["a", "b"])
    }

    func testNestedAllOfInsidePropertiesIsFlattened() throws {
        let schema = try resolvedSchema("C", in: ##"""
            {"Base": {"type": "object", "properties": {"a": {"type": "string"}}},
             "C": {"type": "object", "properties": {"inner": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"b": {"type": "boolean"}}}]}}}}
            """##)
        let inner = try XCTUnwrap(schema.properties.first?.schema.value)
        XCTAssertEqual(inner.properties.map(\.name), ["a", "b"])
        XCTAssertEqual(inner.allOf, [])
    }

    func testSameShapeComparison() {
        let a = Referable<Schema>.reference(Reference(raw: "#/components/schemas/A", pointer: .root))
        let a2 = Referable<Schema>.reference(Reference(raw: "#/components/schemas/A", pointer: JSONPointer(["x"])))
        var string = Schema(pointer: .root)
        string.type = "string"
        var documented = Schema(pointer: JSONPointer(["y"]))
        documented.type = "string"
        documented.description = "docs"
        XCTAssertTrue(RefResolver.sameShape(a, a2))
        XCTAssertTrue(RefResolver.sameShape(.value(string), .value(documented)))
        XCTAssertFalse(RefResolver.sameShape(a, .value(string)))
    }
}
