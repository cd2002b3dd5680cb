import Foundation
import XCTest
@testable import OpenAPIGenKit

final class DocumentParserTests: XCTestCase {
    func testInfoServersAndSecuritySchemes() throws {
        let text = Fixture.spec(
            components: ##""securitySchemes": {"basic": {"type": "http", "scheme": "basic"}, "bearer": {"type": "http", "scheme": "Bearer"}, "key": {"type": "apiKey", "in": "query", "name": "api_key"}, "oauth": {"type": "oauth2"}}"##,
            extra: ##""servers": [{"url": "https://{host}/v1", "description": "Prod", "variables": {"host": {"default": "api.example.com", "description": "Host"}}}], "security": [{"basic": [], "key": []}, {"bearer": []}]"##
        )
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics, [])
        let doc = try XCTUnwrap(document)
        XCTAssertEqual(doc.version, "3.0.3")
        XCTAssertEqual(doc.title, "T")
        XCTAssertEqual(doc.apiVersion, "1")
        XCTAssertEqual(doc.servers, [Server(url: "https://{host}/v1", description: "Prod", variables: [("host", "api.example.com", "Host")])])
        XCTAssertEqual(doc.securitySchemes, [
            "basic": .httpBasic, "bearer": .httpBearer,
            "key": .apiKey(name: "api_key", location: "query"), "oauth": .other(type: "oauth2"),
        ])
        XCTAssertEqual(doc.security, [SecurityRequirement(schemeNames: ["basic", "key"]), SecurityRequirement(schemeNames: ["bearer"])])
        XCTAssertEqual(doc.files, ["t.json"])
    }

    func testComponentSectionsAreParsed() throws {
        let text = Fixture.spec(
            schemas: ##"{"Pet": {"type": "string"}, "Alias": {"$ref": "#/components/schemas/Pet"}}"##,
            components: ##""parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}, "requestBodies": {"Body": {"required": true, "content": {}}}, "responses": {"NotFound": {"description": "missing"}}"##
        )
        let doc = try XCTUnwrap(Stages.parse(text).document)
        XCTAssertEqual(doc.schemas.keys.sorted(), ["Alias", "Pet"])
        XCTAssertEqual(doc.schemas["Alias"], .reference(Reference(raw: "#/components/schemas/Pet", pointer: JSONPointer(["components", "schemas", "Alias", "$ref"]))))
        let limitPointer = JSONPointer(["components", "parameters", "Limit"])
        var limitSchema = Schema(pointer: limitPointer.appending("schema"))
        limitSchema.type = "integer"
        XCTAssertEqual(doc.parameters["Limit"], .value(Parameter(pointer: limitPointer, name: "limit", location: .query, required: false, schema: .value(limitSchema))))
        XCTAssertEqual(doc.requestBodies["Body"], .value(RequestBody(pointer: JSONPointer(["components", "requestBodies", "Body"]), required: true, content: [])))
        XCTAssertEqual(doc.responses["NotFound"], .value(Response(pointer: JSONPointer(["components", "responses", "NotFound"]), description: "missing", content: [])))
    }

    // MARK: - Wrong kinds

    func testPathsAsArrayIsAnErrorAtPaths() throws {
        let text = ##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": []}"##
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertTrue(errors.contains { $0.pointer == JSONPointer(["paths"]) && $0.message.contains("an array") }, "expected an error at #/paths: \(errors)")
        XCTAssertFalse(Stages.generate(text).succeeded, "a document whose 'paths' is an array must not generate an empty client")
    }

    func testComponentsAsArrayIsAnErrorAtComponents() throws {
        let text = ##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": []}"##
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertTrue(errors.contains { $0.pointer == JSONPointer(["components"]) && $0.message.contains("an array") }, "expected an error at #/components: \(errors)")
    }

    func testMissingPathsIsAnError() {
        let text = ##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}}"##
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertEqual(errors.map(\.pointer), [.root])
        XCTAssertTrue(errors.first?.message.contains("no 'paths'") ?? false, errors.description)
    }

    func testPropertiesAsStringIsAnErrorAtProperties() {
        let text = Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": "name"}}"##)
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "Pet", "properties"])])
        XCTAssertEqual(errors.first?.message, "'properties' is a string; expected an object")
    }

    func testRequiredWithANumberIsAnErrorAtTheEntry() throws {
        let text = Fixture.spec(schemas: ##"{"Pet": {"type": "object", "required": ["name", 3], "properties": {"name": {"type": "string"}}}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics.errors.map(\.pointer), [JSONPointer(["components", "schemas", "Pet", "required", "1"])])
        XCTAssertEqual(document?.schemas["Pet"]?.value?.required, ["name"])
    }

    func testWrongKindsOfScalarsAreErrors() {
        let text = Fixture.spec(schemas: ##"{"A": {"type": 1, "nullable": "yes", "description": false}, "B": {"type": "thing"}}"##)
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertEqual(Set(errors.compactMap(\.pointer)), [
            JSONPointer(["components", "schemas", "A", "type"]),
            JSONPointer(["components", "schemas", "A", "nullable"]),
            JSONPointer(["components", "schemas", "A", "description"]),
            JSONPointer(["components", "schemas", "B", "type"]),
        ])
    }

    func testSchemaThatIsNotAnObjectIsAnError() {
        let text = Fixture.spec(schemas: ##"{"A": [1]}"##)
        let errors = Stages.parse(text).diagnostics.errors
        XCTAssertEqual(errors.map(\.pointer), [JSONPointer(["components", "schemas", "A"])])
    }

    func testEmptyAllOfIsAnError() {
        let text = Fixture.spec(schemas: ##"{"A": {"allOf": []}}"##)
        XCTAssertEqual(Stages.parse(text).diagnostics.errors.map(\.pointer), [JSONPointer(["components", "schemas", "A", "allOf"])])
    }

    // MARK: - Versions

    func testSwagger2IsRefusedWithOneDiagnostic() {
        let text = ##"{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": "not even an object"}}"##
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.severity, .error)
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["swagger"]))
        XCTAssertTrue(diagnostics.first?.message.contains("Swagger 2.0") ?? false, diagnostics.description)
    }

    func testOpenAPI32IsRefusedWithOneDiagnostic() {
        let text = ##"{"openapi": "3.2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": 5}}"##
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.pointer, JSONPointer(["openapi"]))
        XCTAssertTrue(diagnostics.first?.message.contains("OpenAPI 3.2.0") ?? false, diagnostics.description)
    }

    func testOpenAPI32ThroughThePipelineGivesOneDiagnostic() {
        let result = Stages.generate(##"{"openapi": "3.2.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.files, [])
        XCTAssertTrue(result.diagnostics.first?.description.hasPrefix("t.json:1:") ?? false, result.diagnostics.description)
    }

    func testMissingVersionIsAnError() {
        let (document, diagnostics) = Stages.parse(##"{"info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.map(\.pointer), [.root])
    }

    func testOlderOpenAPI30VersionsAreAccepted() {
        let (document, diagnostics) = Stages.parse(##"{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}}"##)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.version, "3.0.0")
    }

    // MARK: - Security schemes

    func testAPIKeySchemeWithoutLocationIsAnError() {
        let text = Fixture.spec(components: ##""securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "body"}, "none": {"description": "x"}}"##)
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics.errors.map(\.pointer), [
            JSONPointer(["components", "securitySchemes", "key"]), JSONPointer(["components", "securitySchemes", "none"]),
        ])
        XCTAssertEqual(document?.securitySchemes, [:])
    }
}
