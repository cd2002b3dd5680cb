import Foundation
@testable import OpenAPIGenKit
import XCTest

/// Keywords next to an external `$ref` (OpenAPI 3.1 schemas may have them) stay next to the reference that
/// replaces it in the bundle, so that a `description` on a reference to another file reaches the property.
final class ExternalRefSiblingsTests: XCTestCase {
    private func generate(_ files: [String: String]) throws -> GenerationResult {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("siblings-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("openapi.json")
        return Pipeline.generate([SpecSource(displayPath: "openapi.json", data: try Data(contentsOf: url), url: url)])
    }

    private func document(version: String) -> String {
        """
        {"openapi": "\(version)", "info": {"title": "T", "version": "1"}, "paths": {},
         "components": {"schemas": {"Pet": {"type": "object", "properties": {"owner": {"$ref": "owner.json", "description": "Who feeds it."}}}}}}
        """
    }

    func testDescriptionNextToAnExternalReferenceIsKeptIn31() throws {
        let result = try generate(["openapi.json": document(version: "3.1.0"), "owner.json": #"{"type": "object", "properties": {"name": {"type": "string"}}}"#])
        XCTAssertEqual(result.diagnostics, [])
        let types = result.file("Types.swift")
        XCTAssertTrue(types.contains("/// Who feeds it.\n    public var owner: Owner?"), types)
    }

    func testOpenAPI30StillIgnoresIt() throws {
        let result = try generate(["openapi.json": document(version: "3.0.3"), "owner.json": #"{"type": "object", "properties": {"name": {"type": "string"}}}"#])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertFalse(result.file("Types.swift").contains("Who feeds it."))
    }
}
