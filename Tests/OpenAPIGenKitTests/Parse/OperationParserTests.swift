import Foundation
import XCTest
@testable import OpenAPIGenKit

final class OperationParserTests: XCTestCase {
    /// `Operation` alone would be ambiguous with Foundation's.
    typealias Op = OpenAPIGenKit.Operation

    private func operations(_ paths: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Op] {
        let (document, diagnostics) = Stages.parse(Fixture.spec(paths: paths))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(document, file: file, line: line).operations
    }

    func testOperationsKeepTheDocumentOrderOfPathsAndMethods() throws {
        let ok = ##"{"responses": {"200": {"description": "ok"}}}"##
        let ops = try operations(##"{"/b": {"get": \##(ok)}, "/a": {"post": \##(ok), "summary": "not a method", "get": \##(ok), "delete": \##(ok)}}"##)
        XCTAssertEqual(ops.map(\.path), ["/b", "/a", "/a", "/a"])
        XCTAssertEqual(ops.map(\.method), [.get, .post, .get, .delete])
        XCTAssertEqual(ops.map(\.pointer.description), ["#/paths/~1b/get", "#/paths/~1a/post", "#/paths/~1a/get", "#/paths/~1a/delete"])
        XCTAssertEqual(Op.stableOrder(ops).map { ops[$0].pointer.description }, ["#/paths/~1a/get", "#/paths/~1a/post", "#/paths/~1a/delete", "#/paths/~1b/get"])
    }

    func testOperationFields() throws {
        let ops = try operations(##"""
            {"/pets/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "get": {"operationId": "getPet", "summary": "Get", "description": "Gets a pet.", "deprecated": true, "tags": ["Pets"],
                      "parameters": [{"name": "verbose", "in": "query", "style": "form", "explode": false, "schema": {"type": "boolean"}}],
                      "security": [],
                      "responses": {"default": {"description": "error"}, "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}}}}
            """##)
        let op = try XCTUnwrap(ops.first)
        XCTAssertEqual(op.operationID, "getPet")
        XCTAssertEqual(op.summary, "Get")
        XCTAssertEqual(op.description, "Gets a pet.")
        XCTAssertTrue(op.deprecated)
        XCTAssertEqual(op.tags, ["Pets"])
        XCTAssertEqual(op.security, [])
        XCTAssertEqual(op.responses.map(\.status), ["default", "200"], "document order")

        let base = JSONPointer(["paths", "/pets/{id}"])
        var idSchema = Schema(pointer: base.appending("parameters").appending(0).appending("schema"))
        idSchema.type = "string"
        let verbosePointer = base.appending("get").appending("parameters").appending(0)
        var verboseSchema = Schema(pointer: verbosePointer.appending("schema"))
        verboseSchema.type = "boolean"
        XCTAssertEqual(op.parameters, [
            .value(Parameter(pointer: base.appending("parameters").appending(0), name: "id", location: .path, required: true, schema: .value(idSchema))),
            .value(Parameter(pointer: verbosePointer, name: "verbose", location: .query, required: false, schema: .value(verboseSchema), style: "form", explode: false)),
        ])

        let mediaPointer = base.appending("get").appending("responses").appending("200").appending("content").appending("application/json")
        var bodySchema = Schema(pointer: mediaPointer.appending("schema"))
        bodySchema.type = "string"
        XCTAssertEqual(op.responses.last?.response, .value(Response(
            pointer: base.appending("get").appending("responses").appending("200"), description: "ok",
            content: [MediaType(pointer: mediaPointer, contentType: "application/json", schema: .value(bodySchema))]
        )))
    }

    func testOperationWithoutOwnSecurityInheritsNil() throws {
        let ops = try operations(##"{"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}"##)
        XCTAssertNil(ops.first?.security)
        XCTAssertNil(ops.first?.operationID)
    }

    func testParameterWithoutSchemaIsAStringWithAWarning() throws {
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"parameters": [{"name": "q", "in": "query"}, {"name": "c", "in": "query", "content": {"text/plain": {}}}], "responses": {"200": {"description": "ok"}}}}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(diagnostics.map(\.leniency), [.parameterWithoutSchema, .parameterWithoutSchema])
        XCTAssertEqual(diagnostics.map(\.message), [
            "the parameter 'q' has neither 'schema' nor 'content'; assumed a string",
            "the parameter 'c' has no schema in its 'content'; assumed a string",
        ])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/a", "get", "parameters", "0"]), JSONPointer(["paths", "/a", "get", "parameters", "1"])])
        let types = try XCTUnwrap(document?.operations.first?.parameters).map { parameter -> String? in
            guard case .value(let value) = parameter else { return nil }
            return value.schema?.value?.type
        }
        XCTAssertEqual(types, ["string", "string"])
    }

    func testParameterSchemaFromContent() throws {
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"parameters": [{"name": "f", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}}], "responses": {"200": {"description": "ok"}}}}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics, [])
        guard case .value(let parameter)? = document?.operations.first?.parameters.first else { return XCTFail("no parameter") }
        XCTAssertEqual(parameter.schema?.value?.type, "object")
        XCTAssertEqual(parameter.schema?.value?.pointer, JSONPointer(["paths", "/a", "get", "parameters", "0", "content", "application/json", "schema"]))
    }

    func testParameterWithUnknownLocationIsAnErrorAtIn() {
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"parameters": [{"name": "q", "in": "body", "schema": {}}], "responses": {"200": {"description": "ok"}}}}}"##)
        XCTAssertEqual(Stages.parse(text).diagnostics.errors.map(\.pointer), [JSONPointer(["paths", "/a", "get", "parameters", "0", "in"])])
    }

    func testPathParameterNotMarkedRequiredIsAWarningAndRequired() throws {
        let text = Fixture.spec(paths: ##"{"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}], "responses": {"200": {"description": "ok"}}}}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/a/{id}", "get", "parameters", "0"])])
        guard case .value(let parameter)? = document?.operations.first?.parameters.first else { return XCTFail("no parameter") }
        XCTAssertTrue(parameter.required)
    }

    func testOperationWithoutResponsesIsAnError() {
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"operationId": "x"}}}"##)
        XCTAssertEqual(Stages.parse(text).diagnostics.errors.map(\.pointer), [JSONPointer(["paths", "/a", "get"])])
    }

    func testPathItemRefIsSkippedWithAWarning() throws {
        let text = Fixture.spec(paths: ##"{"/a": {"$ref": "#/x"}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/a", "$ref"])])
        XCTAssertEqual(document?.operations.count, 0)
    }

    func testReferencesAreKeptUnresolved() throws {
        let text = Fixture.spec(paths: ##"{"/a": {"post": {"parameters": [{"$ref": "#/components/parameters/P"}], "requestBody": {"$ref": "#/components/requestBodies/B"}, "responses": {"200": {"$ref": "#/components/responses/R"}}}}}"##)
        let op = try XCTUnwrap(Stages.parse(text).document?.operations.first)
        let base = JSONPointer(["paths", "/a", "post"])
        XCTAssertEqual(op.parameters, [.reference(Reference(raw: "#/components/parameters/P", pointer: base.appending("parameters").appending(0).appending("$ref")))])
        XCTAssertEqual(op.requestBody, .reference(Reference(raw: "#/components/requestBodies/B", pointer: base.appending("requestBody").appending("$ref"))))
        XCTAssertEqual(op.responses.first?.response, .reference(Reference(raw: "#/components/responses/R", pointer: base.appending("responses").appending("200").appending("$ref"))))
    }

    func testRefThatIsNotAStringIsAnError() {
        let text = Fixture.spec(schemas: ##"{"A": {"$ref": 5}}"##)
        XCTAssertEqual(Stages.parse(text).diagnostics.errors.map(\.pointer), [JSONPointer(["components", "schemas", "A", "$ref"])])
    }
}
