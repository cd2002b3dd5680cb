import XCTest
@testable import OpenAPIGenKit

final class SchemaParserTests: XCTestCase {
    private let base = JSONPointer(["components", "schemas"])

    private func schema(_ json: String, named name: String = "S") throws -> Referable<Schema> {
        let (document, diagnostics) = Stages.parse(Fixture.spec(schemas: ##"{"\##(name)": \##(json)}"##))
        XCTAssertEqual(diagnostics, [])
        return try XCTUnwrap(document?.schemas[name])
    }

    func testScalarMembers() throws {
        let parsed = try schema(##"""
            {"type": "string", "format": "date-time", "title": "When", "description": "A time.", "nullable": true,
             "deprecated": true, "readOnly": true, "writeOnly": false, "enum": ["a", 1, null], "default": "a", "example": "b"}
            """##)
        var expected = Schema(pointer: base.appending("S"))
        expected.type = "string"
        expected.format = "date-time"
        expected.title = "When"
        expected.description = "A time."
        expected.nullable = true
        expected.deprecated = true
        expected.readOnly = true
        expected.enumValues = [.string("a"), .int(1), .null]
        expected.defaultValue = .string("a")
        expected.example = .string("b")
        XCTAssertEqual(parsed, .value(expected))
    }

    func testPropertiesKeepTheDocumentOrder() throws {
        let parsed = try schema(##"""
            {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}, "a": {"$ref": "#/components/schemas/X"}},
             "additionalProperties": false}
            """##)
        let pointer = base.appending("S")
        var b = Schema(pointer: pointer.appending("properties").appending("b"))
        b.type = "integer"
        var expected = Schema(pointer: pointer)
        expected.type = "object"
        expected.required = ["b"]
        expected.additionalProperties = .allowed(false)
        expected.properties = [
            SchemaProperty(name: "b", schema: .value(b)),
            SchemaProperty(name: "a", schema: .reference(Reference(raw: "#/components/schemas/X", pointer: pointer.appending("properties").appending("a").appending("$ref")))),
        ]
        XCTAssertEqual(parsed, .value(expected))
    }

    func testArraysDictionariesAndCompositions() throws {
        let parsed = try schema(##"""
            {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "string"}},
             "allOf": [{"$ref": "#/components/schemas/A"}], "oneOf": [{"type": "string"}, {"type": "integer"}],
             "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A", "bad": 3}}}
            """##)
        let value = try XCTUnwrap(parsed.value)
        let pointer = base.appending("S")
        XCTAssertEqual(value.items?.value?.type, "object")
        guard case .schema(let additional)? = value.items?.value?.additionalProperties else { return XCTFail("no additionalProperties schema") }
        XCTAssertEqual(additional.value?.type, "string")
        XCTAssertEqual(additional.value?.pointer, pointer.appending("items").appending("additionalProperties"))
        XCTAssertEqual(value.allOf, [.reference(Reference(raw: "#/components/schemas/A", pointer: pointer.appending("allOf").appending(0).appending("$ref")))])
        XCTAssertEqual(value.oneOf.compactMap(\.value?.type), ["string", "integer"])
        XCTAssertEqual(value.oneOf.compactMap(\.value?.pointer), [pointer.appending("oneOf").appending(0), pointer.appending("oneOf").appending(1)])
        XCTAssertEqual(value.discriminator, Discriminator(propertyName: "kind", mapping: ["a": "#/components/schemas/A"]))
    }

    func testEmptySchemaIsUnconstrained() throws {
        let parsed = try schema("{}")
        XCTAssertEqual(parsed, .value(Schema(pointer: base.appending("S"))))
        XCTAssertTrue(parsed.value?.isUnconstrained ?? false)
        XCTAssertFalse(try schema(##"{"type": "string"}"##).value?.isUnconstrained ?? true)
    }

    func testReferenceHelpers() {
        let reference = Reference(raw: "#/components/schemas/Pet", pointer: .root)
        XCTAssertEqual(reference.localTarget, JSONPointer(["components", "schemas", "Pet"]))
        XCTAssertEqual(reference.componentName(in: "schemas"), "Pet")
        XCTAssertNil(reference.componentName(in: "responses"))
        XCTAssertNil(Reference(raw: "#/components/schemas/Pet/properties/a", pointer: .root).componentName(in: "schemas"))
        XCTAssertNil(Reference(raw: "other.json#/components/schemas/Pet", pointer: .root).localTarget)
    }
}
