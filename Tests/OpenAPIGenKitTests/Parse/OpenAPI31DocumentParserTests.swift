import XCTest
@testable import OpenAPIGenKit

/// The OpenAPI 3.1 Document Object: webhooks, `components/pathItems` references, optional `paths` and
/// `responses`, `jsonSchemaDialect`, `info.summary`, `license.identifier` and `mutualTLS`.
final class OpenAPI31DocumentParserTests: XCTestCase {
    private static let pathItems = ##"""
        "pathItems": {"Items": {"get": {"operationId": "listItems", "responses": {"200": {"description": "ok"}}}},
                      "Hook": {"post": {"operationId": "itemAdded", "requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}}}}}
        """##

    func testOpenAPI31IsAccepted() {
        let (document, diagnostics) = Stages.parse(OpenAPI31Fixture.spec())
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.version, "3.1.0")
    }

    func testPathItemReferencesAndWebhooks() throws {
        let text = OpenAPI31Fixture.spec(
            paths: ##"{"/items": {"$ref": "#/components/pathItems/Items"}}"##, components: Self.pathItems,
            extra: ##""webhooks": {"itemAdded": {"$ref": "#/components/pathItems/Hook"}, "ping": {"post": {}}}"##
        )
        let (parsed, diagnostics) = Stages.parse(text)
        XCTAssertEqual(diagnostics, [])
        let document = try XCTUnwrap(parsed)
        XCTAssertEqual(document.operations.map(\.operationID), ["listItems"])
        XCTAssertEqual(document.operations.first?.path, "/items")
        XCTAssertEqual(document.operations.first?.pointer, JSONPointer(["components", "pathItems", "Items", "get"]))
        XCTAssertEqual(document.webhooks.map(\.path), ["itemAdded", "ping"])
        XCTAssertEqual(document.webhooks.map(\.operationID), ["itemAdded", nil])
        XCTAssertTrue(document.webhooks.allSatisfy { $0.responses.isEmpty }, "3.1 operations may leave out 'responses'")
    }

    func testPathItemReferenceLoopsAndMissesAreErrors() {
        let loop = OpenAPI31Fixture.spec(
            paths: ##"{"/a": {"$ref": "#/components/pathItems/A"}, "/b": {"$ref": "#/components/pathItems/Missing"}}"##,
            components: ##""pathItems": {"A": {"$ref": "#/components/pathItems/B"}, "B": {"$ref": "#/components/pathItems/A"}}"##
        )
        let diagnostics = Stages.parse(loop).diagnostics
        XCTAssertEqual(diagnostics.errors.count, 2, diagnostics.description)
        XCTAssertTrue(diagnostics.errors.contains { $0.message.hasPrefix("reference loop:") }, diagnostics.description)
        XCTAssertTrue(diagnostics.errors.contains { $0.message == "unresolved reference '#/components/pathItems/Missing'" }, diagnostics.description)
    }

    func testPathsMayBeLeftOutWhenWebhooksOrComponentsAreThere() {
        let webhooksOnly = ##"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "webhooks": {}}"##
        XCTAssertEqual(Stages.parse(webhooksOnly).diagnostics, [])
        let nothing = ##"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}"##
        XCTAssertEqual(Stages.parse(nothing).diagnostics.errors.map(\.pointer), [.root])
    }

    func testInfoSummaryLicenseAndDialect() throws {
        let text = ##"""
            {"openapi": "3.1.1", "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
             "info": {"title": "T", "version": "1", "summary": "Short.", "license": {"name": "MIT", "identifier": "MIT", "url": "https://x"}},
             "paths": {}}
            """##
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(document?.summary, "Short.")
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(Set(diagnostics.compactMap(\.pointer)), [JSONPointer(["jsonSchemaDialect"]), JSONPointer(["info", "license", "identifier"])])
        let base = ##"{"openapi": "3.1.0", "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base", "info": {"title": "T", "version": "1"}, "paths": {}}"##
        XCTAssertEqual(Stages.parse(base).diagnostics, [])
    }

    func testMutualTLSIsAWarningAndAddsNoCredentials() throws {
        let text = OpenAPI31Fixture.spec(
            paths: ##"{"/a": {"get": {"operationId": "a", "security": [{"mtls": []}], "responses": {"204": {"description": "ok"}}}}}"##,
            components: ##""securitySchemes": {"mtls": {"type": "mutualTLS"}}"##
        )
        let (document, diagnostics) = Stages.parse(text)
        XCTAssertEqual(document?.securitySchemes, ["mtls": .mutualTLS])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["components", "securitySchemes", "mtls"])])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        let client = Stages.generate(text).file("Client.swift")
        XCTAssertTrue(client.contains("security: [[]]"), client)
    }

    func testOpenAPI30StillNeedsPathsAndResponsesAndSkipsPathItemReferences() {
        let text = Fixture.spec(paths: ##"{"/a": {"$ref": "#/x"}, "/b": {"get": {}}}"##)
        let diagnostics = Stages.parse(text).diagnostics
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .error], diagnostics.description)
        XCTAssertEqual(Stages.parse(##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "webhooks": {}}"##).diagnostics.errors.count, 1)
    }
}
