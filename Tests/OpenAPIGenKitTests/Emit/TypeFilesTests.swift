import Foundation
import XCTest
@testable import OpenAPIGenKit

final class TypeFilesTests: XCTestCase {
    private func schemas(_ names: [String]) -> String {
        "{" + names.map { #""\#($0)": {"type": "object", "properties": {"id": {"type": "string"}}}"# }.joined(separator: ", ") + "}"
    }

    private func typeFiles(_ result: GenerationResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.files.filter { $0.name.hasPrefix("Types") }.map { ($0.name, $0.contents) })
    }

    func testTheFileOfANameIsAFixedHashOfIt() {
        // FNV-1a 64 of the UTF-8 bytes, modulo 8: fixed on every machine, so output is identical everywhere.
        XCTAssertEqual(TypeFiles.names, ["Types.swift", "Types1.swift", "Types2.swift", "Types3.swift", "Types4.swift", "Types5.swift", "Types6.swift", "Types7.swift"])
        XCTAssertEqual(["Pet", "Owner", "Tag", "Order", "Category", "Error", "Cluster", "Backup"].map(TypeFiles.index(of:)), [6, 4, 3, 7, 1, 1, 5, 7])
        XCTAssertEqual(Pipeline.outputFileNames, ["Client.swift", "Support.swift"] + TypeFiles.names + ["Values.swift"])
    }

    func testEveryTypeIsDeclaredOnceInTheFileOfItsName() {
        let names = (0..<40).map { "Thing\($0)" }
        let result = Stages.generate(Fixture.spec(schemas: schemas(names)))
        XCTAssertTrue(result.succeeded, result.diagnostics.description)
        let files = typeFiles(result)
        XCTAssertEqual(files.keys.sorted(), TypeFiles.names)
        for name in names {
            let holders = files.filter { $0.value.contains("public struct \(name): ") }.map(\.key)
            XCTAssertEqual(holders, [TypeFiles.names[TypeFiles.index(of: name)]], name)
        }
        XCTAssertGreaterThan(Set(names.map(TypeFiles.index(of:))).count, 4, "forty names spread over most files")
    }

    func testAddingASchemaChangesOnlyTheFileThatHoldsIt() {
        let names = (0..<30).map { "Thing\($0)" }
        let before = typeFiles(Stages.generate(Fixture.spec(schemas: schemas(names))))
        let after = typeFiles(Stages.generate(Fixture.spec(schemas: schemas(names + ["Added"]))))
        let changed = TypeFiles.names.filter { before[$0] != after[$0] }
        XCTAssertEqual(changed, [TypeFiles.names[TypeFiles.index(of: "Added")]])
    }

    func testAFileWithNoTypeHasTheHeaderAndAComment() {
        let result = Stages.generate(Fixture.spec(schemas: schemas(["Pet"])))
        let empty = TypeFiles.names.filter { $0 != TypeFiles.names[TypeFiles.index(of: "Pet")] }
        for name in empty {
            let text = typeFiles(result)[name] ?? ""
            XCTAssertTrue(text.hasPrefix(FileHeader.marker), name)
            XCTAssertTrue(text.contains("// No type of this API falls in this file"), name)
            XCTAssertFalse(text.contains("struct"), name)
        }
    }

    func testOnlyTypesSwiftDeclaresTheNamespace() {
        var config = GeneratorConfig()
        config.namespace = "Pets"
        let result = Pipeline.generate([SpecSource(displayPath: "t.json", data: Data(Fixture.spec(schemas: schemas((0..<20).map { "Thing\($0)" })).utf8))], config: config)
        XCTAssertTrue(result.succeeded, result.diagnostics.description)
        let files = typeFiles(result)
        XCTAssertEqual(files.filter { $0.value.contains("public enum Pets {}") }.map(\.key), ["Types.swift"])
        for (name, text) in files where !text.contains("// No type of this API") {
            XCTAssertTrue(text.contains("extension Pets {"), name)
        }
    }
}
