import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Response `headers`: Header Objects, references to `components/headers`, `content` schemas, and errors.
final class HeaderParserTests: XCTestCase {
    func testHeadersAreParsedResolvedAndContentTypeIsLeftOut() throws {
        let (resolved, diagnostics) = Stages.resolve(Fixture.spec(paths: ##"""
            {"/h": {"get": {"operationId": "h", "responses": {"200": {"description": "a", "headers": {
                "X-A": {"$ref": "#/components/headers/A"},
                "X-B": {"description": "b", "required": true, "content": {"text/plain": {"schema": {"type": "integer"}}}},
                "Content-Type": {"schema": {"type": "string"}}}}}}}}
            """##, components: ##""headers": {"A": {"schema": {"type": "string"}}}"##))
        XCTAssertEqual(diagnostics, [])
        let headers = try XCTUnwrap(resolved?.operation("h")?.responses.first?.response.headers)
        XCTAssertEqual(headers.map(\.name), ["X-A", "X-B"])
        guard case .value(let b) = headers[1].header else { return XCTFail("not resolved") }
        XCTAssertEqual(b.description, "b")
        XCTAssertTrue(b.required)
        XCTAssertEqual(b.schema?.value?.type, "integer")
    }

    func testAHeaderReferenceThatDoesNotResolveIsAnError() {
        let (_, diagnostics) = Stages.resolve(Fixture.spec(paths: ##"""
            {"/h": {"get": {"operationId": "h", "responses": {"200": {"description": "a", "headers": {"X-A": {"$ref": "#/components/headers/Missing"}}}}}}}
            """##))
        XCTAssertEqual(diagnostics.errors.map(\.message), ["unresolved reference '#/components/headers/Missing'"])
    }
}
