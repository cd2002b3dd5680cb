import Foundation
import XCTest
@testable import OpenAPIGenKit

final class FileHeaderTests: XCTestCase {
    private let spec = Fixture.spec(
        schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##,
        paths: ##"{"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}}"##
    )

    func testEveryFileStartsWithTheMarkerAndRelativeSources() {
        let result = Pipeline.generate([
            SpecSource(displayPath: "specs/Pets/b.json", data: Data(spec.utf8)),
            SpecSource(displayPath: "specs/Pets/a.json", data: Data(spec.utf8)),
        ])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
        for file in result.files {
            let lines = file.contents.components(separatedBy: "\n")
            XCTAssertEqual(Array(lines.prefix(6)), [
                FileHeader.marker, "// Source: specs/Pets/a.json", "// Source: specs/Pets/b.json",
                "// swift-format-ignore-file", "// swiftlint:disable all", "",
            ], file.name)
            XCTAssertTrue(lines.contains("import Foundation"), file.name)
        }
        XCTAssertTrue(result.file("Client.swift").contains("import FoundationNetworking"))
        XCTAssertFalse(result.file("Types.swift").contains("FoundationNetworking"))
    }

    func testNoAbsolutePathsInOutput() {
        let result = Stages.generate(spec)
        let cwd = FileManager.default.currentDirectoryPath
        for file in result.files {
            XCTAssertFalse(file.contents.contains(Fixture.packageRoot.path), file.name)
            XCTAssertFalse(cwd.count > 1 && file.contents.contains(cwd), file.name)
            XCTAssertFalse(file.contents.contains("// Source: /"), file.name)
        }
        XCTAssertTrue(result.file("Types.swift").contains("// Source: t.json\n"))
    }

    func testEveryFileEndsWithExactlyOneNewline() {
        let result = Stages.generate(spec)
        XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
        for file in result.files {
            XCTAssertTrue(file.contents.hasSuffix("\n"), file.name)
            XCTAssertFalse(file.contents.hasSuffix("\n\n"), file.name)
            XCTAssertFalse(file.contents.contains("\r"), file.name)
            XCTAssertFalse(file.contents.components(separatedBy: "\n").contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") }, "trailing whitespace in \(file.name)")
        }
    }

    func testGeneratingTwiceGivesIdenticalBytes() {
        let sources = [SpecSource(displayPath: "t.json", data: Data(spec.utf8))]
        let first = Pipeline.generate(sources)
        let second = Pipeline.generate(sources)
        XCTAssertFalse(first.files.isEmpty)
        XCTAssertEqual(first.files.map { Data($0.contents.utf8) }, second.files.map { Data($0.contents.utf8) })
        XCTAssertEqual(first, second)
    }

    func testSourceOrderDoesNotMatter() throws {
        let sources = try Fixture.specSources("IonosPostgreSQL")
        XCTAssertEqual(Pipeline.generate(sources), Pipeline.generate(sources.reversed()))
    }

    func testErrorsProduceNoFiles() {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"A": {"$ref": "#/components/schemas/Missing"}}"##))
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.files, [])
    }

    func testWarningsStillProduceFiles() {
        let result = Stages.generate(Fixture.spec(paths: ##"{"/a/{id}": {"get": {"operationId": "a", "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}], "responses": {"200": {"description": "ok"}}}}}"##))
        XCTAssertTrue(result.succeeded)
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(result.files.map(\.name), Pipeline.outputFileNames)
    }
}
