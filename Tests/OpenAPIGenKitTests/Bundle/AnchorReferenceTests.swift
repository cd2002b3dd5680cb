import Foundation
@testable import OpenAPIGenKit
import XCTest

/// `$ref: "#name"` to a JSON Schema `$anchor` (OpenAPI 3.1): in the same document and in another file; a name
/// that no `$anchor` declares is an error at the reference.
final class AnchorReferenceTests: XCTestCase {
    private func generate(_ files: [String: String]) throws -> GenerationResult {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("anchors-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("openapi.json")
        return Pipeline.generate([SpecSource(displayPath: "openapi.json", data: try Data(contentsOf: url), url: url)])
    }

    private func document(_ properties: String) -> String {
        """
        {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
         "components": {"schemas": {"Pet": {"type": "object", "properties": \(properties)},
                                    "Owner": {"$anchor": "owner", "type": "object", "properties": {"name": {"type": "string"}}}}}}
        """
    }

    func testAnchorInTheSameDocumentIsTheComponent() throws {
        let result = try generate(["openapi.json": document(##"{"owner": {"$ref": "#owner"}}"##)])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(result.file("Types.swift").contains("public var owner: Owner?"), result.file("Types.swift"))
    }

    func testAnchorInAnotherFile() throws {
        let result = try generate([
            "openapi.json": document(##"{"tag": {"$ref": "common.json#tag"}}"##),
            "common.json": ##"{"Tag": {"$anchor": "tag", "type": "object", "properties": {"label": {"type": "string"}}}}"##,
        ])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertTrue(result.file("Types.swift").contains("public var tag: Tag?"), result.file("Types.swift"))
    }

    func testUnknownAnchorIsAnErrorAtTheReference() throws {
        let result = try generate(["openapi.json": document(##"{"owner": {"$ref": "#nobody"}}"##)])
        XCTAssertEqual(result.diagnostics.map(\.pointer), [JSONPointer(["components", "schemas", "Pet", "properties", "owner", "$ref"])])
        XCTAssertEqual(result.diagnostics.first?.message, "unresolved reference '#nobody': openapi.json has no '$anchor' named 'nobody'")
        XCTAssertEqual(result.files, [])
    }
}
