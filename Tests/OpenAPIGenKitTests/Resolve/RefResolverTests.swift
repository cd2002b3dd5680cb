import Foundation
import XCTest
@testable import OpenAPIGenKit

final class RefResolverTests: XCTestCase {
    private let ok = ##"{"description": "ok"}"##

    private func resolved(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ResolvedDocument {
        let (document, diagnostics) = Stages.resolve(text)
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        return try XCTUnwrap(document, file: file, line: line)
    }

    private func errors(_ text: String) -> [Diagnostic] {
        Stages.resolve(text).diagnostics.errors
    }

    // MARK: - Following references

    func testComponentSchemaReferencesStayReferences() throws {
        let doc = try resolved(Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}, "Owner": {"type": "string"}}"##))
        XCTAssertEqual(doc.schemas.map(\.name), ["Pet", "Owner"], "document order")
        let owner = doc.schema("Pet")?.value?.properties.first?.schema
        XCTAssertEqual(owner, .reference(Reference(raw: "#/components/schemas/Owner", pointer: JSONPointer(["components", "schemas", "Pet", "properties", "owner", "$ref"]))))
    }

    func testParameterResponseAndRequestBodyReferencesAreReplacedByTheirTargets() throws {
        let text = Fixture.spec(
            schemas: ##"{"Pet": {"type": "string"}}"##,
            paths: ##"{"/pets": {"post": {"operationId": "add", "parameters": [{"$ref": "#/components/parameters/Limit"}], "requestBody": {"$ref": "#/components/requestBodies/PetBody"}, "responses": {"404": {"$ref": "#/components/responses/NotFound"}, "200": \##(ok)}}}}"##,
            components: ##""parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}, "requestBodies": {"PetBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}, "responses": {"NotFound": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}"##
        )
        let op = try XCTUnwrap(try resolved(text).operation("add"))
        let components = JSONPointer(["components"])

        let limitPointer = components.appending("parameters").appending("Limit")
        var limitSchema = Schema(pointer: limitPointer.appending("schema"))
        limitSchema.type = "integer"
        XCTAssertEqual(op.parameters, [Parameter(pointer: limitPointer, name: "limit", location: .query, required: false, schema: .value(limitSchema))])

        let bodyPointer = components.appending("requestBodies").appending("PetBody")
        let bodyMedia = bodyPointer.appending("content").appending("application/json")
        let petRef = Referable<Schema>.reference(Reference(raw: "#/components/schemas/Pet", pointer: bodyMedia.appending("schema").appending("$ref")))
        XCTAssertEqual(op.requestBody, RequestBody(pointer: bodyPointer, required: true, content: [MediaType(pointer: bodyMedia, contentType: "application/json", schema: petRef)]))

        let notFound = components.appending("responses").appending("NotFound")
        let notFoundMedia = notFound.appending("content").appending("application/json")
        XCTAssertEqual(op.responses.map(\.status), ["404", "200"], "document order")
        XCTAssertEqual(op.responses.first, ResolvedResponse(status: "404", response: Response(
            pointer: notFound, description: "missing",
            content: [MediaType(pointer: notFoundMedia, contentType: "application/json", schema: .reference(Reference(raw: "#/components/schemas/Pet", pointer: notFoundMedia.appending("schema").appending("$ref"))))]
        )))
    }

    func testChainedParameterReferencesAreFollowed() throws {
        let text = Fixture.spec(
            paths: ##"{"/a": {"get": {"operationId": "a", "parameters": [{"$ref": "#/components/parameters/Alias"}], "responses": {"200": \##(ok)}}}}"##,
            components: ##""parameters": {"Alias": {"$ref": "#/components/parameters/Real"}, "Real": {"name": "q", "in": "query", "schema": {"type": "string"}}}"##
        )
        XCTAssertEqual(try resolved(text).operation("a")?.parameters.map(\.name), ["q"])
    }

