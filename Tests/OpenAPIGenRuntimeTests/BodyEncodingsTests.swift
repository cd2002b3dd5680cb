import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `BodyEncodings`: text in a media type's charset, form bodies by `encoding`, and the body setters of
/// `RequestBuilder` that use them.
final class BodyEncodingsTests: XCTestCase {
    private struct Form: Encodable {
        var name: String
        var tags: [String]
        var filter: [String: Int]
        var colors: [String]
        var none: String?
    }

    func testCharsetIsReadFromTheMediaType() {
        XCTAssertEqual(BodyEncodings.charset(of: "text/plain; charset=\"ISO-8859-1\""), "iso-8859-1")
        XCTAssertEqual(BodyEncodings.charset(of: "text/csv;foo=bar; charset=utf-16le"), "utf-16le")
        XCTAssertNil(BodyEncodings.charset(of: "text/plain"))
    }

    func testTextIsEncodedInItsCharset() throws {
        XCTAssertEqual(try BodyEncodings.textData("é", contentType: "text/plain").get(), Data([0xC3, 0xA9]))
        XCTAssertEqual(try BodyEncodings.textData("é", contentType: "text/plain; charset=latin1").get(), Data([0xE9]))
        XCTAssertEqual(try BodyEncodings.textData("A", contentType: "text/plain; charset=utf-16be").get(), Data([0x00, 0x41]))
        XCTAssertThrowsError(try BodyEncodings.textData("☃", contentType: "text/plain; charset=us-ascii").get())
        XCTAssertThrowsError(try BodyEncodings.textData("a", contentType: "text/plain; charset=klingon").get())
    }

    func testFormFieldsFollowTheirEncoding() throws {
        let form = Form(name: "A B", tags: ["x", "y"], filter: ["max": 2, "min": 1], colors: ["r", "g"], none: nil)
        let data = try BodyEncodings.formData(form, encodings: [
            "filter": .init(style: .deepObject, explode: true),
            "colors": .init(style: .form, explode: false),
        ]).get()
        XCTAssertEqual(
            String(decoding: data, as: UTF8.self),
            "colors=r%2Cg&filter%5Bmax%5D=2&filter%5Bmin%5D=1&name=A%20B&tags=x&tags=y"
        )
        XCTAssertEqual(String(decoding: try BodyEncodings.formData(["filter": ["a": 1]], encodings: [:]).get(), as: UTF8.self), "a=1")
        XCTAssertThrowsError(try BodyEncodings.formData(["not", "an", "object"], encodings: [:]).get())
    }

    func testBuilderSettersSetTheContentType() {
        var builder = RequestBuilder(method: "POST", operationID: "op")
        builder.setJSONBody(["a": 1], contentType: "application/merge-patch+json")
        XCTAssertEqual(builder.headerFields, [HTTPHeaderField(name: "Content-Type", value: "application/merge-patch+json")])
        builder.setTextBody("snow ☃", contentType: "text/plain; charset=us-ascii")
        guard case .encodingFailed = builder.body else { return XCTFail("expected a failure") }
        builder.setFormBody(["a": "b"], contentType: "application/x-www-form-urlencoded")
        guard case .data(let data) = builder.body else { return XCTFail("expected bytes") }
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "a=b")
        builder.setBody(.file(URL(fileURLWithPath: "/tmp/x")), contentType: "image/png")
        XCTAssertEqual(builder.headerFields, [HTTPHeaderField(name: "Content-Type", value: "image/png")])
        guard case .content(.file) = builder.body else { return XCTFail("expected a file") }
    }
}
