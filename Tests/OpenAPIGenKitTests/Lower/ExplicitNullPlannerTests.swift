import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Which properties get the three-state `OpenAPINullable<T>?`: optional and nullable ones of types a JSON
/// request body reaches; response-only types keep `T?`.
final class ExplicitNullPlannerTests: XCTestCase {
    func testOnlyOptionalNullablePropertiesOfRequestTypes() throws {
        let result = Stages.generate(Fixture.spec(schemas: ##"""
            {"Patch": {"type": "object", "required": ["must"], "properties": {
                "note": {"type": "string", "nullable": true},
                "must": {"type": "string", "nullable": true},
                "plain": {"type": "string"},
                "withDefault": {"type": "integer", "nullable": true, "default": 3},
                "inner": {"$ref": "#/components/schemas/Inner"}}},
             "Inner": {"type": "object", "properties": {"deep": {"type": "integer", "nullable": true}}},
             "Reply": {"type": "object", "properties": {"note": {"type": "string", "nullable": true}}}}
            """##, paths: ##"""
            {"/p": {"patch": {"operationId": "patch",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Patch"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reply"}}}}}}}}
            """##))
        XCTAssertEqual(result.diagnostics, [])
        let lines = trimmedLines(result.file("Types.swift"))
        for expected in [
            "public var note: OpenAPINullable<Swift.String>?",
            "public var must: Swift.String?",
            "public var plain: Swift.String?",
            "public var withDefault: Swift.Int?",
            "public var deep: OpenAPINullable<Swift.Int>?",
            #"self.note = try container.contains(OpenAPICodingKey("note")) ? container.decode(OpenAPINullable<Swift.String>.self, forKey: OpenAPICodingKey("note")) : nil"#,
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)`")
        }
        XCTAssertEqual(lines.filter { $0 == "public var note: Swift.String?" }.count, 1, "Reply, only received, keeps T?")
    }

    func testTheThreeStateTypeIsAModelValue() throws {
        let spec = Fixture.spec(schemas: ##"""
            {"Patch": {"type": "object", "properties": {
                "tags": {"type": "array", "items": {"type": "string"}, "nullable": true},
                "plain": {"type": "string"}}}}
            """##, paths: ##"""
            {"/p": {"patch": {"operationId": "patch",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Patch"}}}},
                "responses": {"204": {"description": "done"}}}}}
            """##)
        let model = ExplicitNullPlanner.apply(to: try XCTUnwrap(Stages.lower(spec).model))
        let properties = try XCTUnwrap(model.type("Patch")?.properties)
        XCTAssertEqual(properties.map(\.type), [.optional(.explicitNull(.array(.string))), .optional(.string)])
        XCTAssertEqual(properties.map(\.isExplicitNull), [true, false])
        XCTAssertEqual(TypeRef.optional(.explicitNull(.array(.string))).swift, "OpenAPINullable<[Swift.String]>?", "spelled only by TypeRef.swift")
    }
}