    func testNonComponentSchemaReferenceIsInlined() throws {
        let text = Fixture.spec(schemas: ##"{"A": {"type": "object", "properties": {"x": {"type": "integer", "format": "int32"}}}, "B": {"type": "object", "properties": {"y": {"$ref": "#/components/schemas/A/properties/x"}}}}"##)
        let y = try resolved(text).schema("B")?.value?.properties.first?.schema.value
        XCTAssertEqual(y?.type, "integer")
        XCTAssertEqual(y?.format, "int32")
        XCTAssertEqual(y?.pointer, JSONPointer(["components", "schemas", "A", "properties", "x"]))
    }

    func testOperationParametersOverridePathItemParameters() throws {
        let text = Fixture.spec(paths: ##"{"/a/{id}": {"parameters": [{"name": "id", "in": "path", "required": true, "description": "item", "schema": {"type": "string"}}, {"name": "id", "in": "query", "schema": {"type": "string"}}], "get": {"operationId": "a", "parameters": [{"name": "id", "in": "path", "required": true, "description": "op", "schema": {"type": "integer"}}], "responses": {"200": \##(ok)}}}}"##)
        let parameters = try XCTUnwrap(try resolved(text).operation("a")?.parameters)
        XCTAssertEqual(parameters.map(\.location), [.query, .path])
        XCTAssertEqual(parameters.last?.description, "op")
    }

    func testSecurityInheritedOrOverridden() throws {
        let text = Fixture.spec(
            paths: ##"{"/a": {"get": {"operationId": "a", "responses": {"200": \##(ok)}}, "post": {"operationId": "b", "security": [], "responses": {"200": \##(ok)}}}}"##,
            components: ##""securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}"##, extra: ##""security": [{"basic": []}]"##
        )
        let doc = try resolved(text)
        XCTAssertEqual(doc.operation("a")?.security, [SecurityRequirement(schemeNames: ["basic"])])
        XCTAssertEqual(doc.operation("b")?.security, [])
    }

    // MARK: - Errors

    func testUnresolvedSchemaReferenceIsAnErrorAtTheRef() {
        let text = Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}}"##)
        let errors = errors(text)
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "Pet", "properties", "owner", "$ref"])])
        XCTAssertEqual(errors.first?.message, "unresolved reference '#/components/schemas/Owner'")
    }

    func testUnresolvedParameterResponseAndBodyReferencesAreErrors() {
        let text = Fixture.spec(paths: ##"{"/a": {"post": {"parameters": [{"$ref": "#/components/parameters/Nope"}], "requestBody": {"$ref": "#/components/requestBodies/Nope"}, "responses": {"200": {"$ref": "#/components/responses/Nope"}}}}}"##)
        let base = JSONPointer(["paths", "/a", "post"])
        XCTAssertEqual(Set(errors(text).compactMap(\.pointer)), [
            base.appending("parameters").appending(0).appending("$ref"),
            base.appending("requestBody").appending("$ref"),
            base.appending("responses").appending("200").appending("$ref"),
        ])
    }

    func testReferenceToTheWrongKindOfNodeIsAnError() {
        // The target exists but is a string, not a parameter object.
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"parameters": [{"$ref": "#/info/title"}], "responses": {"200": \##(ok)}}}}"##)
        let errors = errors(text)
        XCTAssertFalse(errors.isEmpty)
        XCTAssertTrue(errors.contains { $0.pointer == JSONPointer(["paths", "/a", "get", "parameters", "0", "$ref"]) }, errors.description)
    }

    func testAliasLoopIsAnErrorAndDoesNotHang() {
        let text = Fixture.spec(schemas: ##"{"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}"##)
        let errors = errors(text)
        XCTAssertFalse(errors.isEmpty)
        XCTAssertTrue(errors.allSatisfy { $0.message.hasPrefix("reference loop") }, errors.description)
        XCTAssertTrue(errors.contains { $0.pointer == JSONPointer(["components", "schemas", "A", "$ref"]) }, errors.description)
        XCTAssertFalse(Stages.generate(text).succeeded)
    }

    func testSelfAliasIsALoop() {
        let errors = errors(Fixture.spec(schemas: ##"{"A": {"$ref": "#/components/schemas/A"}}"##))
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "A", "$ref"])])
        XCTAssertTrue(errors.first?.message.hasPrefix("reference loop") ?? false)
    }

    func testAllOfIncludingItselfIsALoop() {
        let text = Fixture.spec(schemas: ##"{"A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object", "properties": {"x": {"type": "string"}}}]}}"##)
        let errors = errors(text)
        XCTAssertFalse(errors.isEmpty)
        XCTAssertTrue(errors.allSatisfy { $0.message.hasPrefix("reference loop") }, errors.description)
        XCTAssertTrue(errors.contains { $0.pointer == JSONPointer(["components", "schemas", "A", "allOf", "0", "$ref"]) }, errors.description)
    }

    func testMutualAllOfIsALoop() {
        let text = Fixture.spec(schemas: ##"{"A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"properties": {"a": {"type": "string"}}}]}, "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"b": {"type": "string"}}}]}}"##)
        let errors = errors(text)
        XCTAssertFalse(errors.isEmpty)
        XCTAssertTrue(errors.allSatisfy { $0.message.hasPrefix("reference loop") }, errors.description)
    }

    func testAllOfOfOnlyItselfIsALoop() {
        // The decorator form: a schema whose only content is `allOf: [itself]` has no shape at all.
        let text = Fixture.spec(schemas: ##"{"A": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]}}"##)
        let result = Stages.generate(text)
        XCTAssertFalse(result.succeeded, "`A` would become `typealias A = A`")
        XCTAssertTrue(result.diagnostics.errors.contains { $0.message.hasPrefix("reference loop") }, result.diagnostics.description)
    }

    func testNonComponentReferenceLoopIsAnErrorAndDoesNotHang() {
        let text = Fixture.spec(schemas: ##"{"A": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A/properties/x"}}}}"##)
        let errors = errors(text)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.message.hasPrefix("reference loop") ?? false, errors.description)
    }

    func testParameterReferenceLoopIsAnError() {
        let text = Fixture.spec(
            paths: ##"{"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}], "responses": {"200": \##(ok)}}}}"##,
            components: ##""parameters": {"P": {"$ref": "#/components/parameters/Q"}, "Q": {"$ref": "#/components/parameters/P"}}"##
        )
        let errors = errors(text)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.message.hasPrefix("reference loop") ?? false, errors.description)
    }

    func testRemoteReferenceIsAnError() {
        let text = Fixture.spec(schemas: ##"{"A": {"type": "object", "properties": {"x": {"$ref": "https://example.com/schemas.json#/X"}}}}"##)
        let errors = errors(text)
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "A", "properties", "x", "$ref"])])
        XCTAssertTrue(errors.first?.message.contains("remote reference 'https://example.com/schemas.json#/X'") ?? false, errors.description)
    }

    func testExternalFileReferenceIsAnError() {
        let text = Fixture.spec(schemas: ##"{"A": {"$ref": "common.json#/components/schemas/A"}}"##)
        let errors = errors(text)
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "A", "$ref"])])
        XCTAssertTrue(errors.first?.message.contains("another file") ?? false, errors.description)
    }

    func testUnknownSecuritySchemeIsOneWarningPerSchemeAtItsFirstUse() throws {
        let text = Fixture.spec(
            paths: ##"""
                {"/a": {"get": {"security": [{"missing": []}, {"other": [], "missing": []}], "responses": {"200": \##(ok)}}},
                 "/b": {"get": {"responses": {"200": \##(ok)}}},
                 "/c": {"get": {"security": [], "responses": {"200": \##(ok)}}}}
                """##,
            extra: ##""security": [{"missing": []}]"##
        )
        let (document, diagnostics) = Stages.resolve(text)
        XCTAssertEqual(diagnostics.errors, [])
        XCTAssertEqual(diagnostics.map(\.leniency), [.undeclaredSecurityScheme, .undeclaredSecurityScheme])
        XCTAssertEqual(diagnostics.map(\.message), [
            "2 operations name the security scheme 'missing', which is not in components.securitySchemes; ignored for auth",
            "1 operation names the security scheme 'other', which is not in components.securitySchemes; ignored for auth",
        ])
        XCTAssertEqual(diagnostics.map(\.pointer), [
            JSONPointer(["paths", "/a", "get", "security", "0", "missing"]), JSONPointer(["paths", "/a", "get", "security", "1", "other"]),
        ])
        XCTAssertEqual(document?.operations.count, 3, "the operations stay")
    }

    func testUnknownSecuritySchemeInheritedFromTheDocumentIsReportedAtTheDocumentsSecurity() {
        let text = Fixture.spec(paths: ##"{"/a": {"get": {"responses": {"200": \##(ok)}}}}"##, extra: ##""security": [{"bearer": []}]"##)
        let diagnostics = Stages.resolve(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["security", "0", "bearer"])])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
    }

    func testPathTemplateVariableWithoutParameterBecomesARequiredStringPathParameter() throws {
        let text = Fixture.spec(paths: ##"""
            {"/a/{id}/b/{other}/{id}": {"get": {"operationId": "a", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}, {"name": "other", "in": "query", "schema": {"type": "integer"}}], "responses": {"200": \##(ok)}}}}
            """##)
        let (document, diagnostics) = Stages.resolve(text)
        XCTAssertEqual(diagnostics.map(\.leniency), [.undeclaredPathParameter])
        XCTAssertEqual(diagnostics.first?.message, "the path template names '{other}', but the operation declares no path parameter 'other'; assumed a required string path parameter")
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["paths", "/a/{id}/b/{other}/{id}", "get"]))
        let parameters = try XCTUnwrap(document?.operation("a")?.parameters)
        XCTAssertEqual(parameters.map(\.name), ["id", "other", "other"])
        XCTAssertEqual(parameters.map(\.location), [.path, .query, .path])
        XCTAssertEqual(parameters.last?.required, true)
        XCTAssertEqual(parameters.last?.schema?.value?.type, "string")
    }
}
