import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `RequestBuilder`: parameters as text, percent-encoding by position, headers, cookies and bodies.
final class RequestBuilderTests: XCTestCase {
    private enum Color: String { case red, dark = "dark blue" }

    func testParameterValuesAsText() throws {
        XCTAssertEqual(RequestBuilder.parameterString("a b"), "a b")
        XCTAssertEqual(RequestBuilder.parameterString(42), "42")
        XCTAssertEqual(RequestBuilder.parameterString(1.5), "1.5")
        XCTAssertEqual(RequestBuilder.parameterString(true), "true")
        XCTAssertEqual(RequestBuilder.parameterString(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(RequestBuilder.parameterString(OpenAPIDate(year: 2024, month: 1, day: 2)), "2024-01-02")
        XCTAssertEqual(RequestBuilder.parameterString(try XCTUnwrap(UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"))), "e621e1f8-c36c-495a-93fc-0c247a3e6e5f")
    }

    func testPathParametersStayOneSegment() {
        var builder = RequestBuilder(method: "GET", operationID: "op")
        builder.appendPath("/files/")
        builder.appendPathParameter("../admin")
        builder.appendPath("/")
        builder.appendPathParameter([Color.red, .dark])
        XCTAssertEqual(builder.path, "/files/%2E%2E%2Fadmin/red,dark%20blue")
        XCTAssertEqual(RequestBuilder.encodePathSegment("a.b"), "a.b")
        XCTAssertEqual(RequestBuilder.encodePathSegment("é"), "%C3%A9")
    }

    func testQueryItems() {
        var builder = RequestBuilder(method: "GET", operationID: "op")
        builder.appendQuery("q", "a&b=c")
        builder.appendQuery("none", nil as String?)
        builder.appendQuery("tag", [1, 2], explode: true)
        builder.appendQuery("ids", ["x", "y"], explode: false, delimiter: "|")
        builder.appendQuery("color", Color.dark)
        builder.appendQueryObject("f", ["min": 1], style: .deepObject, explode: true)
        XCTAssertEqual(builder.queryItems, ["q=a%26b%3Dc", "tag=1", "tag=2", "ids=x%7Cy", "color=dark%20blue", "f%5Bmin%5D=1"])
        XCTAssertNil(builder.encodingFailure)
    }

    func testHeadersCookiesAndBodies() throws {
        var builder = RequestBuilder(method: "POST", operationID: "op")
        builder.setHeader("X-Count", 3)
        builder.setHeader("x-count", [4, 5])
        builder.appendCookie("session", "a b")
        builder.appendCookie("flavors", [Color.red, .dark])
        builder.accept("application/json")
        builder.setJSONBody(["b": 2, "a": 1])
        XCTAssertEqual(builder.headerFields.map { "\($0.name): \($0.value)" }, [
            "x-count: 4,5", "Cookie: session=a%20b; flavors=red%2Cdark%20blue", "Accept: application/json", "Content-Type: application/json",
        ])
        guard case .data(let data) = builder.body else { return XCTFail("expected a body") }
        XCTAssertEqual(try JSONDecoder().decode([String: Int].self, from: data), ["a": 1, "b": 2])
    }

    func testABodyThatCannotBeEncodedIsRecorded() {
        var builder = RequestBuilder(method: "POST", operationID: "op")
        builder.setJSONBody(["x": Double.nan])
        guard case .encodingFailed(let reason) = builder.body else { return XCTFail("expected an encoding failure") }
        XCTAssertTrue(reason.hasPrefix("The value at x is invalid: "), reason)
    }
}
