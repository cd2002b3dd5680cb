import XCTest
@testable import OpenAPIGenKit

/// Lowering records where each member was written (`SpecPlace`), and the place never changes what a model equals.
final class SpecPlaceLoweringTests: XCTestCase {
    private func lower(schemas: String, paths: String = "{}") throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas, paths: paths, components: ##""parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}"##))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        return try XCTUnwrap(model)
    }

    private func decl(_ name: String, in model: APIModel) throws -> TypeDecl {
        try XCTUnwrap(model.types.byQualifiedName[name], name)
    }

    func testPropertiesPointAtTheirSchemaWhereverTheyWereWritten() throws {
        let model = try lower(schemas: ##"""
            {"Owner": {"type": "object", "properties": {"id": {"type": "string"}}},
             "Dog": {"allOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "object", "properties": {
                "owner": {"$ref": "#/components/schemas/Owner"}, "tags": {"type": "object", "additionalProperties": {"type": "string"}, "properties": {"a": {"type": "string"}}}}}]}}
            """##)
        guard case .structure(let properties) = try decl("Dog", in: model).kind else { return XCTFail("Dog is a struct") }
        XCTAssertEqual(properties.map(\.origin.pointer?.description), [
            "#/components/schemas/Owner/properties/id",
            "#/components/schemas/Dog/allOf/1/properties/owner",
            "#/components/schemas/Dog/allOf/1/properties/tags",
        ])
        guard case .structure(let tags) = try decl("Dog.Tags", in: model).kind else { return XCTFail("Dog.Tags is a struct") }
        XCTAssertEqual(tags.map(\.origin.pointer?.description), [
            "#/components/schemas/Dog/allOf/1/properties/tags/properties/a",
            "#/components/schemas/Dog/allOf/1/properties/tags/additionalProperties",
        ])
    }

    func testEnumValuesUnionVariantsOperationsAndParameters() throws {
        let model = try lower(
            schemas: ##"""
                {"Kind": {"type": "string", "enum": ["cat", "cat", "dog"]},
                 "Pet": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                 "Either": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}
                """##,
            paths: ##"{"/pets": {"get": {"operationId": "list", "parameters": [{"$ref": "#/components/parameters/Limit"}], "responses": {"204": {"description": "ok"}}}}}"##
        )
        guard case .enumeration(let kind) = try decl("Kind", in: model).kind else { return XCTFail("Kind is an enum") }
        XCTAssertEqual(kind.cases.map(\.origin.pointer?.description), ["#/components/schemas/Kind/enum/0", "#/components/schemas/Kind/enum/2"])
        guard case .oneOf(let pet) = try decl("Pet", in: model).kind else { return XCTFail("Pet is a oneOf") }
        XCTAssertEqual(pet.cases.map(\.origin.pointer?.description), ["#/components/schemas/Pet/oneOf/0", "#/components/schemas/Pet/oneOf/1"])
        guard case .anyOf(let any) = try decl("Either", in: model).kind else { return XCTFail("Either is an anyOf") }
        XCTAssertEqual(any.members.map(\.property.origin.pointer?.description), ["#/components/schemas/Either/anyOf/0", "#/components/schemas/Either/anyOf/1"])
        let endpoint = try XCTUnwrap(model.endpoints.first)
        XCTAssertEqual(endpoint.origin.pointer?.description, "#/paths/~1pets/get")
        XCTAssertEqual(endpoint.parameters.map(\.origin.pointer?.description), ["#/components/parameters/Limit"])
    }

    func testPlacesNeverTakePartInEquality() {
        XCTAssertEqual(SpecPlace(JSONPointer(["a"])), SpecPlace(JSONPointer(["b"])))
        XCTAssertEqual(SpecPlace(JSONPointer(["a"])).hashValue, SpecPlace().hashValue)
        var moved = EnumCase(name: "cat", rawValue: .string("cat"), origin: SpecPlace(JSONPointer(["x", "enum", "0"])))
        XCTAssertEqual(moved, EnumCase(name: "cat", rawValue: .string("cat")))
        moved.rawValue = .string("dog")
        XCTAssertNotEqual(moved, EnumCase(name: "cat", rawValue: .string("cat")))
    }
}
