import Foundation
import XCTest

/// Every command reads YAML where it reads JSON: `generate`, `validate`, `diff`, `check` and the default
/// regeneration of `specs/<Name>/`, with external `$ref`s between JSON and YAML files in both directions.
final class YAMLCommandTests: XCTestCase {
    /// A scratch folder holding a copy of `specs/Bookshelf` (YAML, with `$ref`s to a JSON and a YAML file).
    private func bookshelfCopy() throws -> URL {
        let folder = try CLIRunner.scratchFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("specs/Bookshelf"), to: folder.appendingPathComponent("specs/Bookshelf")
        )
        return folder
    }

    func testGenerateFromYAMLWritesTheCommittedClient() throws {
        let folder = try bookshelfCopy()
        let outcome = try CLIRunner.run(["generate", "specs/Bookshelf/openapi.yaml", "--output", "Out"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let committed = CLIRunner.packageRoot.appendingPathComponent("Generated/Bookshelf")
        for name in CLIRunner.outputNames {
            let written = try String(contentsOf: folder.appendingPathComponent("Out/\(name)"), encoding: .utf8)
            XCTAssertEqual(written, try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8), name)
        }
    }

    func testValidateReadsYAMLAndYML() throws {
        let folder = try bookshelfCopy()
        try FileManager.default.copyItem(at: folder.appendingPathComponent("specs/Bookshelf/openapi.yaml"), to: folder.appendingPathComponent("specs/Bookshelf/copy.yml"))
        for file in ["specs/Bookshelf/openapi.yaml", "specs/Bookshelf/copy.yml"] {
            let outcome = try CLIRunner.run(["validate", file], in: folder)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(outcome.stdout, "\(file): no errors\n")
        }
    }

    func testDiffComparesYAMLRevisions() throws {
        let folder = try bookshelfCopy()
        try FileManager.default.copyItem(at: folder.appendingPathComponent("specs/Bookshelf"), to: folder.appendingPathComponent("old"))
        let spec = folder.appendingPathComponent("specs/Bookshelf/openapi.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "      required: [id, title]\n", with: "      required: [id, title, pages]\n").write(to: spec, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["diff", "old/openapi.yaml", "specs/Bookshelf/openapi.yaml", "--fail-on-breaking"], in: folder)
        XCTAssertEqual(outcome.status, 2, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("breaking: Book.pages"), outcome.stdout)
    }

    func testRegenerationAndCheckReadYAMLSpecFolders() throws {
        let folder = try bookshelfCopy()
        let first = try CLIRunner.run([], in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Generated/Bookshelf: wrote Client.swift, Support.swift, Types.swift"), first.stdout)
        XCTAssertEqual(try CLIRunner.run(["check"], in: folder).status, 0)
        let errors = folder.appendingPathComponent("specs/Bookshelf/shared/errors.yml")
        let text = try String(contentsOf: errors, encoding: .utf8)
        try text.replacingOccurrences(of: "    title: {type: string}\n", with: "    title: {type: string}\n    instance: {type: string}\n").write(to: errors, atomically: true, encoding: .utf8)
        let stale = try CLIRunner.run(["check"], in: folder)
        XCTAssertEqual(stale.status, 2, "editing a $ref'd YAML file must make Generated/ stale: \(stale.stderr)")
        XCTAssertTrue(stale.stderr.contains("instance"), stale.stderr)
    }

    func testJSONAndYAMLReferToEachOther() throws {
        let folder = try CLIRunner.scratchFolder(self)
        let root = #"""
            {"openapi": "3.0.3", "info": {"title": "Mixed", "version": "1"},
             "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok",
               "content": {"application/json": {"schema": {"$ref": "schemas/pet.yaml#/Pet"}}}}}}}}}
            """#
        let pet = "Pet:\n  type: object\n  properties:\n    name: {type: string}\n    owner:\n      $ref: owner.json#/Owner\n"
        let owner = #"{"Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "pet.yaml#/Pet"}}}}}"#
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try Data(root.utf8).write(to: folder.appendingPathComponent("api.json"))
        try Data(pet.utf8).write(to: folder.appendingPathComponent("schemas/pet.yaml"))
        try Data(owner.utf8).write(to: folder.appendingPathComponent("schemas/owner.json"))
        let outcome = try CLIRunner.run(["generate", "api.json", "--output", "Out"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let types = try CLIRunner.outputNames.filter { $0.hasPrefix("Types") }
            .map { try String(contentsOf: folder.appendingPathComponent("Out/\($0)"), encoding: .utf8) }.joined(separator: "\n")
        XCTAssertTrue(types.contains("public struct Pet:") && types.contains("public var owner: Owner?"), types)
        XCTAssertTrue(types.contains("public var pets: [Pet]?"), types)
    }

    func testDiagnosticsInAReferencedYAMLFileNameItsLineAndColumn() throws {
        let folder = try CLIRunner.scratchFolder(self)
        let root = "openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths:\n  /a:\n    $ref: paths.yml#/A\n"
        let paths = "A:\n  get:\n    responses:\n      \"200\":\n        description: ok\n        content:\n          application/json:\n            schema: {$ref: '#/Missing'}\n"
        try Data(root.utf8).write(to: folder.appendingPathComponent("api.yaml"))
        try Data(paths.utf8).write(to: folder.appendingPathComponent("paths.yml"))
        let outcome = try CLIRunner.run(["validate", "api.yaml"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stderr, "paths.yml:8:22: error: unresolved reference '#/Missing': paths.yml has no #/Missing [#/A/get/responses/200/content/application~1json/schema/$ref]\n")

        try Data("A:\n  get: [unclosed\n".utf8).write(to: folder.appendingPathComponent("paths.yml"))
        let broken = try CLIRunner.run(["validate", "api.yaml"], in: folder)
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.stderr, "paths.yml:3:1: error: the file is not valid YAML: the text ends inside a flow sequence that starts at line 2, column 8 (truncated file?)\n")
    }
}
