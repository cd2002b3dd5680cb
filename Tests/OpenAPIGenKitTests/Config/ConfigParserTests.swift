import Foundation
@testable import OpenAPIGenKit
import XCTest

/// `openapi-gen.json`: every key read, and unknown keys or wrong types reported with the accepted keys.
final class ConfigParserTests: XCTestCase {
    private func parse(_ json: String) -> (GeneratorConfig?, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        let config = ConfigParser.parse(Data(json.utf8), file: "openapi-gen.json", diagnostics: &diagnostics)
        return (config, diagnostics.sorted)
    }

    func testReadsEveryKey() throws {
        let (config, diagnostics) = parse("""
            {"name": "Ionos", "access": "package", "namespace": "Ionos",
             "filter": {"tags": ["Backups"], "operations": ["clustersGet"], "paths": ["/clusters"]},
             "typeOverrides": {"ResourceId": "Swift.String"}, "strict": true,
             "pagination": {"clustersGet": {"style": "offset", "limit": "limit", "offset": "offset", "items": "items"},
                            "listDatabaseBackups": {"style": "cursor", "limit": "limit", "cursor": "marker", "nextCursor": "meta.marker", "items": "database_backups"}}}
            """)
        XCTAssertEqual(diagnostics, [])
        let parsed = try XCTUnwrap(config)
        XCTAssertEqual(parsed.name, "Ionos")
        XCTAssertEqual(parsed.access, .package)
        XCTAssertEqual(parsed.namespace, "Ionos")
        XCTAssertEqual(parsed.filter, OperationFilter(tags: ["Backups"], operations: ["clustersGet"], paths: ["/clusters"]))
        XCTAssertEqual(parsed.typeOverrides, ["ResourceId": "Swift.String"])
        XCTAssertEqual(parsed.pagination["clustersGet"], PaginationRule(style: .offset, limit: "limit", offset: "offset", cursor: nil, nextCursor: nil, items: "items"))
        XCTAssertEqual(parsed.pagination["listDatabaseBackups"]?.nextCursor, "meta.marker")
        XCTAssertTrue(parsed.strict)
    }

    func testStrictMustBeABoolean() {
        let (config, diagnostics) = parse(#"{"strict": "yes"}"#)
        XCTAssertNil(config)
        XCTAssertEqual(diagnostics.map(\.description), ["openapi-gen.json: error: 'strict' must be true or false, not a string [#/strict]"])
    }

    func testEmptyConfigMeansDefaults() {
        let (config, diagnostics) = parse("{}")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(config, GeneratorConfig())
    }

    func testUnknownKeysNameTheKeyAndListTheAcceptedOnes() {
        let (config, diagnostics) = parse(#"{"namespce": "X", "filter": {"tag": ["a"]}}"#)
        XCTAssertNil(config)
        XCTAssertEqual(diagnostics.map(\.description), [
            "openapi-gen.json: error: unknown key 'tag' in 'filter'; accepted keys: operations, paths, tags [#/filter/tag]",
            "openapi-gen.json: error: unknown key 'namespce' in the config; accepted keys: access, filter, name, namespace, pagination, runtime, strict, typeOverrides [#/namespce]",
        ])
    }

    func testWrongTypesAreErrors() {
        let (config, diagnostics) = parse(#"{"access": "private", "name": 3, "namespace": "my-api", "typeOverrides": [], "filter": {"tags": "Backups"}, "pagination": {"x": {"style": "pages"}}}"#)
        XCTAssertNil(config)
        XCTAssertEqual(diagnostics.map(\.message), [
            "'access' must be one of public, package, internal, not 'private'",
            "'tags' must be an array of strings",
            "'name' must be a string, not a number",
            "'namespace' must be a Swift type name such as 'MyApi', not 'my-api'",
            "'style' must be offset, cursor, nextLink or linkHeader, not 'pages'",
            "'typeOverrides' must be an object mapping schema names to Swift types, not an array",
        ])
    }

    func testConfigThatIsNotAnObject() {
        let (config, diagnostics) = parse("[]")
        XCTAssertNil(config)
        XCTAssertEqual(diagnostics.first?.message, "the config must be an object, not an array")
    }
}
