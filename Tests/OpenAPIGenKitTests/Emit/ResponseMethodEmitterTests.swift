import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The `…Response` and `…Stream` methods, the headers struct and the enum of several media types, as text.
final class ResponseMethodEmitterTests: XCTestCase {
    private func client(_ paths: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"T": {"type": "object", "properties": {"n": {"type": "integer"}}}}"##, paths: paths))
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return joiningParameterLists(trimmedLines(result.file("Client.swift")))
    }

    private func assertContains(_ lines: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in expected where !lines.contains(text) {
            XCTFail("missing `\(text)` in\n\(lines.joined(separator: "\n"))", file: file, line: line)
        }
    }

    func testHeadersStructReadsEachHeaderAsItsType() {
        let lines = client(##"""
            {"/h": {"get": {"operationId": "getThing", "responses": {"200": {"description": "a", "headers": {
                "X-Count": {"schema": {"type": "integer"}}, "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}},
                "X-Raw": {"schema": {"type": "object"}}}}}}}}
            """##)
        assertContains(lines, [
            "public func getThing() async throws {",
            "try await self.getThingResponse().body",
            "public func getThingResponse() async throws -> OperationResponse<Swift.Void, GetThingResponseHeaders> {",
            "body = ()",
            "return OperationResponse(statusCode: response.statusCode, headers: GetThingResponseHeaders(response.headerFields), headerFields: response.headerFields, body: body)",
            "public struct GetThingResponseHeaders: Swift.Sendable, Swift.Hashable {",
            "public var xCount: Swift.Int?",
            "public init(xCount: Swift.Int? = nil, xTags: [Swift.String]? = nil, xRaw: Swift.String? = nil) {",
            "init(_ fields: [HTTPHeaderField]) {",
            ##"self.xCount = reader.value("X-Count", as: Swift.Int.self)"##,
            ##"self.xRaw = reader.raw("X-Raw")"##,
            ##"self.xTags = reader.values("X-Tags", as: Swift.String.self)"##,
        ])
    }

    func testStreamedAndByteOperationsSendThroughTheStreamer() {
        let lines = client(##"""
            {"/e": {"get": {"operationId": "events", "responses": {"200": {"description": "e", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/T"}}}}}}},
             "/f": {"get": {"operationId": "file", "responses": {"200": {"description": "f", "content": {"application/pdf": {}}}}}}}
            """##)
        assertContains(lines, [
            "public func events() async throws -> Swift.AsyncThrowingStream<ServerSentEvent<T>, any Swift.Error> {",
            "let response = try await ResponseStreamer.send(request, security: [], executor: executor)",
            ##"body = EventStreams.serverSentEvents(response.body, of: T.self, statusCode: response.statusCode, operationID: "events")"##,
            ##"throw executor.apiError(JSONValue.self, from: try await ResponseStreamer.collect(response, operationID: "events"), operationID: "events")"##,
            "public func file() async throws -> Foundation.Data {",
            "public func fileStream() async throws -> OperationResponse<ByteStream, NoDocumentedHeaders> {",
            "body = response.body",
        ])
    }

    func testSeveralMediaTypesGiveAnEnumThatReadsItsCase() {
        let lines = client(##"""
            {"/r": {"get": {"operationId": "report", "responses": {"200": {"description": "r", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/T"}}, "text/plain": {}}}}}}}
            """##)
        assertContains(lines, [
            "public func report() async throws -> ReportContent {",
            ##"request.accept("application/json, text/plain;q=0.9")"##,
            ##"body = try ReportContent.decode(from: response, executor: executor, operationID: "report")"##,
            "public enum ReportContent: Swift.Sendable, Swift.Hashable {",
            "case json(T)",
            "case plain(Swift.String)",
            ##"switch try ResponseBodies.contentIndex(of: response, in: ["application/json", "text/plain"], operationID: operationID) {"##,
            "return .json(try executor.decode(T.self, from: response, operationID: operationID))",
            "return .plain(try ResponseBodies.text(from: response, operationID: operationID))",
        ])
    }
}
