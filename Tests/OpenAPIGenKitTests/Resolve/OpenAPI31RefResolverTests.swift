import XCTest
@testable import OpenAPIGenKit

/// OpenAPI 3.1 Reference Objects: a `description` next to a `$ref` to a parameter, request body or response
/// replaces the target's; 3.0 documents keep the target's.
final class OpenAPI31RefResolverTests: XCTestCase {
    private static let paths = ##"""
        {"/a": {"post": {"operationId": "a",
          "parameters": [{"$ref": "#/components/parameters/Limit", "description": "At most this many.", "summary": "Limit"}],
          "requestBody": {"$ref": "#/components/requestBodies/Body", "description": "The new thing."},
          "responses": {"200": {"$ref": "#/components/responses/Ok", "description": "Created here."}, "404": {"$ref": "#/components/responses/Ok"}}}}}
        """##
    private static let components = ##"""
        "parameters": {"Limit": {"name": "limit", "in": "query", "description": "A limit.", "schema": {"type": "integer"}}},
        "requestBodies": {"Body": {"description": "A body.", "content": {"application/json": {"schema": {"type": "string"}}}}},
        "responses": {"Ok": {"description": "Fine."}}
        """##

    func testDescriptionNextToAReferenceReplacesTheTargetsIn31() throws {
        let (document, diagnostics) = Stages.resolve(OpenAPI31Fixture.spec(paths: Self.paths, components: Self.components))
        XCTAssertEqual(diagnostics, [])
        let operation = try XCTUnwrap(document?.operation("a"))
        XCTAssertEqual(operation.parameters.map(\.description), ["At most this many."])
        XCTAssertEqual(operation.requestBody?.description, "The new thing.")
        XCTAssertEqual(operation.responses.map(\.response.description), ["Created here.", "Fine."])
    }

    func testOpenAPI30KeepsTheTargetsDescription() throws {
        let (document, diagnostics) = Stages.resolve(Fixture.spec(paths: Self.paths, components: Self.components))
        XCTAssertEqual(diagnostics, [])
        let operation = try XCTUnwrap(document?.operation("a"))
        XCTAssertEqual(operation.parameters.map(\.description), ["A limit."])
        XCTAssertEqual(operation.requestBody?.description, "A body.")
        XCTAssertEqual(operation.responses.map(\.response.description), ["Fine.", "Fine."])
    }
}
