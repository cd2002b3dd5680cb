import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `HTTPHeaderField`, `HTTPRequest` and `HTTPResponse`: header names keep their spelling and compare case-insensitively.
final class HTTPMessagesTests: XCTestCase {
    func testLookupsIgnoreCaseAndReturnTheFirstField() {
        let response = HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "X-Id", value: "1"), HTTPHeaderField(name: "x-id", value: "2")])
        XCTAssertEqual(response.value(forHeader: "X-ID"), "1")
        XCTAssertNil(response.value(forHeader: "X-Other"))
        XCTAssertEqual(response.body, Data())
    }

    func testReplacingRemovesEveryFieldOfThatName() {
        var fields = [HTTPHeaderField(name: "accept", value: "a"), HTTPHeaderField(name: "Other", value: "o"), HTTPHeaderField(name: "ACCEPT", value: "b")]
        HTTPHeaderField.replaceValue(in: &fields, named: "Accept", with: "c")
        XCTAssertEqual(fields, [HTTPHeaderField(name: "Other", value: "o"), HTTPHeaderField(name: "Accept", value: "c")])
        let request = HTTPRequest(method: "GET", url: URL(string: "https://a.example")!, headerFields: fields)
        XCTAssertEqual(request.value(forHeader: "accept"), "c")
        XCTAssertNil(request.body)
    }
}
