import XCTest
@testable import OpenAPIGenKit

/// `APIDiff` on small specs: each kind of change, its impact, and the order of the report.
final class APIDiffTests: XCTestCase {
    private func model(schemas: String, paths: String = "{}", file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas, paths: paths))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    private let ok = ##"{"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}"##

    func testNoChanges() throws {
        let schemas = ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##
        XCTAssertEqual(APIDiff.compare(old: try model(schemas: schemas), new: try model(schemas: schemas)), [])
    }

    func testPropertiesAndCases() throws {
        let old = try model(schemas: ##"""
            {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "age": {"type": "integer"}, "tag": {"type": "string"}}},
             "Kind": {"type": "string", "enum": ["cat", "dog"]}}
            """##)
        let new = try model(schemas: ##"""
            {"Pet": {"type": "object", "required": ["name", "owner"], "properties": {"name": {"type": "string"}, "age": {"type": "string"}, "owner": {"type": "string"}, "color": {"type": "string"}}},
             "Kind": {"type": "string", "enum": ["cat", "bird"]}}
            """##)
        XCTAssertEqual(APIDiff.compare(old: old, new: new).map(\.description), [
            #"breaking: Kind.bird: a new case; exhaustive `switch` statements over Kind must handle it — schema 'Kind', enum value "bird" [#/components/schemas/Kind/enum/1]"#,
            #"breaking: Kind.dog: the case was removed — schema 'Kind', enum value "dog" [old: #/components/schemas/Kind/enum/1]"#,
            "breaking: Pet.age: the type changed from Swift.Int? to Swift.String? — schema 'Pet', property 'age' [#/components/schemas/Pet/properties/age]",
            "breaking: Pet.owner: a new required property (Swift.String); `init` needs it — schema 'Pet', property 'owner' [#/components/schemas/Pet/properties/owner]",
            "breaking: Pet.tag: the property was removed — schema 'Pet', property 'tag' [old: #/components/schemas/Pet/properties/tag]",
            "additive: Pet.color: a new optional property (Swift.String?) — schema 'Pet', property 'color' [#/components/schemas/Pet/properties/color]",
        ])
    }

    func testEndpoints() throws {
        let schemas = ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##
        let old = try model(schemas: schemas, paths: ##"""
            {"/pets": {"get": {"operationId": "listPets", "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}], "responses": {"200": \##(ok)}}},
             "/pets/{id}": {"delete": {"operationId": "deletePet", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "gone"}}}}}
            """##)
        let new = try model(schemas: schemas, paths: ##"""
            {"/pets": {"get": {"operationId": "listPets", "parameters": [
                {"name": "limit", "in": "query", "required": true, "schema": {"type": "integer"}},
                {"name": "cursor", "in": "query", "schema": {"type": "string"}}], "responses": {"200": \##(ok)}},
                "post": {"operationId": "addPet", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}, "responses": {"201": \##(ok)}}}}
            """##)
        XCTAssertEqual(APIDiff.compare(old: old, new: new).map(\.description), [
            "breaking: Client.deletePet: the method was removed (DELETE /pets/{id}) — operation 'deletePet' (DELETE /pets/{id}) [old: #/paths/~1pets~1{id}/delete]",
            "breaking: Client.listPets: the argument 'limit' is now required — operation 'listPets' (GET /pets), query parameter 'limit' [#/paths/~1pets/get/parameters/0]",
            "additive: Client.addPet: a new method (POST /pets) — operation 'addPet' (POST /pets) [#/paths/~1pets/post]",
            "additive: Client.listPets: an optional argument 'cursor' was added (query parameter 'cursor') — operation 'listPets' (GET /pets), query parameter 'cursor' [#/paths/~1pets/get/parameters/1]",
        ])
    }

    func testTypeKindChangesAndRemovals() throws {
        let old = try model(schemas: ##"{"A": {"type": "string", "enum": ["x"]}, "B": {"type": "object", "properties": {"v": {"type": "string"}}}}"##)
        let new = try model(schemas: ##"{"A": {"type": "object", "properties": {"v": {"type": "string"}}}}"##)
        XCTAssertEqual(APIDiff.compare(old: old, new: new).map(\.description), [
            "breaking: A: the enum is now a struct — schema 'A' [#/components/schemas/A]",
            "breaking: B: the struct was removed — schema 'B' [old: #/components/schemas/B]",
        ])
    }

    func testResponseEnumCases() throws {
        let schemas = ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##
        let old = try model(schemas: schemas, paths: ##"""
            {"/pets": {"post": {"operationId": "addPet", "responses": {"201": \##(ok), "202": {"description": "queued", "content": {"application/json": {"schema": {"type": "string"}}}}}}}}
            """##)
        let new = try model(schemas: schemas, paths: ##"""
            {"/pets": {"post": {"operationId": "addPet", "responses": {"201": \##(ok), "202": {"description": "queued", "content": {"application/json": {"schema": {"type": "integer"}}}}, "204": {"description": "none"}}}}}
            """##)
        XCTAssertEqual(APIDiff.compare(old: old, new: new).map(\.description), [
            "breaking: AddPetResponse.accepted: the associated value changed from Swift.String to Swift.Int — operation 'addPet' (POST /pets), response 202 [#/paths/~1pets/post/responses/202]",
            "breaking: AddPetResponse.noContent: a new case (status 204); exhaustive `switch` statements over AddPetResponse must handle it — operation 'addPet' (POST /pets), response 204 [#/paths/~1pets/post/responses/204]",
        ])
    }
}

