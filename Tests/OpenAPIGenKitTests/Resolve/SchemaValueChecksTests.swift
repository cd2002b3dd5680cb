import XCTest
@testable import OpenAPIGenKit

/// `required` names without a property, `default`s and `example`s that do not match their schema, and repeated
/// `enum` values: lenient warnings with what was assumed, and the assumption in the lowered model.
final class SchemaValueChecksTests: XCTestCase {
    private func resolve(_ schemas: String) -> [Diagnostic] {
        Stages.resolve(Fixture.spec(schemas: schemas)).diagnostics
    }

    func testRequiredNameWithoutPropertyIsIgnored() throws {
        let text = Fixture.spec(schemas: ##"{"A": {"type": "object", "required": ["a", "ghost"], "properties": {"a": {"type": "string"}}}}"##)
        let diagnostics = Stages.resolve(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.leniency), [.requiredWithoutProperty])
        XCTAssertEqual(diagnostics.first?.message, "'required' names 'ghost', which is not among the properties; ignored")
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["components", "schemas", "A", "required", "1"]))
        let model = try XCTUnwrap(Stages.lower(text).model)
        XCTAssertEqual(model.type("A")?.properties.map(\.jsonKey), ["a"])
        XCTAssertEqual(model.type("A")?.property("a")?.isRequired, true)
    }

    func testRequiredNameFromAnAllOfPartIsReportedInThatPart() {
        let diagnostics = resolve(##"""
            {"Base": {"type": "object", "properties": {"id": {"type": "string"}}},
             "A": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["id", "ghost"], "properties": {"x": {"type": "string"}}}]}}
            """##)
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["components", "schemas", "A", "allOf", "1", "required", "1"])])
    }

    func testRequiredWithoutPropertiesOrWithAdditionalPropertiesIsNotReported() {
        XCTAssertEqual(resolve(##"""
            {"Constraint": {"required": ["a"]},
             "Map": {"type": "object", "required": ["extra"], "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "string"}},
             "Union": {"required": ["kind"], "properties": {"a": {"type": "string"}}, "oneOf": [{"type": "object", "properties": {"kind": {"type": "string"}}}]}}
            """##), [])
    }

    func testMismatchedDefaultIsDroppedWithAWarning() throws {
        let text = Fixture.spec(schemas: ##"""
            {"A": {"type": "object", "properties": {
                "count": {"type": "integer", "default": "ten"},
                "ok": {"type": "integer", "default": 10},
                "size": {"type": "number", "enum": [1, 2], "default": 3},
                "small": {"type": "integer", "format": "int32", "default": 3000000000}}}}
            """##)
        let diagnostics = Stages.resolve(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.leniency), [.mismatchedDefault, .mismatchedDefault, .mismatchedDefault])
        XCTAssertEqual(diagnostics.map(\.message), [
            #"the default does not match the schema: expected an integer, found "ten"; dropped"#,
            "the default does not match the schema: expected one of the enum values, found 3; dropped",
            "the default does not match the schema: expected an integer in the int32 range, found 3000000000; dropped",
        ])
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["components", "schemas", "A", "properties", "count", "default"]))
        let type = try XCTUnwrap(Stages.lower(text).model?.type("A"))
        XCTAssertNil(type.property("count")?.defaultValue)
        XCTAssertEqual(type.property("count")?.type, .optional(.int))
        XCTAssertNil(type.property("size")?.defaultValue, "a number enum becomes Swift.Double; the default outside it is dropped too")
        XCTAssertNil(type.property("small")?.defaultValue)
        XCTAssertEqual(type.property("ok")?.defaultValue, .integer(10))
    }

    func testMismatchedDefaultThroughAReferenceIsReportedOnceAtTheComponent() {
        let diagnostics = resolve(##"""
            {"Level": {"type": "string", "enum": ["low", "high"], "default": "medium"},
             "A": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Level"}, "b": {"$ref": "#/components/schemas/Level"}}}}
            """##)
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["components", "schemas", "Level", "default"])])
    }

    func testMismatchedExampleIsReportedWithThePathInsideTheValue() {
        let diagnostics = resolve(##"""
            {"A": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/B"}}},
                   "example": {"id": "x", "items": [{"when": "2024-01-01T00:00:00Z"}, {"when": "yesterday"}]}},
             "B": {"type": "object", "properties": {"when": {"type": "string", "format": "date-time"}}, "example": {"when": null}},
             "C": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}, "example": {"name": "no id"}}}
            """##)
        XCTAssertEqual(diagnostics.map(\.leniency), [.mismatchedExample, .mismatchedExample])
        XCTAssertEqual(diagnostics.map(\.message), [
            #"the example does not match the schema: expected an RFC 3339 date-time, found "yesterday" at 'items[1].when'; dropped"#,
            "the example does not match the schema: the required property 'id' is missing; dropped",
        ])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["components", "schemas", "A", "example"]), JSONPointer(["components", "schemas", "C", "example"])])
    }

    func testNullDefaultsAndExamplesSayNothing() {
        XCTAssertEqual(resolve(##"{"A": {"type": "string", "default": null, "example": null}}"##), [])
    }

    func testRepeatedEnumValueIsKeptOnce() throws {
        let text = Fixture.spec(schemas: ##"{"Color": {"type": "string", "enum": ["red", "green", "red", "red"]}}"##)
        let diagnostics = Stages.resolve(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.leniency), [.duplicateEnumValue, .duplicateEnumValue])
        XCTAssertEqual(diagnostics.first?.message, #"the enum value "red" is listed twice (first at index 0); kept once"#)
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["components", "schemas", "Color", "enum", "2"]), JSONPointer(["components", "schemas", "Color", "enum", "3"])])
        XCTAssertEqual(Stages.lower(text).model?.type("Color")?.enumDecl?.cases.map(\.name), ["red", "green"])
    }

    func testSchemaCopiedByManyReferencesIsCheckedOnce() {
        let text = Fixture.spec(paths: ##"""
            {"/a": {"get": {"parameters": [{"name": "p", "in": "query", "schema": {"$ref": "#/paths/~1b/get/parameters/0/schema"}}], "responses": {"200": {"description": "ok"}}}},
             "/b": {"get": {"parameters": [{"name": "p", "in": "query", "schema": {"type": "integer", "default": "x"}}], "responses": {"200": {"description": "ok"}}}}}
            """##)
        let diagnostics = Stages.resolve(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/b", "get", "parameters", "0", "schema", "default"])])
    }
}
