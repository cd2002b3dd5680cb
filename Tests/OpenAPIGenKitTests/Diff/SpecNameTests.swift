import XCTest
@testable import OpenAPIGenKit

/// `SpecName`: what the spec calls a node, read from its pointer, and the names of operations and parameters.
final class SpecNameTests: XCTestCase {
    private func name(_ fragment: String) throws -> String {
        SpecName.of(try XCTUnwrap(JSONPointer(fragment: fragment)))
    }

    func testSchemasAndTheirMembers() throws {
        XCTAssertEqual(try name("#/components/schemas/Branch"), "schema 'Branch'")
        XCTAssertEqual(try name("#/components/schemas/Branch/properties/parent_id"), "schema 'Branch', property 'parent_id'")
        XCTAssertEqual(try name("#/components/schemas/Dog/allOf/1/properties/name"), "schema 'Dog', allOf[1], property 'name'")
        XCTAssertEqual(try name("#/components/schemas/Task/properties/status/enum/2"), "schema 'Task', property 'status', enum[2]")
        XCTAssertEqual(try name("#/components/schemas/Pet/oneOf/0"), "schema 'Pet', oneOf[0]")
        XCTAssertEqual(try name("#/components/schemas/Tags/items/additionalProperties"), "schema 'Tags', items, additionalProperties")
        // A property called `properties` is a name, not a keyword.
        XCTAssertEqual(try name("#/components/schemas/Meta/properties/properties/properties/x"), "schema 'Meta', property 'properties', property 'x'")
    }

    func testOperationsAndTheirParts() throws {
        XCTAssertEqual(
            try name("#/paths/~1clusters~1{clusterId}/get/responses/200/content/application~1json/schema/properties/items/items"),
            "GET /clusters/{clusterId}, response 200 (application/json), property 'items', items"
        )
        XCTAssertEqual(
            try name("#/paths/~1clusters/post/requestBody/content/application~1json/schema"),
            "POST /clusters, request body (application/json)"
        )
        XCTAssertEqual(try name("#/paths/~1clusters/get/parameters/0/schema"), "GET /clusters, parameter 0")
        XCTAssertEqual(try name("#/paths/~1clusters/parameters/1"), "path /clusters, parameter 1")
        XCTAssertEqual(try name("#/webhooks/newPet/post/requestBody"), "webhook 'newPet' POST, request body")
    }

    func testOtherComponents() throws {
        XCTAssertEqual(try name("#/components/parameters/limit/schema"), "parameter 'limit'")
        XCTAssertEqual(try name("#/components/requestBodies/NewPet/content/application~1json/schema"), "request body 'NewPet' (application/json)")
        XCTAssertEqual(try name("#/components/responses/NotFound/headers/X-Rate-Limit"), "response 'NotFound', header 'X-Rate-Limit'")
        XCTAssertEqual(try name("#"), "the document")
        XCTAssertEqual(try name("#/components"), "components")
        XCTAssertEqual(try name("#/paths"), "paths")
    }

    func testHostileNamesStayOnOneShortLine() throws {
        XCTAssertEqual(SpecName.of(JSONPointer(["components", "schemas", "A\nB\u{0}"])), #"schema 'A\u{A}B\u{0}'"#)
        let long = SpecName.of(JSONPointer(["components", "schemas", String(repeating: "x", count: 10_000)]))
        XCTAssertLessThan(long.count, 300)
        XCTAssertTrue(long.contains("…"), long)
    }

    func testEndpointsAndParameters() throws {
        let (model, _) = Stages.lower(Fixture.spec(paths: ##"""
            {"/clusters": {"get": {"operationId": "clustersGet", "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}], "responses": {"204": {"description": "ok"}}},
                           "delete": {"responses": {"204": {"description": "ok"}}}}}
            """##))
        let endpoints = try XCTUnwrap(model).endpoints
        XCTAssertEqual(endpoints.map(SpecName.of), ["operation 'clustersGet' (GET /clusters)", "DELETE /clusters"])
        XCTAssertEqual(endpoints.first?.parameters.map(SpecName.of), ["query parameter 'limit'"])
    }
}
