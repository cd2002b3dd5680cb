import Foundation
import XCTest
@testable import OpenAPIGenKit

/// Text, bytes, several media types, streamed bodies, response headers and the sibling method names.
final class ResponseLoweringTests: XCTestCase {
    private func model(_ paths: String, components: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: ##"{"T": {"type": "object", "properties": {"n": {"type": "integer"}}}}"##, paths: paths, components: components))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    private func media(_ types: [String], schema: String = ##"{"$ref": "#/components/schemas/T"}"##) -> String {
        "{" + types.map { "\"\($0)\": {\"schema\": \(schema)}" }.joined(separator: ", ") + "}"
    }

    func testTextIsAStringAndBytesAreDataWithAStreamSibling() throws {
        let model = try model(##"""
            {"/text": {"get": {"operationId": "text", "responses": {"200": {"description": "t", "content": {"text/csv; charset=utf-8": {"schema": {"type": "string"}}}}}}},
             "/bytes": {"get": {"operationId": "bytes", "responses": {"200": {"description": "b", "content": {"image/png": {}}}}}}}
            """##)
        let text = try XCTUnwrap(model.endpoint("text"))
        XCTAssertEqual(text.success, .body(ResponseContent(body: .text, accept: "text/csv; charset=utf-8"), statuses: ["200"], doc: "t"))
        XCTAssertNil(text.streamMethodName)
        let bytes = try XCTUnwrap(model.endpoint("bytes"))
        XCTAssertEqual(bytes.success, .body(ResponseContent(body: .bytes, accept: "image/png"), statuses: ["200"], doc: "b"))
        XCTAssertEqual(bytes.streamMethodName, "bytesStream")
        XCTAssertEqual(bytes.responseMethodName, "bytesResponse")
    }

    func testStreamedMediaTypesGiveStreamsOfTheirElements() throws {
        let model = try model(##"""
            {"/sse": {"get": {"operationId": "sse", "responses": {"200": {"description": "e", "content": \##(media(["text/event-stream"]))}}}},
             "/log": {"get": {"operationId": "log", "responses": {"200": {"description": "e", "content": \##(media(["text/event-stream"], schema: ##"{"type": "string"}"##))}}}},
             "/lines": {"get": {"operationId": "lines", "responses": {"200": {"description": "e", "content": \##(media(["application/jsonl"]))}}}},
             "/seq": {"get": {"operationId": "seq", "responses": {"200": {"description": "e", "content": \##(media(["application/json-seq"]))}}}},
             "/both": {"get": {"operationId": "both", "responses": {"200": {"description": "e", "content": \##(media(["application/json", "text/event-stream"]))}}}}}
            """##)
        XCTAssertEqual(model.endpoint("sse")?.success, .body(ResponseContent(body: .serverSentEvents(.named("T")), accept: "text/event-stream"), statuses: ["200"], doc: "e"))
        XCTAssertEqual(model.endpoint("log")?.success.body, .serverSentEvents(nil))
        XCTAssertEqual(model.endpoint("lines")?.success.body, .jsonLines(.named("T")))
        XCTAssertEqual(model.endpoint("seq")?.success.body, .jsonSequence(.named("T")))
        // A streamed type next to JSON: JSON is asked for.
        XCTAssertEqual(model.endpoint("both")?.success, .body(ResponseContent(body: .json(.named("T")), accept: "application/json"), statuses: ["200"], doc: "e"))
    }

    func testSeveralMediaTypesGiveAnEnumAndAnAcceptWithQualities() throws {
        let model = try model(##"""
            {"/r": {"get": {"operationId": "report", "responses": {"200": {"description": "r", "content": {
                "application/vnd.a+json": {}, "application/json": {"schema": {"$ref": "#/components/schemas/T"}}, "text/plain": {}, "image/*": {}, "application/xml": {}, "text/xml": {}}}}}}}
            """##)
        let success = try XCTUnwrap(model.endpoint("report")?.success)
        guard case .contentTypes(let enumName, let variants)? = success.body else { return XCTFail("\(success)") }
        XCTAssertEqual(enumName, "ReportContent")
        XCTAssertEqual(variants.map(\.caseName), ["vndA", "json", "plain", "image", "xml", "xml2"])
        XCTAssertEqual(variants.map(\.body), [.json(.json), .json(.named("T")), .text, .bytes, .bytes, .text])
        XCTAssertEqual(success.accept, "application/vnd.a+json, application/json;q=0.9, text/plain;q=0.8, image/*;q=0.7, application/xml;q=0.6, text/xml;q=0.5")
    }

    func testResponseHeadersAreTypedMergedAndReferenced() throws {
        let model = try model(##"""
            {"/h": {"get": {"operationId": "headers", "responses": {
                "200": {"description": "a", "headers": {
                    "X-Rate-Limit": {"$ref": "#/components/headers/Limit"},
                    "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}},
                    "X-Object": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
                    "Content-Type": {"schema": {"type": "string"}}}},
                "201": {"description": "b", "headers": {"x-rate-limit": {"schema": {"type": "string"}}, "Location": {"schema": {"type": "string"}}}},
                "404": {"description": "no", "headers": {"X-Error": {"schema": {"type": "string"}}}}}}}}
            """##, components: ##""headers": {"Limit": {"description": "Left.", "schema": {"type": "integer", "format": "int64"}}}"##)
        let endpoint = try XCTUnwrap(model.endpoint("headers"))
        XCTAssertEqual(endpoint.responseHeadersTypeName, "HeadersResponseHeaders")
        XCTAssertEqual(endpoint.responseHeaders.map(\.name), ["X-Rate-Limit", "X-Tags", "X-Object", "Location"])
        XCTAssertEqual(endpoint.responseHeaders.map(\.type), [.int64, .array(.string), .string, .string])
        XCTAssertEqual(endpoint.responseHeaders.map(\.isTyped), [true, true, false, true])
        XCTAssertEqual(endpoint.responseHeaders[0].doc, "Left.")
        XCTAssertNil(model.type("HeadersHeadersXObject"), "a header kept as text declares no type")
    }

    func testSiblingNamesNeverRenameAnOperation() throws {
        let model = try model(##"""
            {"/a": {"get": {"operationId": "getItem", "responses": {"200": {"description": "a"}}}},
             "/b": {"get": {"operationId": "getItemResponse", "responses": {"200": {"description": "b"}}}},
             "/c": {"get": {"operationId": "getItemResponse2", "responses": {"200": {"description": "c"}}}}}
            """##)
        XCTAssertEqual(model.endpoints.map(\.methodName), ["getItem", "getItemResponse", "getItemResponse2"])
        XCTAssertEqual(model.endpoints.map(\.responseMethodName), ["getItemResponse3", "getItemResponseResponse", "getItemResponse2Response"])
    }
}
