import XCTest
@testable import OpenAPIGenKit

/// The JSON Schema 2020-12 keywords of OpenAPI 3.1 schemas, read into the common `Schema` model.
final class OpenAPI31SchemaParserTests: XCTestCase {
    private let base = JSONPointer(["components", "schemas", "S"])

    /// Parses `json` as component `S` of a 3.1 document; returns the schema and every diagnostic.
    private func parse(_ json: String) throws -> (schema: Referable<Schema>, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = Stages.parse(OpenAPI31Fixture.spec(schemas: ##"{"S": \##(json)}"##))
        return (try XCTUnwrap(document?.schemas["S"]), diagnostics)
    }

    func testTypeArrayWithNullIsNullableWithoutAWarning() throws {
        let (schema, diagnostics) = try parse(##"{"type": ["string", "null"], "format": "date"}"##)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(schema.value?.type, "string")
        XCTAssertEqual(schema.value?.nullable, true)
    }

    func testTypeArrayOfSeveralTypesBecomesAOneOfPerType() throws {
        let (schema, diagnostics) = try parse(##"{"type": ["integer", "string", "null"], "description": "A number or a name."}"##)
        XCTAssertEqual(diagnostics, [])
        let value = try XCTUnwrap(schema.value)
        XCTAssertNil(value.type)
        XCTAssertTrue(value.nullable)
        XCTAssertEqual(value.description, "A number or a name.")
        XCTAssertEqual(value.oneOf.map { $0.value?.type }, ["integer", "string"])
        XCTAssertEqual(value.oneOf.map { $0.value?.pointer }, [base.appending("type").appending(0), base.appending("type").appending(1)])
        XCTAssertEqual(value.oneOf.map { $0.value?.description }, [nil, nil])
    }

    func testUnknownTypeNamesAreErrors() throws {
        XCTAssertEqual(try parse(##"{"type": ["strin", "null"]}"##).diagnostics.errors.map(\.pointer), [base.appending("type")])
        XCTAssertEqual(try parse(##"{"type": "strin"}"##).diagnostics.errors.map(\.pointer), [base.appending("type")])
        XCTAssertEqual(try parse(##"{"type": ["string", 4]}"##).diagnostics.errors.map(\.pointer), [base.appending("type")])
    }

    func testIntegerAndNumberTogetherAreANumber() throws {
        let (schema, _) = try parse(##"{"type": ["integer", "number"]}"##)
        XCTAssertEqual(schema.value?.type, "number")
        XCTAssertEqual(schema.value?.oneOf, [])
    }

    func testConstIsAOneValueEnumWithTheValuesType() throws {
        XCTAssertEqual(try parse(##"{"const": "pet"}"##).schema.value?.enumValues, [.string("pet")])
        XCTAssertEqual(try parse(##"{"const": "pet"}"##).schema.value?.type, "string")
        XCTAssertEqual(try parse(##"{"const": 3}"##).schema.value?.type, "integer")
        XCTAssertEqual(try parse(##"{"const": null}"##).schema.value?.nullable, true)
        XCTAssertEqual(try parse(##"{"type": "string", "enum": ["a", "b"], "const": "a"}"##).schema.value?.enumValues, [.string("a"), .string("b")])
    }

    func testReferenceWithAnnotationSiblingsIsADecorator() throws {
        let (schema, diagnostics) = try parse(##"{"$ref": "#/components/schemas/T", "description": "Who.", "deprecated": true, "maxLength": 3}"##)
        XCTAssertEqual(diagnostics, [])
        let value = try XCTUnwrap(schema.value)
        XCTAssertEqual(value.description, "Who.")
        XCTAssertTrue(value.deprecated)
        XCTAssertEqual(value.allOf, [.reference(Reference(raw: "#/components/schemas/T", pointer: base.appending("$ref")))])
        XCTAssertTrue(value.properties.isEmpty)
    }

    func testReferenceWithOnlyValidationSiblingsStaysAReference() throws {
        let (schema, _) = try parse(##"{"$ref": "#/components/schemas/T", "maxLength": 3, "examples": ["x"], "x-note": 1, "$comment": "c"}"##)
        XCTAssertEqual(schema, .reference(Reference(raw: "#/components/schemas/T", pointer: base.appending("$ref"))))
    }

    func testTypeNextToAReferenceOnlyAddsNull() throws {
        let plain = try parse(##"{"$ref": "#/components/schemas/T", "type": "string", "format": "uuid"}"##).schema
        XCTAssertEqual(plain, .reference(Reference(raw: "#/components/schemas/T", pointer: base.appending("$ref"))))
        let nullable = try XCTUnwrap(try parse(##"{"$ref": "#/components/schemas/T", "type": ["string", "null"], "description": "d"}"##).schema.value)
        XCTAssertNil(nullable.type)
        XCTAssertTrue(nullable.nullable)
        XCTAssertEqual(nullable.allOf.count, 1)
        XCTAssertEqual(try parse(##"{"$ref": "#/components/schemas/T", "type": "object", "properties": {"a": {}}}"##).schema.value?.type, "object")
    }

    func testReferenceWithPropertiesMergesThroughAllOf() throws {
        let (schema, _) = try parse(##"{"$ref": "#/components/schemas/T", "properties": {"extra": {"type": "string"}}, "required": ["extra"]}"##)
        let value = try XCTUnwrap(schema.value)
        XCTAssertEqual(value.allOf.count, 1)
        XCTAssertEqual(value.properties.map(\.name), ["extra"])
        XCTAssertEqual(value.required, ["extra"])
    }

    func testExamplesGiveTheFirstExample() throws {
        XCTAssertEqual(try parse(##"{"type": "integer", "examples": [4, 5]}"##).schema.value?.example, .int(4))
        XCTAssertEqual(try parse(##"{"type": "integer", "example": 1, "examples": [4]}"##).schema.value?.example, .int(1))
    }

    func testPrefixItemsMinItemsAndItemsFalse() throws {
        let (schema, diagnostics) = try parse(##"{"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}], "minItems": 1, "items": false}"##)
        XCTAssertEqual(diagnostics, [])
        let value = try XCTUnwrap(schema.value)
        XCTAssertEqual(value.prefixItems.map { $0.value?.type }, ["number", "string"])
        XCTAssertEqual(value.prefixItems.first?.value?.pointer, base.appending("prefixItems").appending(0))
        XCTAssertEqual(value.minItems, 1)
        XCTAssertTrue(value.forbidsExtraItems)
        XCTAssertNil(value.items)
    }

    func testMaxItemsUpToThePrefixClosesTheTuple() throws {
        XCTAssertEqual(try parse(##"{"prefixItems": [{"type": "integer"}, {"type": "number"}], "maxItems": 2}"##).schema.value?.forbidsExtraItems, true)
        XCTAssertEqual(try parse(##"{"prefixItems": [{"type": "integer"}], "maxItems": 3}"##).schema.value?.forbidsExtraItems, false)
    }

    func testContentEncodingAndMediaTypeGiveByteAndBinaryFormats() throws {
        XCTAssertEqual(try parse(##"{"type": "string", "contentEncoding": "base64"}"##).schema.value?.format, "byte")
        XCTAssertEqual(try parse(##"{"contentEncoding": "base64", "contentMediaType": "image/png"}"##).schema.value?.format, "byte")
        XCTAssertEqual(try parse(##"{"type": "string", "contentMediaType": "application/octet-stream"}"##).schema.value?.format, "binary")
        XCTAssertNil(try parse(##"{"type": "string", "contentMediaType": "application/json"}"##).schema.value?.format)
        XCTAssertNil(try parse(##"{"type": "string", "contentEncoding": "base64url"}"##).schema.value?.format)
        XCTAssertEqual(try parse(##"{"type": "string", "format": "uuid", "contentEncoding": "base64"}"##).schema.value?.format, "uuid")
    }

    func testUnevaluatedAndPatternPropertiesStandForAdditionalProperties() throws {
        XCTAssertEqual(try parse(##"{"type": "object", "unevaluatedProperties": false}"##).schema.value?.additionalProperties, .allowed(false))
        let patterned = try parse(##"{"type": "object", "patternProperties": {"^x-": {"type": "string"}}}"##).schema.value
        guard case .schema(let value)? = patterned?.additionalProperties else { return XCTFail("no additionalProperties schema") }
        XCTAssertEqual(value.value?.type, "string")
        XCTAssertEqual(try parse(##"{"type": "object", "additionalProperties": true, "unevaluatedProperties": false}"##).schema.value?.additionalProperties, .allowed(true))
    }

    func testNullVariantsOfUnionsMakeTheSchemaNullable() throws {
        let (schema, diagnostics) = try parse(##"{"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}"##)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(schema.value?.nullable, true)
        XCTAssertEqual(schema.value?.anyOf, [.reference(Reference(raw: "#/components/schemas/T", pointer: base.appending("anyOf").appending(0).appending("$ref")))])
    }

    func testVariantsThatAcceptAnyValueMakeTheSchemaNullable() throws {
        let (schema, diagnostics) = try parse(##"{"oneOf": [{"type": "boolean"}, {"type": "string"}, {"description": "Anything."}]}"##)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(schema.value?.nullable, true)
        XCTAssertEqual(schema.value?.oneOf.count, 3)
        XCTAssertEqual(try parse(##"{"anyOf": [{"type": "boolean"}, true]}"##).schema.value?.nullable, true)
        XCTAssertEqual(try parse(##"{"anyOf": [{"type": "boolean"}, {"type": "string"}]}"##).schema.value?.nullable, false)
    }

    func testTheOnlyInlineVariantBesideNullBecomesTheSchema() throws {
        let (schema, diagnostics) = try parse(##"""
            {"description": "Outer.", "anyOf": [{"allOf": [{"$ref": "#/components/schemas/T"}, {"description": "Inner."}]}, {"type": "null"}]}
            """##)
        XCTAssertEqual(diagnostics.errors, [])
        let value = try XCTUnwrap(schema.value)
        XCTAssertEqual(value.anyOf.count, 0)
        XCTAssertEqual(value.allOf.count, 2)
        XCTAssertTrue(value.nullable)
        XCTAssertEqual(value.description, "Outer.")
        // A reference stays wrapped (lowering reads `anyOf: [$ref]` as the referenced type), and so does a variant
        // next to other shape keywords.
        XCTAssertEqual(try parse(##"{"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}"##).schema.value?.anyOf.count, 1)
        XCTAssertEqual(try parse(##"{"anyOf": [{"type": "string"}, {"type": "null"}], "properties": {"a": {}}}"##).schema.value?.anyOf.count, 1)
    }

    func testBooleanSchemas() throws {
        let (schema, diagnostics) = try parse(##"{"type": "object", "properties": {"gone": false, "any": true}, "additionalProperties": false}"##)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(schema.value?.properties.map(\.name), ["any"])
        XCTAssertEqual(schema.value?.properties.first?.schema.value?.isUnconstrained, true)
    }

    func testValidationOnlyKeywordsAreAcceptedSilently() throws {
        let (_, diagnostics) = try parse(##"""
            {"type": "object", "properties": {"n": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10}},
             "dependentRequired": {"n": ["m"]}, "$defs": {"D": {"type": "string"}}, "$comment": "x"}
            """##)
        XCTAssertEqual(diagnostics, [])
    }

    func testConditionalsNegationAndDynamicReferencesAreWarnings() throws {
        let (schema, diagnostics) = try parse(##"""
            {"type": "object", "properties": {"a": {"type": "string"}}, "if": {"required": ["a"]}, "then": {"required": ["b"]},
             "not": {"required": ["c"]}, "dependentSchemas": {"a": {}}, "unevaluatedItems": false}
            """##)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning, .warning])
        XCTAssertEqual(Set(diagnostics.compactMap(\.pointer)), [base.appending("if"), base.appending("not"), base.appending("dependentSchemas")])
        XCTAssertEqual(schema.value?.properties.map(\.name), ["a"])
        let dynamic = try parse(##"{"$dynamicRef": "#meta"}"##)
        XCTAssertEqual(dynamic.diagnostics.map(\.pointer), [base.appending("$dynamicRef")])
        XCTAssertEqual(dynamic.schema.value?.isUnconstrained, true)
    }

    func testBooleanExclusiveBoundsAreFlaggedAs30Syntax() throws {
        let (_, diagnostics) = try parse(##"{"type": "number", "minimum": 1, "exclusiveMinimum": true}"##)
        XCTAssertEqual(diagnostics.map(\.pointer), [base.appending("exclusiveMinimum")])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
    }

    func testOpenAPI30DocumentsKeepThe30Reading() throws {
        let text = Fixture.spec(schemas: ##"{"S": {"$ref": "#/components/schemas/T", "description": "ignored in 3.0"}, "T": {"type": ["string", "null"], "const": "x"}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(document?.schemas["S"], .reference(Reference(raw: "#/components/schemas/T", pointer: base.appending("$ref"))))
        XCTAssertNil(document?.schemas["T"]?.value?.enumValues)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
    }
}

/// Minimal OpenAPI 3.1 documents for the 3.1 tests.
enum OpenAPI31Fixture {
    /// An OpenAPI 3.1.0 document with `components.schemas`, `paths` and any further top-level members (`extra`).
    static func spec(schemas: String = "{}", paths: String = "{}", components: String = "", extra: String = "") -> String {
        let more = components.isEmpty ? "" : ", " + components
        let top = extra.isEmpty ? "" : ", " + extra
        return """
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": \(paths),
             "components": {"schemas": \(schemas)\(more)}\(top)}
            """
    }
}
