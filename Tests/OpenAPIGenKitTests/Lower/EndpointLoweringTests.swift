import Foundation
import XCTest
@testable import OpenAPIGenKit

final class EndpointLoweringTests: XCTestCase {
    private let ok = ##"{"description": "ok"}"##

    private func model(_ paths: String, schemas: String = "{}", components: String = "", extra: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let (model, diagnostics) = Stages.lower(Fixture.spec(schemas: schemas, paths: paths, components: components, extra: extra))
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    // MARK: - Real specs

    func testIonosClusterBackupsEndpoint() throws {
        let (model, diagnostics) = Stages.lower(try Fixture.specSources("IonosPostgreSQL"))
        XCTAssertEqual(diagnostics.errors, [])
        let endpoint = try XCTUnwrap(model?.endpoint("clusterBackupsGet"))
        XCTAssertEqual(endpoint.operationID, "clusterBackupsGet")
        XCTAssertEqual(endpoint.httpMethod, "GET")
        XCTAssertEqual(endpoint.pathTemplate, "/clusters/{clusterId}/backups")
        XCTAssertEqual(endpoint.path, [.literal("/clusters/"), .parameter("clusterId"), .literal("/backups")])
        XCTAssertEqual(endpoint.parameters.map(\.swiftName), ["limit", "offset", "clusterId"], "document order")
        XCTAssertEqual(endpoint.parameters.map(\.location), [.query, .query, .path])
        XCTAssertEqual(endpoint.success, .body(
            ResponseContent(body: .json(.named("ClusterBackupList")), accept: "application/json"), statuses: ["200"], doc: "Successful operation."
        ))
        XCTAssertEqual(endpoint.errorType, .named("ErrorResponse"))
        XCTAssertEqual(endpoint.security, [[.httpBasic], [.apiKey(name: "Authorization", location: "header")]])
        XCTAssertEqual(model?.endpoint("clustersBackupsFindById")?.path, [.literal("/clusters/backups/"), .parameter("backupId")])
        XCTAssertTrue(model?.endpoints.allSatisfy { $0.errorType == .named("ErrorResponse") } ?? false)
    }

    func testDatabaseBackupsCreateBackup() throws {
        let (model, diagnostics) = Stages.lower(try Fixture.specSources("DatabaseBackups"))
        XCTAssertEqual(diagnostics.errors, [])
        XCTAssertEqual(model?.endpoints.map(\.methodName), ["listBackups", "createBackup", "getBackupArchive"], "document order")
        let create = try XCTUnwrap(model?.endpoint("createBackup"))
        XCTAssertEqual(create.httpMethod, "POST")
        XCTAssertEqual(create.success, .body(
            ResponseContent(body: .json(.named("BackupEnvelope")), accept: "application/json"), statuses: ["201"],
            doc: "The backup was scheduled; it is created in the background."
        ))
        XCTAssertEqual(create.errorType, .named("ErrorModel"))
        XCTAssertEqual(create.security, [[.httpBearer]])
        XCTAssertEqual(create.parameters, [EndpointParameter(
            swiftName: "db", name: "db", location: .path, type: .string, required: true, explode: true,
            doc: "The identifier of the database whose backups are accessed."
        )])
        XCTAssertNil(create.body)
    }

    // MARK: - Names, paths and parameters

    func testParametersKeepTheDocumentOrder() throws {
        let model = try model(##"""
            {"/items/{item-id}": {"get": {"operationId": "get-item", "parameters": [
                {"name": "page", "in": "query", "schema": {"type": "integer"}},
                {"name": "X-Trace", "in": "header", "required": true, "schema": {"type": "string"}},
                {"name": "item-id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}},
                {"name": "sort", "in": "query", "required": true, "schema": {"type": "string", "enum": ["asc", "desc"]}}],
              "responses": {"204": {"description": "done"}}}}}
            """##)
        let endpoint = try XCTUnwrap(model.endpoint("getItem"))
        XCTAssertEqual(endpoint.parameters.map(\.swiftName), ["page", "xTrace", "itemId", "sort"])
        XCTAssertEqual(endpoint.parameters.map(\.required), [false, true, true, true])
        XCTAssertEqual(endpoint.parameters.map(\.type), [.int, .string, .int64, .named("GetItemSort")])
        XCTAssertEqual(endpoint.path, [.literal("/items/"), .parameter("itemId")])
        XCTAssertEqual(endpoint.operationID, "get-item")
        XCTAssertEqual(endpoint.success, .noBody(statuses: ["204"], doc: "done"))
        XCTAssertEqual(model.type("GetItemSort")?.enumDecl?.cases.map(\.name), ["asc", "desc"])
    }

    func testQueryExplode() throws {
        let model = try model(##"""
            {"/a": {"get": {"operationId": "a", "parameters": [
                {"name": "default", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "form", "in": "query", "style": "form", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "pipes", "in": "query", "style": "pipeDelimited", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "forced", "in": "query", "style": "spaceDelimited", "explode": true, "schema": {"type": "array", "items": {"type": "integer"}}}],
              "responses": {"200": \##(ok)}}}}
            """##)
        let explode = Dictionary(uniqueKeysWithValues: (model.endpoint("a")?.parameters ?? []).map { ($0.name, $0.explode) })
        XCTAssertEqual(explode, ["default": true, "form": false, "pipes": false, "forced": true])
        XCTAssertEqual(model.endpoint("a")?.parameters.first { $0.name == "default" }?.swiftName, "default")
    }

    func testMethodNameWithoutOperationIDComesFromMethodAndPath() throws {
        let model = try model(##"{"/pets/{id}": {"delete": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": \##(ok)}}}}"##)
        XCTAssertEqual(model.endpoints.map(\.methodName), ["deletePetsId"])
        XCTAssertEqual(model.endpoints.map(\.operationID), ["delete /pets/{id}"])
    }

    func testOperationIDsThatGiveTheSameMethodNameGetUniqueNames() throws {
        let model = try model(##"""
            {"/a": {"get": {"operationId": "fetch", "responses": {"200": \##(ok)}}},
             "/b": {"get": {"operationId": "Fetch", "responses": {"200": \##(ok)}}},
             "/c": {"get": {"operationId": "fetch_", "responses": {"200": \##(ok)}}},
             "/d": {"get": {"operationId": "init", "responses": {"200": \##(ok)}}}}
            """##)
        XCTAssertEqual(model.endpoints.map(\.methodName), ["fetch", "fetch2", "fetch3", "_init"])
        XCTAssertEqual(model.endpoints.map(\.pathTemplate), ["/a", "/b", "/c", "/d"])
        XCTAssertEqual(model.endpoints.map(\.operationID), ["fetch", "Fetch", "fetch_", "init"])
    }

    func testRepeatedOperationIDsGetASuffixInPathThenMethodOrder() throws {
        let text = Fixture.spec(paths: ##"""
            {"/b": {"get": {"operationId": "fetch", "responses": {"200": \##(ok)}}, "post": {"operationId": "fetch", "responses": {"200": \##(ok)}}},
             "/a": {"get": {"operationId": "fetch", "responses": {"200": \##(ok)}}},
             "/c": {"get": {"operationId": "fetch_2", "responses": {"200": \##(ok)}}}}
            """##)
        let (model, diagnostics) = Stages.lower(text)
        XCTAssertEqual(diagnostics.map(\.leniency), [.duplicateOperationID, .duplicateOperationID])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/b", "get", "operationId"]), JSONPointer(["paths", "/b", "post", "operationId"])])
        XCTAssertEqual(
            diagnostics.first?.message,
            "duplicate operationId 'fetch': GET /a already uses it at #/paths/~1a/get/operationId; this one is named 'fetch_3'"
        )
        let endpoints = try XCTUnwrap(model).endpoints
        // Endpoints come in document order; the suffixes follow path then method order, whatever the layout.
        XCTAssertEqual(endpoints.map(\.operationID), ["fetch_3", "fetch_4", "fetch", "fetch_2"])
        XCTAssertEqual(endpoints.map(\.pathTemplate), ["/b", "/b", "/a", "/c"])
        XCTAssertEqual(endpoints.map(\.httpMethod), ["GET", "POST", "GET", "GET"])
        XCTAssertEqual(endpoints.map(\.methodName), ["fetch3", "fetch4", "fetch", "fetch2"])
    }

    func testPathTemplateNamingAnUndeclaredParameterGetsAStringArgument() throws {
        let text = Fixture.spec(paths: ##"{"/a/{id}/b/{other}": {"get": {"operationId": "a", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": \##(ok)}}}}"##)
        let (model, diagnostics) = Stages.lower(text)
        XCTAssertEqual(diagnostics.map(\.leniency), [.undeclaredPathParameter])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/a/{id}/b/{other}", "get"])])
        let endpoint = try XCTUnwrap(model?.endpoint("a"))
        XCTAssertEqual(endpoint.path, [.literal("/a/"), .parameter("id"), .literal("/b/"), .parameter("other")])
        XCTAssertEqual(endpoint.parameters.map(\.type), [.string, .string])
        XCTAssertEqual(endpoint.parameters.map(\.required), [true, true])
        XCTAssertTrue(Stages.generate(text).succeeded)
    }

    func testUnclosedPathTemplateIsStillAnError() {
        let text = Fixture.spec(paths: ##"{"/a/{id": {"get": {"operationId": "a", "responses": {"200": \##(ok)}}}}"##)
        XCTAssertEqual(Stages.lower(text).diagnostics.errors.map(\.pointer), [JSONPointer(["paths", "/a/{id", "get"])])
    }

    func testUndeclaredSecuritySchemeIsLeftOutOfTheEndpointsAuth() throws {
        let text = Fixture.spec(
            paths: ##"{"/a": {"get": {"operationId": "a", "security": [{"bearer": []}, {"key": [], "bearer": []}], "responses": {"200": \##(ok)}}}}"##,
            components: ##""securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}"##
        )
        let (model, diagnostics) = Stages.lower(text)
        XCTAssertEqual(diagnostics.map(\.leniency), [.undeclaredSecurityScheme])
        XCTAssertEqual(model?.endpoint("a")?.security, [[], [.apiKey(name: "X-Key", location: "header")]])
    }

    func testCookieParameters() throws {
        let (model, diagnostics) = Stages.lower(Fixture.spec(paths: ##"""
            {"/a": {"get": {"operationId": "a", "parameters": [
                {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                {"name": "prefs", "in": "cookie", "schema": {"type": "object", "properties": {"x": {"type": "string"}}}}
            ], "responses": {"200": \##(ok)}}}}
            """##))
        XCTAssertEqual(model?.endpoint("a")?.parameters.map(\.name), ["session"])
        XCTAssertEqual(model?.endpoint("a")?.parameters.first?.location, .cookie)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning], "an object in a cookie is left out, with a warning")
        XCTAssertTrue(diagnostics.first?.message.contains("'prefs'") ?? false, diagnostics.description)
    }

    // MARK: - Bodies and responses

    func testJSONBodyAndSuccessAndErrorTypes() throws {
        let model = try model(##"""
            {"/pets": {"post": {"operationId": "addPet",
                "requestBody": {"required": true, "description": "The pet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"201": {"description": "created", "content": {"application/json; charset=utf-8": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                              "202": {"description": "accepted"},
                              "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                              "default": {"description": "other", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}}
            """##, schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}, "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}}"##)
        let endpoint = try XCTUnwrap(model.endpoint("addPet"))
        XCTAssertEqual(endpoint.body, EndpointBody(type: .named("Pet"), required: true, contentType: "application/json", isJSON: true, doc: "The pet."))
        XCTAssertEqual(endpoint.success, .bodyOrNone(
            ResponseContent(body: .json(.named("Pet")), accept: "application/json; charset=utf-8"), statuses: ["201"], emptyStatuses: ["202"], doc: "created"
        ), "202 has no body, so the method returns nil for it")
        XCTAssertEqual(endpoint.errorType, .named("Problem"))
    }

    func testDifferentErrorBodiesGiveJSONValue() throws {
        let model = try model(##"""
            {"/a": {"get": {"operationId": "a", "responses": {"200": \##(ok),
                "400": {"description": "x", "content": {"application/json": {"schema": {"type": "string"}}}},
                "500": {"description": "y", "content": {"application/json": {"schema": {"type": "integer"}}}}}}}}
            """##)
        XCTAssertEqual(model.endpoint("a")?.errorType, .json)
    }

    func testInlineBodyAndResponseTypesAreNamedAfterTheOperation() throws {
        let model = try model(##"""
            {"/a": {"put": {"operationId": "updateThing",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"x": {"type": "string"}}}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "nullable": true, "properties": {"y": {"type": "string"}}}}}}}}}}
            """##)
        let endpoint = try XCTUnwrap(model.endpoint("updateThing"))
        XCTAssertEqual(endpoint.body?.type, .named("UpdateThingRequest"))
        XCTAssertEqual(endpoint.body?.required, false)
        XCTAssertEqual(endpoint.success.body, .json(.optional(.named("UpdateThingResponse"))), "the schema is nullable")
        XCTAssertEqual(model.types.map(\.name), ["UpdateThingRequest", "UpdateThingResponse"])
    }

    func testBinaryBodyAndResponse() throws {
        let model = try model(##"""
            {"/file": {"post": {"operationId": "upload",
                "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/pdf": {}}}}}}}
            """##)
        let endpoint = try XCTUnwrap(model.endpoint("upload"))
        XCTAssertEqual(endpoint.body, EndpointBody(type: .data, required: true, contentType: "application/octet-stream", isJSON: false, doc: nil, encoding: .binary))
        XCTAssertEqual(endpoint.success, .body(ResponseContent(body: .bytes, accept: "application/pdf"), statuses: ["200"], doc: "ok"))
    }

    func testSecurityAlternativesAndNoAuth() throws {
        let model = try model(
            ##"{"/a": {"get": {"operationId": "a", "responses": {"200": \##(ok)}}, "post": {"operationId": "b", "security": [], "responses": {"200": \##(ok)}}, "put": {"operationId": "c", "security": [{"basic": [], "key": []}], "responses": {"200": \##(ok)}}}}"##,
            components: ##""securitySchemes": {"basic": {"type": "http", "scheme": "basic"}, "key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "bearer": {"type": "http", "scheme": "bearer"}}"##,
            extra: ##""security": [{"bearer": []}, {"key": []}]"##
        )
        XCTAssertEqual(model.endpoint("a")?.security, [[.httpBearer], [.apiKey(name: "X-Key", location: "header")]])
        XCTAssertEqual(model.endpoint("b")?.security, [])
        XCTAssertEqual(model.endpoint("c")?.security, [[.httpBasic, .apiKey(name: "X-Key", location: "header")]])
    }

    func testQueryStylesAndStructuredQueryValues() throws {
        let (model, diagnostics) = Stages.lower(Fixture.spec(paths: ##"""
            {"/s": {"get": {"operationId": "s", "parameters": [
                {"name": "f", "in": "query", "style": "deepObject", "explode": true, "schema": {"type": "object", "properties": {"a": {"type": "integer"}}}},
                {"name": "g", "in": "query", "schema": {"anyOf": [{"type": "integer"}, {"type": "object", "properties": {"b": {"type": "string"}}}]}},
                {"name": "t", "in": "query", "style": "pipeDelimited", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "X-Obj", "in": "header", "required": true, "schema": {"type": "object", "properties": {"c": {"type": "string"}}}}
            ], "responses": {"200": \##(ok)}}}}
            """##))
        let parameters = try XCTUnwrap(model?.endpoint("s")?.parameters)
        let byName = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        XCTAssertEqual(byName["f"]?.style, .deepObject)
        XCTAssertEqual(byName["f"]?.isStructured, true)
        XCTAssertEqual(byName["g"]?.style, .form)
        XCTAssertEqual(byName["g"]?.isStructured, true)
        XCTAssertEqual(byName["t"]?.style, .pipeDelimited)
        XCTAssertEqual(byName["t"]?.isStructured, false)
        // A header has no object form here: the caller's text is sent, with a warning that says so.
        XCTAssertEqual(byName["X-Obj"]?.type, .string)
        XCTAssertEqual(byName["X-Obj"]?.isStructured, false)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertTrue(diagnostics.first?.message.contains("X-Obj") ?? false, "\(diagnostics)")
    }

    func testSuccessBodiesSameOptionalOrEnum() throws {
        let model = try model(##"""
            {"/same": {"get": {"operationId": "same", "responses": {
                "200": {"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}},
                "201": {"description": "b", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
             "/mixed": {"get": {"operationId": "mixed", "responses": {
                "2XX": {"description": "none"},
                "200": {"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
             "/many": {"get": {"operationId": "many", "responses": {
                "2XX": {"description": "other", "content": {"text/plain": {"schema": {"type": "string"}}}},
                "207": {"description": "multi", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/A"}}}}},
                "200": {"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}},
                "204": {"description": "none"}}}}}
            """##, schemas: ##"{"A": {"type": "object", "properties": {"x": {"type": "string"}}}}"##)
        let a = ResponseContent(body: .json(.named("A")), accept: "application/json")
        XCTAssertEqual(model.endpoint("same")?.success, .body(a, statuses: ["200", "201"], doc: "a"))
        XCTAssertEqual(model.endpoint("mixed")?.success, .bodyOrNone(a, statuses: ["200"], emptyStatuses: ["2XX"], doc: "a"))
        let many = try XCTUnwrap(model.endpoint("many")?.success)
        XCTAssertEqual(many, .perStatus(enumName: "ManyResponse", variants: [
            SuccessVariant(caseName: "ok", status: "200", content: a, doc: "a"),
            SuccessVariant(caseName: "noContent", status: "204", content: nil, doc: "none"),
            SuccessVariant(caseName: "multiStatus", status: "207", content: ResponseContent(body: .json(.array(.named("A"))), accept: "application/json"), doc: "multi"),
            SuccessVariant(caseName: "success", status: "2XX", content: ResponseContent(body: .text, accept: "text/plain"), doc: "other"),
        ]))
        XCTAssertEqual(many.accept, "application/json, text/plain")
        XCTAssertEqual(APIModelBuilder.caseName(forStatus: "299"), "status299")
    }
}

