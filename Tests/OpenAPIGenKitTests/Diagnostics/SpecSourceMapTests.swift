import Foundation
import XCTest
@testable import OpenAPIGenKit

/// `SpecSourceMap`: a pointer into the merged document back to its file, the pointer inside that file, and its
/// line and column, for documents merged from several files, YAML documents and externally referenced files.
final class SpecSourceMapTests: XCTestCase {
    private func map(_ files: [(String, String)], main: Int = 0) throws -> SpecSourceMap {
        let base = URL(fileURLWithPath: "/virtual")
        var contents: [URL: Data] = [:]
        for (name, text) in files { contents[base.appendingPathComponent(name).standardizedFileURL] = Data(text.utf8) }
        let documents = files.enumerated().filter { $0.offset <= main }.map { index, file in
            SpecSource(displayPath: file.0, data: Data(file.1.utf8), url: base.appendingPathComponent(file.0))
        }
        let files = contents
        let result = Pipeline.generate(documents, config: GeneratorConfig(), fileReader: { files[$0.standardizedFileURL] })
        XCTAssertTrue(result.succeeded, "\(result.diagnostics)")
        return try XCTUnwrap(result.sourceMap)
    }

    private func pointer(_ fragment: String) throws -> JSONPointer {
        try XCTUnwrap(JSONPointer(fragment: fragment))
    }

    func testMergedFilesEachKeepTheirPositions() throws {
        let first = """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
             "paths": {"/a": {"get": {"responses": {"204": {"description": "ok"}}}}}}
            """
        let second = """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
             "paths": {"/b": {"get": {"responses": {"204": {"description": "ok"}}}}},
             "components": {"schemas": {
               "B": {"type": "object", "properties": {"x": {"type": "string"}}}}}}
            """
        let map = try map([("a.json", first), ("b.json", second)], main: 1)
        let wanted = try [pointer("#/paths/~1a/get"), pointer("#/paths/~1b/get"), pointer("#/components/schemas/B/properties/x"), pointer("#/components/schemas/B/properties/y")]
        let found = map.locate(Set(wanted))
        XCTAssertEqual(found[wanted[0]], SpecLocation(file: "a.json", pointer: wanted[0], line: 2, column: 19))
        XCTAssertEqual(found[wanted[1]], SpecLocation(file: "b.json", pointer: wanted[1], line: 2, column: 19))
        XCTAssertEqual(found[wanted[2]], SpecLocation(file: "b.json", pointer: wanted[2], line: 4, column: 43))
        // A node that is not in the file gets its nearest ancestor's position, and keeps its own pointer.
        XCTAssertEqual(found[wanted[3]], SpecLocation(file: "b.json", pointer: wanted[3], line: 4, column: 28))
    }

    func testYAMLDocuments() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """
        let map = try map([("api.yaml", yaml)])
        let name = try pointer("#/components/schemas/Pet/properties/name")
        XCTAssertEqual(map.locate([name])[name], SpecLocation(file: "api.yaml", pointer: name, line: 9, column: 9))
    }

    func testExternalReferencesPointIntoTheReferencedFile() throws {
        let main = """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"Owner": {"type": "object", "properties": {"pet": {"$ref": "shared.json#/Pet"}}}}}}
            """
        let shared = """
            {"Pet": {"type": "object",
                     "properties": {"name": {"type": "string"}}}}
            """
        let map = try map([("api.json", main), ("shared.json", shared)])
        let name = try pointer("#/components/schemas/Pet/properties/name")
        let found = try XCTUnwrap(map.locate([name])[name])
        XCTAssertEqual(found.file, "shared.json")
        XCTAssertEqual(found.pointer, try pointer("#/Pet/properties/name"))
        XCTAssertEqual(found.position, "shared.json:2:25")
    }
}
