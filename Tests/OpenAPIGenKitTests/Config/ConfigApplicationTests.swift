import Foundation
@testable import OpenAPIGenKit
import XCTest

/// The config applied by the pipeline: filter, type overrides, name, access and namespace.
final class ConfigApplicationTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func ionos(_ config: String) throws -> GenerationResult {
        let api = try XCTUnwrap(SpecCatalog(specsURL: root.appendingPathComponent("specs")).apis().first { $0.name == "IonosPostgreSQL" })
        let sources = try SpecCatalog.sources(api.files, relativeTo: root)
        return Pipeline.generate(sources, configSource: SpecSource(displayPath: "specs/IonosPostgreSQL/openapi-gen.json", data: Data(config.utf8)))
    }

    private func file(_ name: String, _ result: GenerationResult) -> String {
        result.file(name)
    }

    func testFilterByTagKeepsOnlyThoseOperationsAndTheTypesTheyReach() throws {
        let result = try ionos(#"{"filter": {"tags": ["Backups"]}}"#)
        XCTAssertTrue(result.succeeded, "\(result.diagnostics)")
        let client = file("Client.swift", result)
        XCTAssertTrue(client.contains("public func clustersBackupsGet("))
        XCTAssertFalse(client.contains("public func clustersPost("))
        let types = file("Types.swift", result)
        XCTAssertTrue(types.contains("public struct ClusterBackupList"))
        XCTAssertFalse(types.contains("CreateClusterRequest"))
    }

    func testFilterEntriesThatMatchNothingAreWarnings() throws {
        let result = try ionos(#"{"filter": {"operations": ["clustersGet", "nope"]}}"#)
        XCTAssertTrue(result.succeeded)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "specs/IonosPostgreSQL/openapi-gen.json:1:43: warning: the filter names 'nope', which no operation of the spec has [#/filter/operations/1]",
        ])
    }

    func testTypeOverrideReplacesTheComponentEverywhere() throws {
        let result = try ionos(#"{"typeOverrides": {"ResourceId": "Swift.Substring"}}"#)
        XCTAssertTrue(result.succeeded)
        let types = file("Types.swift", result)
        XCTAssertFalse(types.contains("typealias ResourceId"))
        XCTAssertTrue(types.contains("public var id: Swift.Substring?"))
    }

    func testNameAccessAndNamespace() throws {
        let result = try ionos(#"{"name": "IONOS PostgreSQL", "access": "internal", "namespace": "Ionos"}"#)
        XCTAssertTrue(result.succeeded)
        let types = file("Types.swift", result)
        XCTAssertTrue(types.contains("internal enum Ionos {}\n\nextension Ionos {\n"))
        XCTAssertFalse(types.contains("public "))
        XCTAssertTrue(file("Client.swift", result).contains("/// A client for IONOS PostgreSQL."))
        XCTAssertTrue(file("Support.swift", result).hasSuffix("extension Foundation.UUID: Ionos.ParameterValue {}\n"))
    }

    func testInvalidConfigStopsGenerationWithItsPosition() throws {
        let result = try ionos("{\n  \"acess\": \"public\"\n}")
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.files, [])
        XCTAssertEqual(result.diagnostics.first?.description, "specs/IonosPostgreSQL/openapi-gen.json:2:3: error: unknown key 'acess' in the config; accepted keys: access, filter, name, namespace, pagination, runtime, strict, typeOverrides [#/acess]")
    }
}
