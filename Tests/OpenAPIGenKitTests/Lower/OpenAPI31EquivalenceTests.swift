import XCTest
@testable import OpenAPIGenKit

/// A 3.0 document and its 3.1 spelling (`nullable` → a `type` array or a null branch, `example` → `examples`,
/// `allOf: [$ref]` decorators → `$ref` siblings, `format: byte`/`binary` → `contentEncoding`/`contentMediaType`,
/// boolean exclusive bounds → numbers) generate the same Swift.
final class OpenAPI31EquivalenceTests: XCTestCase {
    private static let paths = ##"""
        {"/pets/{id}": {"get": {"operationId": "getPet", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}},
          "put": {"operationId": "putPhoto", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "responses": {"204": {"description": "stored"}}}}}
        """##

    private static let schemas30 = ##"""
        {"Pet": {"type": "object", "required": ["name", "nickname"], "example": {"name": "Tom", "nickname": null},
                 "properties": {"name": {"type": "string"}, "nickname": {"type": "string", "nullable": true},
                                "age": {"type": "integer", "minimum": 0, "exclusiveMinimum": true},
                                "owner": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "description": "Who feeds it."},
                                "vet": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": true},
                                "photo": {"type": "string", "format": "byte"},
                                "status": {"type": "string", "enum": ["a", "b", null], "nullable": true}}},
         "Owner": {"type": "object", "properties": {"name": {"type": "string"}}}}
        """##

    private static let schemas31 = ##"""
        {"Pet": {"type": "object", "required": ["name", "nickname"], "examples": [{"name": "Tom", "nickname": null}],
                 "properties": {"name": {"type": "string"}, "nickname": {"type": ["string", "null"]},
                                "age": {"type": "integer", "exclusiveMinimum": 0},
                                "owner": {"$ref": "#/components/schemas/Owner", "description": "Who feeds it."},
                                "vet": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                                "photo": {"type": "string", "contentEncoding": "base64"},
                                "status": {"type": ["string", "null"], "enum": ["a", "b", null]}}},
         "Owner": {"type": "object", "properties": {"name": {"type": "string"}}}}
        """##

    func testThe31SpellingGeneratesTheSameSwift() {
        let old = Stages.generate(Fixture.spec(schemas: Self.schemas30, paths: Self.paths))
        let new = Stages.generate(OpenAPI31Fixture.spec(schemas: Self.schemas31, paths: Self.paths.replacingOccurrences(of: #""format": "binary""#, with: #""contentMediaType": "image/png""#)))
        XCTAssertEqual(old.diagnostics, [])
        XCTAssertEqual(new.diagnostics, [])
        XCTAssertEqual(new.files.map(\.name), Pipeline.outputFileNames)
        for (a, b) in zip(old.files, new.files) {
            XCTAssertEqual(a.contents, b.contents, a.name)
        }
    }
}
