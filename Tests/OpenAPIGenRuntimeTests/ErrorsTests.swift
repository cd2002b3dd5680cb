import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `APIError` and `ClientError` explain themselves without leaking header values.
final class ErrorsTests: XCTestCase {
    func testAPIErrorDescriptionHasThePrintableStartOfTheBody() {
        let error = APIError<JSONValue>(operationID: "getPet", statusCode: 404, headerFields: [], body: nil, rawBody: Data(#"{"message": "no pet"}"#.utf8))
        XCTAssertEqual(error.description, #"getPet failed with HTTP status 404: {"message": "no pet"}"#)
        let binary = APIError<JSONValue>(operationID: "getPet", statusCode: 500, headerFields: [], body: nil, rawBody: Data([0, 1, 2]))
        XCTAssertEqual(binary.description, "getPet failed with HTTP status 500")
    }

    func testClientErrorDescriptions() {
        XCTAssertEqual(ClientError.invalidServerURL("x").description, #"The server URL "x" is not an absolute URL such as "https://api.example.com/v1"."#)
        XCTAssertEqual(ClientError.invalidHeaderValue(name: "X-A").description, #"The header "X-A" contains CR, LF or NUL, so the request was not sent."#)
        XCTAssertEqual(
            ClientError.decodingFailed(operationID: "op", statusCode: 200, typeName: "Pet", codingPath: "a", description: "bad", rawBody: Data()).description,
            "op (HTTP 200): bad"
        )
    }
}
