import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `lowerRequestBody`: the body argument and encoding by media type, the multipart struct, form encodings, and
/// the enum of a body with several media types.
final class RequestBodyLoweringTests: XCTestCase {
    private func body(_ content: String, schemas: String = "{}", file: StaticString = #filePath, line: UInt = #line) throws -> EndpointBody {
        let paths = #"{"/x": {"post": {"operationId": "send", "requestBody": {"required": true, "content": \#(content)}, "responses": {"204": {"description": "ok"}}}}}"#
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas, paths: paths))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(model?.endpoint("send")?.body, file: file, line: line)
    }

    func testJSONMediaTypesKeepTheirExactContentType() throws {
        let patch = try body(#"{"application/merge-patch+json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}"#)
        XCTAssertEqual(patch.encoding, .json)
        XCTAssertTrue(patch.isJSON)
        XCTAssertEqual(patch.contentType, "application/merge-patch+json")
        XCTAssertEqual(patch.type, .named("SendRequest"))
    }

    func testTheBaseMediaTypeDropsParametersBlanksAndCase() {
        XCTAssertEqual(APIModelBuilder.baseMediaType(" Application/JSON ; charset=utf-8"), "application/json")
        XCTAssertEqual(APIModelBuilder.baseMediaType("\ttext/plain\t"), "text/plain")
        XCTAssertEqual(APIModelBuilder.baseMediaType("application/problem+json;q=1"), "application/problem+json")
        XCTAssertEqual(APIModelBuilder.baseMediaType("  ; charset=utf-8"), "")
        XCTAssertEqual(APIModelBuilder.baseMediaType(""), "")
        XCTAssertTrue(APIModelBuilder.isJSON("application/vnd.api+JSON; charset=utf-8"))
        XCTAssertFalse(APIModelBuilder.isJSON("text/json-seq"))
    }

    func testTextAndBinaryBodies() throws {
        let text = try body(#"{"text/csv; charset=utf-16": {"schema": {"type": "string"}}}"#)
        XCTAssertEqual([text.type, .string], [.string, .string])
        XCTAssertEqual(text.encoding, .text)
        XCTAssertEqual(text.contentType, "text/csv; charset=utf-16")
        let image = try body(#"{"image/*": {"schema": {"type": "string", "format": "binary"}}}"#)
        XCTAssertEqual(image.type, .data)
        XCTAssertEqual(image.encoding, .binary)
        XCTAssertEqual(image.contentType, "application/octet-stream")
    }

    func testFormBodyKeepsOnlyEncodingsThatDifferFromFormExploded() throws {
        let form = try body(#"""
        {"application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {"a": {"type": "string"}, "f": {"type": "object", "properties": {"k": {"type": "string"}}}}},
            "encoding": {"a": {"style": "form", "explode": true}, "f": {"style": "deepObject"}, "t": {"explode": false}}
        }}
        """#)
        XCTAssertEqual(form.type, .named("SendRequest"))
        XCTAssertEqual(form.encoding, .form([
            FormFieldEncoding(name: "f", style: .deepObject, explode: false),
            FormFieldEncoding(name: "t", style: .form, explode: false),
        ]))
    }

    func testMultipartBodyBecomesAStructOfParts() throws {
        let multipart = try body(#"""
        {"multipart/form-data": {
            "schema": {"$ref": "#/components/schemas/Upload"},
            "encoding": {"file": {"contentType": "image/png", "headers": {"X-B": {"schema": {"type": "string"}}, "X-A": {"schema": {"type": "string"}}}}}
        }}
        """#, schemas: #"""
        {"Upload": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary", "description": "The file."},
            "more": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "note": {"type": "string"},
            "meta": {"type": "object", "properties": {"a": {"type": "integer"}}}
        }}}
        """#)
        XCTAssertEqual(multipart.type, .named("SendMultipart"))
        guard case .multipart(let form?) = multipart.encoding else { return XCTFail("expected a multipart struct") }
        XCTAssertEqual(form.typeName, "SendMultipart")
        XCTAssertEqual(form.fields.map(\.name), ["file", "more", "note", "meta"], "document order")
        XCTAssertEqual(form.fields.map(\.kind), [.file, .files, .value(.string), .value(.named("SendMultipartMeta"))])
        XCTAssertEqual(form.fields.map(\.required), [true, false, false, false])
        XCTAssertEqual(form.fields[0].contentType, "image/png")
        XCTAssertEqual(form.fields[0].doc, "The file.")
        XCTAssertEqual(form.fields.map(\.headers), [["X-A", "X-B"], [], [], []])
        XCTAssertEqual(form.fields[1].type, .array(.runtime(.multipartFile)))
    }

    func testMultipartWithoutPropertiesIsBuiltByTheCaller() throws {
        let multipart = try body(#"{"multipart/mixed": {"schema": {"type": "string"}}}"#)
        XCTAssertEqual(multipart.type, .runtime(.multipartBody))
        XCTAssertEqual(multipart.encoding, .multipart(nil))
    }

    /// JSON media types come first, then the others, each group in document order.
    func testSeveralMediaTypesBecomeAnEnumJSONFirst() throws {
        let choice = try body(#"""
        {"text/plain": {"schema": {"type": "string"}},
         "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Doc"}},
         "application/json": {"schema": {"$ref": "#/components/schemas/Doc"}},
         "application/vnd.doc+json": {"schema": {"$ref": "#/components/schemas/Doc"}},
         "application/pdf": {}}
        """#, schemas: #"{"Doc": {"type": "object", "properties": {"t": {"type": "string"}}}}"#)
        XCTAssertEqual(choice.type, .named("SendBody"))
        XCTAssertEqual(choice.alternatives.map(\.caseName), ["json", "docJson", "text", "form", "pdf"])
        XCTAssertEqual(choice.alternatives.map(\.contentType), ["application/json", "application/vnd.doc+json", "text/plain", "application/x-www-form-urlencoded", "application/pdf"])
        XCTAssertEqual(choice.alternatives.map(\.type), [.named("Doc"), .named("Doc"), .string, .named("Doc"), .runtime(.httpRequestBody)])
    }
}
