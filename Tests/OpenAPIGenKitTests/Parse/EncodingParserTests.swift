import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The `encoding` of a media type is read per property; a wrong kind is an error at its pointer.
final class EncodingParserTests: XCTestCase {
    func testEncodingIsReadPerProperty() throws {
        let paths = #"{"/x": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}, "encoding": {"a": {"contentType": "image/png"}, "b": {"style": "deepObject", "explode": false}}}}}, "responses": {"204": {"description": "ok"}}}}}"#
        let (document, diagnostics) = Stages.parse(Fixture.spec(paths: paths))
        XCTAssertEqual(diagnostics, [])
        guard case .value(let body)? = document?.operations.first?.requestBody else { return XCTFail("expected a body") }
        XCTAssertEqual(body.content.first?.encoding, [
            "a": PropertyEncoding(contentType: "image/png", style: nil, explode: nil),
            "b": PropertyEncoding(contentType: nil, style: "deepObject", explode: false),
        ])
    }

    func testAnEncodingThatIsNotAnObjectIsAnError() {
        let paths = #"{"/x": {"post": {"requestBody": {"content": {"multipart/form-data": {"encoding": {"a": 1}}}}, "responses": {"204": {"description": "ok"}}}}}"#
        let (_, diagnostics) = Stages.parse(Fixture.spec(paths: paths))
        XCTAssertEqual(diagnostics.map(\.pointer?.description), ["#/paths/~1x/post/requestBody/content/multipart~1form-data/encoding/a"])
    }
}
