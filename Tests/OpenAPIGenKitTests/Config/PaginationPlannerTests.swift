import Foundation
@testable import OpenAPIGenKit
import XCTest

/// `PaginationPlanner` in the model: where the items, the next cursor and the "has more" flag are, as typed
/// property paths whose optional steps say where a page may stop at `nil`.
final class PaginationPlannerTests: XCTestCase {
    private func pagination(_ rule: PaginationRule, file: StaticString = #filePath, line: UInt = #line) throws -> Pagination {
        let spec = Fixture.spec(schemas: ##"""
            {"Page": {"type": "object", "required": ["data", "meta"], "properties": {
                "data": {"type": "array", "items": {"type": "string"}},
                "meta": {"type": "object", "required": ["cursor"], "properties": {
                    "cursor": {"type": "object", "properties": {"next": {"type": "string"}}},
                    "more": {"type": "boolean"}}},
                "page": {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"type": "integer"}}}}}}}
            """##, paths: ##"""
            {"/things": {"get": {"operationId": "listThings", "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer"}}, {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                {"name": "after", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}}
            """##)
        let model = try XCTUnwrap(Stages.lower(spec).model, file: file, line: line)
        var diagnostics = DiagnosticBag()
        let planned = PaginationPlanner.apply(["listThings": rule], to: model, configFile: "openapi-gen.json", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.all, [], file: file, line: line)
        return try XCTUnwrap(planned.endpoints.first?.pagination, file: file, line: line)
    }

    private func segment(_ name: String, optional: Bool) -> PropertyPath.Segment {
        PropertyPath.Segment(swiftName: name, isOptional: optional)
    }

    func testRequiredItemsArePlainAndAnOptionalStepMakesThePathOptional() throws {
        let plain = try pagination(PaginationRule(style: .offset, limit: "limit", offset: "offset", cursor: nil, nextCursor: nil, items: "data"))
        XCTAssertEqual(plain.items, PropertyPath([segment("data", optional: false)]))
        XCTAssertFalse(plain.items.isOptional)
        XCTAssertEqual(plain.itemType, .string)
        XCTAssertEqual(plain.style, .offset(offsetArgument: "offset"))
        let nested = try pagination(PaginationRule(style: .offset, limit: "limit", offset: "offset", cursor: nil, nextCursor: nil, items: "page.items"))
        XCTAssertEqual(nested.items, PropertyPath([segment("page", optional: true), segment("items", optional: false)]))
        XCTAssertTrue(nested.items.isOptional, "the page object may be missing, so the items may be nil")
        XCTAssertEqual(nested.itemType, .int)
    }

    func testCursorAndHasMoreAreTypedPaths() throws {
        var rule = PaginationRule(style: .cursor, limit: "limit", offset: nil, cursor: "after", nextCursor: "meta.cursor.next", items: "data")
        rule.hasMore = "meta.more"
        let walk = try pagination(rule)
        XCTAssertEqual(walk.style, .cursor(cursorArgument: "after", nextCursor: PropertyPath([
            segment("meta", optional: false), segment("cursor", optional: false), segment("next", optional: true),
        ])))
        XCTAssertEqual(walk.hasMore, PropertyPath([segment("meta", optional: false), segment("more", optional: true)]))
    }

    // MARK: - Next links

    /// The pagination detected (no config) for `listThings`, whose 200 body is `body` and whose `per_page` query
    /// parameter is the page size; `headers` is a response `headers` member followed by a comma, or empty.
    private func detected(schemas: String, body: String, headers: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> Pagination? {
        let spec = Fixture.spec(schemas: schemas, paths: ##"""
            {"/things": {"get": {"operationId": "listThings", "parameters": [{"name": "per_page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", \##(headers)"content": {"application/json": {"schema": \##(body)}}}}}}}
            """##)
        let model = try XCTUnwrap(Stages.lower(spec).model, file: file, line: line)
        var diagnostics = DiagnosticBag()
        let planned = PaginationPlanner.apply([:], to: model, configFile: "openapi-gen.json", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.all, [], file: file, line: line)
        return planned.endpoints.first?.pagination
    }

    func testDetectedNextLinksAreTypedPaths() throws {
        let links = try XCTUnwrap(detected(schemas: ##"""
            {"Page": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"type": "string"}},
                "links": {"type": "object", "properties": {"next": {"type": "string"}, "prev": {"type": "string"}}}}}}
            """##, body: ##"{"$ref": "#/components/schemas/Page"}"##))
        XCTAssertEqual(links.methodName, "listThingsPages")
        XCTAssertEqual(links.limitArgument, "perPage")
        XCTAssertEqual(links.items, PropertyPath([segment("data", optional: false)]))
        XCTAssertEqual(links.style, .link(nextLink: PropertyPath([segment("links", optional: true), segment("next", optional: true)])))
        XCTAssertNil(links.hasMore)

        let hal = try XCTUnwrap(detected(schemas: ##"""
            {"Page": {"type": "object", "required": ["_links"], "properties": {"items": {"type": "array", "items": {"type": "integer"}},
                "_links": {"type": "object", "required": ["next"], "properties": {"next": {"type": "object", "required": ["href"], "properties": {"href": {"type": "string"}}}}}}}}
            """##, body: ##"{"$ref": "#/components/schemas/Page"}"##))
        XCTAssertEqual(hal.items, PropertyPath([segment("items", optional: true)]))
        XCTAssertEqual(hal.itemType, .int)
        XCTAssertEqual(hal.style, .link(nextLink: PropertyPath([segment("links", optional: false), segment("next", optional: false), segment("href", optional: false)])))
    }

    func testATopLevelArrayWithALinkHeaderPagesTheBodyItself() throws {
        let walk = try XCTUnwrap(detected(
            schemas: ##"{"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}"##,
            body: ##"{"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}"##,
            headers: ##""headers": {"Link": {"schema": {"type": "string"}}}, "##
        ))
        XCTAssertEqual(walk.items, PropertyPath([]), "the items are the body itself")
        XCTAssertFalse(walk.items.isOptional)
        XCTAssertEqual(walk.itemType, .named("Thing"))
        XCTAssertEqual(walk.style, .link(nextLink: nil), "the Link header's rel=\"next\"")
    }

    func testALinkThatIsNotAStringIsNotDetected() throws {
        XCTAssertNil(try detected(schemas: ##"""
            {"Page": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "string"}}, "next_url": {"type": "integer"}}}}
            """##, body: ##"{"$ref": "#/components/schemas/Page"}"##))
    }
}
