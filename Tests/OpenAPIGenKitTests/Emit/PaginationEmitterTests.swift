import Foundation
@testable import OpenAPIGenKit
import XCTest

/// How `PaginationEmitter` spells the model's property paths on `page`: optional chaining after each optional
/// property, `?? []` for items that may be missing, and the plain path in doc comments.
final class PaginationEmitterTests: XCTestCase {
    private func path(_ steps: (String, Bool)...) -> PropertyPath {
        PropertyPath(steps.map { PropertyPath.Segment(swiftName: $0.0, isOptional: $0.1) })
    }

    func testPathsChainAfterOptionalProperties() {
        XCTAssertEqual(PaginationEmitter.expression(path()), "page")
        XCTAssertEqual(PaginationEmitter.expression(path(("data", false))), "page.data")
        XCTAssertEqual(PaginationEmitter.expression(path(("links", true), ("next", true))), "page.links?.next")
        XCTAssertEqual(PaginationEmitter.expression(path(("meta", false), ("cursor", true), ("next", false))), "page.meta.cursor?.next")
        XCTAssertEqual(PaginationEmitter.expression(path(("links", true), ("next", true)), chained: false), "page.links.next")
    }

    func testItemsThatMayBeMissingDefaultToAnEmptyArray() {
        XCTAssertEqual(PaginationEmitter.items(path()), "page")
        XCTAssertEqual(PaginationEmitter.items(path(("data", false))), "page.data")
        XCTAssertEqual(PaginationEmitter.items(path(("items", true))), "(page.items ?? [])")
        XCTAssertEqual(PaginationEmitter.items(path(("page", true), ("items", false))), "(page.page?.items ?? [])")
    }

    func testTheLinkDocNamesThePathWithoutChaining() {
        let walk = Pagination(
            methodName: "listPages", limitArgument: "limit", limitType: .int,
            style: .link(nextLink: path(("links", true), ("next", true))), items: path(("data", false)), itemType: .string
        )
        XCTAssertTrue(walk.linkDoc.hasPrefix(" or when the response has no next link (`page.links.next`)"), walk.linkDoc)
        var header = walk
        header.style = .link(nextLink: nil)
        XCTAssertTrue(header.linkDoc.hasPrefix(" or when the response's `Link` header has no `rel=\"next\"` link"), header.linkDoc)
    }
}
