import XCTest
@testable import OpenAPIGenKit

/// How 3.1 schemas lower: tuples, webhook payload types, `$defs`, nullability from `type` arrays, `const` and
/// `$ref` with a description.
final class OpenAPI31LoweringTests: XCTestCase {
    private func model(_ schemas: String, paths: String = "{}", components: String = "", extra: String = "") throws -> APIModel {
        let (model, diagnostics) = Stages.lower(OpenAPI31Fixture.spec(schemas: schemas, paths: paths, components: components, extra: extra))
        XCTAssertEqual(diagnostics.errors, [])
        return try XCTUnwrap(model)
    }

    func testPrefixItemsBecomeATupleStruct() throws {
        let model = try model(##"""
            {"Point": {"type": "array", "prefixItems": [{"type": "number", "title": "x"}, {"type": ["number", "null"]}, {"type": "string"}],
                       "minItems": 2, "items": {"type": "integer"}}}
            """##)
        let point = try XCTUnwrap(model.type("Point"))
        XCTAssertTrue(point.isTuple)
        XCTAssertEqual(point.properties.map(\.swiftName), ["x", "item1", "item2", "rest"])
        XCTAssertEqual(point.properties.map(\.jsonKey), ["0", "1", "2", ""])
        XCTAssertEqual(point.properties.map(\.type), [.double, .optional(.double), .optional(.string), .array(.int)])
        XCTAssertEqual(point.properties.map(\.isRequired), [true, true, false, false])
    }

    func testTupleWithItemsFalseHasNoRestAndInlineTuplesAreNested() throws {
        let model = try model(##"""
            {"Line": {"type": "object", "required": ["from"], "properties": {"from": {"prefixItems": [{"type": "integer"}], "items": false}}}}
            """##)
        let line = try XCTUnwrap(model.type("Line"))
        XCTAssertEqual(line.property("from")?.type, .named("Line.From"))
        let from = try XCTUnwrap(line.nestedType("From"))
        XCTAssertTrue(from.isTuple)
        XCTAssertEqual(from.properties.map(\.swiftName), ["item0"])
    }

    func testTupleCodingIsEmittedAsAnArray() {
        let types = Stages.generate(OpenAPI31Fixture.spec(schemas: ##"{"P": {"type": "array", "prefixItems": [{"type": "integer"}], "minItems": 1, "items": false}}"##)).file("Types.swift")
        XCTAssertTrue(types.contains("var container = try decoder.unkeyedContainer()"), types)
        XCTAssertTrue(types.contains("self.item0 = try container.decode(Swift.Int.self)"), types)
        XCTAssertTrue(types.contains("try container.encode(self.item0)"), types)
        XCTAssertFalse(types.contains("CodingKeys"), types)
    }

    func testWebhookPayloadsAreTypes() throws {
        let model = try model(
            ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##,
            extra: ##"""
            "webhooks": {
              "newPet": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}},
              "ping": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"at": {"type": "string"}}}}}}},
                       "put": {"requestBody": {"content": {"application/octet-stream": {}}}}},
              "silent": {"get": {}}
            }
            """##
        )
        XCTAssertEqual(model.type("NewPetWebhookPayload")?.kind, .alias(.named("Pet")))
        XCTAssertEqual(model.type("PingPostWebhookPayload")?.properties.map(\.jsonKey), ["at"])
        XCTAssertEqual(model.type("PingPutWebhookPayload")?.kind, .alias(.data))
        XCTAssertTrue(model.type("NewPetWebhookPayload")?.doc?.contains("webhook `newPet` (POST") ?? false)
        XCTAssertEqual(model.endpoints, [], "webhooks are not client methods")
    }

    func testDefsReferencesNullabilityConstAndReferenceDescriptions() throws {
        let model = try model(##"""
            {"Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
             "S": {"type": "object", "required": ["kind", "note", "owner"],
                   "properties": {"kind": {"const": "s"}, "note": {"type": ["string", "null"]},
                                  "owner": {"$ref": "#/components/schemas/Owner", "description": "Who."},
                                  "tags": {"$ref": "#/components/schemas/S/$defs/Tags"},
                                  "boss": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}},
                   "$defs": {"Tags": {"type": "array", "items": {"type": "string"}}}}}
            """##)
        let s = try XCTUnwrap(model.type("S"))
        XCTAssertEqual(s.property("kind")?.type, .named("S.Kind"))
        XCTAssertEqual(s.nestedType("Kind")?.enumDecl?.cases.map(\.name), ["s"])
        XCTAssertEqual(s.property("note")?.type, .optional(.string))
        XCTAssertEqual(s.property("note")?.isRequired, true)
        XCTAssertEqual(s.property("owner")?.type, .named("Owner"))
        XCTAssertEqual(s.property("owner")?.doc, "Who.")
        XCTAssertEqual(s.property("tags")?.type, .optional(.array(.string)))
        XCTAssertEqual(s.property("boss")?.type, .optional(.named("Owner")))
    }

    func testWebhookDocumentFromTheCorpusShapeGenerates() {
        let text = ##"""
            {"openapi": "3.1.0", "info": {"title": "Webhook Example", "version": "1.0.0"},
             "webhooks": {"newPet": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                                              "responses": {"200": {"description": "ok"}}}}},
             "components": {"schemas": {"Pet": {"required": ["id"], "properties": {"id": {"type": "integer", "format": "int64"}}}}}}
            """##
        let result = Stages.generate(text)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(result.file("Types.swift").contains("public typealias NewPetWebhookPayload = Pet"))
    }
}
