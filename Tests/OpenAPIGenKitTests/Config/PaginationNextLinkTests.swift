import Foundation
@testable import OpenAPIGenKit
import XCTest

/// Next-link walks: detected from a `Link` response header or one known body field, configured with `nextLink` or
/// `linkHeader`, and left alone when the spec is ambiguous.
final class PaginationNextLinkTests: XCTestCase {
    private func generate(page: String, headers: String = "", config: String? = nil) -> GenerationResult {
        let spec = Fixture.spec(schemas: ##"{"Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}}, \##(page)}}}"##, paths: ##"""
            {"/things": {"get": {"operationId": "listThings", "parameters": [{"name": "per_page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", \##(headers)"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}}
            """##)
        return Pipeline.generate(
            [SpecSource(displayPath: "api.json", data: Data(spec.utf8))],
            configSource: config.map { SpecSource(displayPath: "openapi-gen.json", data: Data($0.utf8)) }
        )
    }

    private func client(_ result: GenerationResult) -> [String] {
        trimmedLines(result.files.first { $0.name == "Client.swift" }?.contents ?? "")
    }

    func testABodyLinkFieldIsDetected() {
        let result = generate(page: ##""links": {"type": "object", "properties": {"next": {"type": "string", "nullable": true}}}"##)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(client(result).contains("Paginator.linkItems(pageSize: pageSize) { pageLimit, pageLink in"), client(result).joined(separator: "\n"))
        XCTAssertTrue(client(result).contains("let read = { (page: Page) -> ([Swift.String], Swift.String?) in ((page.items ?? []), page.links?.next) }"))
    }

    func testADocumentedLinkHeaderIsDetected() {
        let result = generate(page: ##""total": {"type": "integer"}"##, headers: ##""headers": {"Link": {"schema": {"type": "string"}}}, "##)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(client(result).contains("return (read(try executor.decode(Page.self, from: response, operationID: \"listThings\")), WebLink.next(in: response.headerFields, relativeTo: pageURL))"))
    }

    func testBothWaysOrABareNextAreAmbiguousAndNotDetected() {
        let both = generate(page: ##""next_url": {"type": "string"}"##, headers: ##""headers": {"Link": {"schema": {"type": "string"}}}, "##)
        XCTAssertFalse(client(both).contains { $0.contains("Paginator.linkItems") })
        let bare = generate(page: ##""next": {"type": "string"}"##)
        XCTAssertFalse(client(bare).contains { $0.contains("Paginator.linkItems") })
    }

    func testConfiguredStylesAndTheirErrors() {
        let configured = generate(page: ##""next": {"type": "string"}"##, config: ##"{"pagination": {"listThings": {"style": "nextLink", "limit": "per_page", "next": "next"}}}"##)
        XCTAssertEqual(configured.diagnostics, [])
        XCTAssertTrue(client(configured).contains("let read = { (page: Page) -> ([Swift.String], Swift.String?) in ((page.items ?? []), page.next) }"))
        let header = generate(page: ##""next": {"type": "string"}"##, config: ##"{"pagination": {"listThings": {"style": "linkHeader", "limit": "per_page"}}}"##)
        XCTAssertEqual(header.diagnostics, [])
        XCTAssertTrue(client(header).contains { $0.contains("WebLink.next(in: response.headerFields, relativeTo: pageURL)") })
        let wrong = generate(page: ##""next": {"type": "integer"}"##, config: ##"{"pagination": {"listThings": {"style": "nextLink", "limit": "per_page", "next": "next"}}}"##)
        XCTAssertEqual(wrong.diagnostics.map(\.message), ["cannot page 'listThings': its response has no string at 'next'"])
        let missing = generate(page: ##""next": {"type": "string"}"##, config: ##"{"pagination": {"listThings": {"style": "nextLink", "limit": "per_page"}}}"##)
        XCTAssertEqual(missing.diagnostics.map(\.message), ["a nextLink pagination rule needs 'next' (the response field holding the next page's URL)"])
    }
}
