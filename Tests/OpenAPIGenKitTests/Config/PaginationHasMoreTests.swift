import Foundation
@testable import OpenAPIGenKit
import XCTest

/// Cursor walks stop on the response's "has more" flag: configured with `hasMore`, or found by its common names.
final class PaginationHasMoreTests: XCTestCase {
    private func generate(page: String, rule: String) -> GenerationResult {
        let spec = Fixture.spec(schemas: ##"{"Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}}, "next": {"type": "string"}, \##(page)}}}"##, paths: ##"""
            {"/things": {"get": {"operationId": "listThings", "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer"}}, {"name": "after", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}}
            """##)
        let config = ##"{"pagination": {"listThings": {"style": "cursor", "cursor": "after", "nextCursor": "next", \##(rule)"items": "items"}}}"##
        return Pipeline.generate([SpecSource(displayPath: "api.json", data: Data(spec.utf8))], configSource: SpecSource(displayPath: "openapi-gen.json", data: Data(config.utf8)))
    }

    private func client(_ result: GenerationResult) -> [String] {
        trimmedLines(result.files.first { $0.name == "Client.swift" }?.contents ?? "")
    }

    func testCommonNamesAreFound() {
        let result = generate(page: ##""has_more": {"type": "boolean"}"##, rule: "")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(client(result).contains("return ((page.items ?? []), page.hasMore == false ? nil : page.next)"), client(result).joined(separator: "\n"))
    }

    func testConfiguredPath() {
        let result = generate(page: ##""meta": {"type": "object", "properties": {"more": {"type": "boolean"}}}"##, rule: ##""hasMore": "meta.more", "##)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(client(result).contains("return ((page.items ?? []), page.meta?.more == false ? nil : page.next)"))
    }

    func testNoFlagKeepsTheCursorRule() {
        let result = generate(page: ##""total": {"type": "integer"}"##, rule: "")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(client(result).contains("return ((page.items ?? []), page.next)"))
    }

    func testAConfiguredPathThatIsNotABooleanIsAnError() {
        let result = generate(page: ##""more": {"type": "string"}"##, rule: ##""hasMore": "more", "##)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cannot page 'listThings': its response has no boolean at 'more'"])
    }
}
