import Foundation
import XCTest
@testable import OpenAPIGenKit

final class ModelLoweringTests: XCTestCase {
    func testServersBecomeNamedChoicesWithVariables() throws {
        let text = Fixture.spec(extra: ##"""
            "servers": [
              {"url": "https://api.example.com", "description": "Production"},
              {"url": "https://{region}.example.com/{version}", "description": "Regional", "variables": {"region": {"default": "eu-west", "description": "Where"}, "version": {"default": "v1"}}},
              {"url": "http://localhost"},
              {"url": "https://x", "description": "A very long description of a server that goes on and on"},
              {"url": "https://y", "description": "production"}]
            """##)
        let (model, diagnostics) = Stages.lower(text)
        XCTAssertEqual(diagnostics, [])
        let servers = try XCTUnwrap(model?.servers)
        XCTAssertEqual(servers.map(\.caseName), ["production", "regional", "server3", "server4", "production2"])
        XCTAssertEqual(servers[1], ServerChoice(
            caseName: "regional", url: "https://{region}.example.com/{version}", doc: "Regional",
            variables: [
                ServerVariable(swiftName: "region", name: "region", defaultValue: "eu-west", doc: "Where"),
                ServerVariable(swiftName: "version", name: "version", defaultValue: "v1", doc: nil),
            ]
        ))
    }

    func testServerNamedURLDoesNotCollideWithTheURLCase() {
        let servers = ModelLowering.servers([Server(url: "https://a", description: "URL", variables: [])])
        XCTAssertEqual(servers.map(\.caseName), ["url2"])
    }

    func testModelCarriesTitleSourcesAndTypesInDocumentOrder() throws {
        let (model, _) = Stages.lower(Fixture.spec(schemas: ##"{"b": {"type": "string"}, "A": {"type": "string"}, "C": {"type": "string"}}"##))
        XCTAssertEqual(model?.title, "T")
        XCTAssertEqual(model?.sourceFiles, ["t.json"])
        XCTAssertEqual(model?.types.map(\.name), ["B", "A", "C"])
    }

    func testLoweringIsDeterministic() throws {
        let sources = try Fixture.specSources("IonosPostgreSQL")
        let first = try XCTUnwrap(Stages.lower(sources).model)
        let second = try XCTUnwrap(Stages.lower(sources).model)
        XCTAssertEqual(first, second)
    }
}
