import Foundation
import XCTest
@testable import OpenAPIGenKit

final class EndpointEmitterTests: XCTestCase {
    private let ok = ##"{"description": "ok"}"##

    private func client(_ paths: String, schemas: String = "{}", components: String = "", extra: String = "", file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let result = Stages.generate(Fixture.spec(schemas: schemas, paths: paths, components: components, extra: extra))
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return joiningParameterLists(trimmedLines(result.file("Client.swift")))
    }

    private func assertContains(_ lines: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in expected where !lines.contains(text) {
            XCTFail("missing `\(text)` in\n\(lines.joined(separator: "\n"))", file: file, line: line)
        }
    }

    func testDeprecatedOperationIsMarked() {
        let lines = client(##"{"/old": {"get": {"operationId": "oldThing", "deprecated": true, "responses": {"200": \##(ok)}}}, "/new": {"get": {"operationId": "newThing", "responses": {"200": \##(ok)}}}}"##)
        let index = lines.firstIndex(of: "public func oldThing() async throws {")
        XCTAssertNotNil(index)
        XCTAssertEqual(index.map { lines[$0 - 1] }, "@available(*, deprecated)")
        let newIndex = lines.firstIndex(of: "public func newThing() async throws {")
        XCTAssertNotNil(newIndex)
        XCTAssertNotEqual(newIndex.map { lines[$0 - 1] }, "@available(*, deprecated)")
    }

    /// Methods come in the order of `paths`, each path's methods in the path item's order; arguments in the
    /// order of `parameters` (the path item's first).
    func testMethodsAndArgumentsFollowTheDocumentOrder() {
        let none = ##"{"204": {"description": "done"}}"##
        let lines = client(##"""
            {"/zoo/{id}": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "post": {"operationId": "feed", "parameters": [{"name": "food", "in": "query", "required": true, "schema": {"type": "string"}},
                    {"name": "amount", "in": "query", "schema": {"type": "integer"}}, {"name": "keeper", "in": "header", "required": true, "schema": {"type": "string"}}],
                    "responses": \##(none)},
                "get": {"operationId": "visit", "responses": \##(none)}},
             "/aquarium": {"get": {"operationId": "dive", "responses": \##(none)}}}
            """##)
        // The client's methods (the protocol's default implementations follow them, without the defaults).
        let methods = lines.filter { $0.hasPrefix("public func ") && $0.hasSuffix("async throws {") }.prefix(3)
        XCTAssertEqual(Array(methods), [
            "public func feed(id: Swift.String, food: Swift.String, amount: Swift.Int? = nil, keeper: Swift.String) async throws {",
            "public func visit(id: Swift.String) async throws {",
            "public func dive() async throws {",
        ])
    }

    func testSignatureRequestAndResponse() {
        let lines = client(##"""
            {"/pets/{petId}": {"post": {"operationId": "updatePet", "summary": "Update a pet",
                "parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}},
                               {"name": "tags", "in": "query", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                               {"name": "X-Request-ID", "in": "header", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"2XX": {"description": "The pet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}}
            """##, schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##)
        assertContains(lines, [
            "/// Update a pet",
            "/// `POST /pets/{petId}`",
            "public func updatePet(petId: Swift.String, tags: [Swift.String]? = nil, xRequestID: Swift.String, body: Pet) async throws -> Pet {",
            ##"var request = RequestBuilder(method: "POST", operationID: "updatePet")"##,
            ##"request.appendPath("/pets/")"##,
            "request.appendPathParameter(petId)",
            ##"request.appendQuery("tags", tags, explode: false)"##,
            ##"request.setHeader("X-Request-ID", xRequestID)"##,
            "request.setJSONBody(body)",
            ##"request.accept("application/json")"##,
            "try await self.updatePetResponse(petId: petId, tags: tags, xRequestID: xRequestID, body: body).body",
            "public func updatePetResponse(petId: Swift.String, tags: [Swift.String]? = nil, xRequestID: Swift.String, body: Pet) async throws -> OperationResponse<Pet, NoDocumentedHeaders> {",
            "let response = try await executor.send(request, security: [])",
            "case 200...299:",
            ##"body = try executor.decode(Pet.self, from: response, operationID: "updatePet")"##,
            "return OperationResponse(statusCode: response.statusCode, headers: NoDocumentedHeaders(), headerFields: response.headerFields, body: body)",
            ##"throw executor.apiError(JSONValue.self, from: response, operationID: "updatePet")"##,
        ])
    }

    func testOptionalBodyAndKeywordArguments() {
        let lines = client(##"""
            {"/a": {"put": {"operationId": "put", "parameters": [{"name": "in", "in": "query", "schema": {"type": "boolean"}}],
                "requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}}, "responses": {"204": {"description": "done"}}}}}
            """##)
        assertContains(lines, [
            "public func put(`in`: Swift.Bool? = nil, body: Swift.String? = nil) async throws {",
            ##"request.appendQuery("in", `in`)"##,
            "if let body { request.setJSONBody(body) }",
            "case 204:",
            "body = ()",
        ])
    }

    func testErrorTypeFromSchemaNamedError() throws {
        let result = Stages.generate(String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: Fixture.packageRoot.appendingPathComponent("specs/DatabaseBackups/openapi.json").path)), as: UTF8.self))
        let lines = trimmedLines(result.file("Client.swift"))
        assertContains(lines, [
            "public func createBackup(db: Swift.String) async throws -> BackupEnvelope {",
            "case 201:",
            ##"throw executor.apiError(ErrorModel.self, from: response, operationID: "createBackup")"##,
            "/// - Throws: `APIError<ErrorModel>` for any other status; `ClientError` when the request cannot be sent or the response cannot be decoded.",
            "let response = try await executor.send(request, security: [[.httpBearer]])",
        ])
    }

    func testIonosSecurityAlternatives() throws {
        let result = Pipeline.generate(try Fixture.specSources("IonosPostgreSQL"))
        XCTAssertEqual(result.diagnostics.errors, [])
        let lines = trimmedLines(result.file("Client.swift"))
        assertContains(lines, [
            ##"let response = try await executor.send(request, security: [[.httpBasic], [.apiKey(name: "Authorization", location: .header)]])"##,
            ##"throw executor.apiError(ErrorResponse.self, from: response, operationID: "clusterBackupsGet")"##,
        ])
    }

    func testServersAndInit() {
        let lines = client("{}", extra: ##""servers": [{"url": "https://{region}.example.com/v1", "description": "Production", "variables": {"region": {"default": "eu"}}}]"##)
        assertContains(lines, [
            ##"case production(region: Swift.String = "eu")"##,
            "case url(Foundation.URL)",
            ##"case .production(let region): return "https://" + region + ".example.com/v1""##,
            "public init(server: Server = .production(), auth: Auth? = nil, transport: any HTTPTransport = URLSessionTransport(), middlewares: [any ClientMiddleware] = [], timeouts: Timeouts = .none) {",
        ])
    }
}
