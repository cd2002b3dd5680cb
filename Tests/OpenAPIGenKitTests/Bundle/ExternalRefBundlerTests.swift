import Foundation
@testable import OpenAPIGenKit
import XCTest

/// External file references: resolved relative to the referring file, to any depth, cycles across files,
/// schemas hoisted into components, and nothing read outside the spec folder.
final class ExternalRefBundlerTests: XCTestCase {
    /// Writes `files` (relative path → JSON text) into a new folder and returns its URL.
    private func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bundler-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    private func generate(_ root: URL, _ file: String = "api/openapi.json") throws -> GenerationResult {
        let url = root.appendingPathComponent(file)
        return Pipeline.generate([SpecSource(displayPath: file, data: try Data(contentsOf: url), url: url)])
    }

    private func types(_ result: GenerationResult) -> String {
        result.file("Types.swift")
    }

    private let api = """
        {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"},
         "paths": {"/pets": {"get": {"operationId": "listPets", "parameters": [{"$ref": "parameters.json#/limit"}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "schemas/pet-list.json"}}}},
                          "default": {"$ref": "responses.json#/Error"}}}},
                   "/owners": {"$ref": "paths/owners.json"}}}
        """

    private var petFiles: [String: String] {
        [
            "api/openapi.json": api,
            "api/parameters.json": ##"{"limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}"##,
            "api/responses.json": ##"{"Error": {"description": "error", "content": {"application/json": {"schema": {"$ref": "schemas/error.json"}}}}}"##,
            "api/schemas/pet-list.json": #"{"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "pet.json"}}}}"#,
            "api/schemas/pet.json": #"{"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "owner": {"$ref": "../common.json#/Owner"}, "price": {"$ref": "../common.json#/Money"}}}"#,
            "api/common.json": ##"{"Money": {"type": "object", "properties": {"amount": {"type": "number"}}}, "Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "schemas/pet.json"}}, "best": {"$ref": "#/Owner"}}}}"##,
            "api/schemas/error.json": #"{"type": "object", "properties": {"message": {"type": "string"}}}"#,
            "api/paths/owners.json": #"{"get": {"operationId": "listOwners", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "../common.json#/Owner"}}}}}}}}"#,
        ]
    }

    func testSchemasFromOtherFilesBecomeNamedTypesAtAnyDepth() throws {
        let result = try generate(try folder(petFiles))
        XCTAssertEqual(result.diagnostics, [])
        let text = types(result)
        for declaration in ["public struct Pet: ", "public struct PetList: ", "public struct Money: ", "public struct Owner: ", "public struct ErrorModel: "] {
            XCTAssertTrue(text.contains(declaration), declaration)
        }
        XCTAssertTrue(text.contains("public var owner: Owner?"))
        XCTAssertTrue(text.contains("public var pets: [Pet]?"), "a cycle across files (Pet → Owner → Pet) resolves to named types")
        let client = result.files.first { $0.name == "Client.swift" }?.contents ?? ""
        XCTAssertTrue(client.contains("public func listPets(limit: Swift.Int? = nil) async throws -> PetList"))
        XCTAssertTrue(client.contains("public func listOwners() async throws -> [Owner]"), "a path item read from another file")
        XCTAssertTrue(client.contains("APIError<ErrorModel>"), "a response read from another file")
    }

    func testAReferenceThatLeavesTheSpecFolderIsAnErrorAndNothingIsRead() throws {
        var files = petFiles
        files["api/parameters.json"] = ##"{"limit": {"name": "limit", "in": "query", "schema": {"$ref": "../../secret.json"}}}"##
        files["secret.json"] = #"{"type": "string"}"#
        let root = try folder(files)
        let reads = ReadLog()
        let result = Pipeline.generate(
            [SpecSource(displayPath: "api/openapi.json", data: try Data(contentsOf: root.appendingPathComponent("api/openapi.json")), url: root.appendingPathComponent("api/openapi.json"))],
            fileReader: { url in reads.append(url.lastPathComponent); return FileManager.default.contents(atPath: url.path) }
        )
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "api/parameters.json:1:55: error: reference '../../secret.json' leaves the spec folder 'api': ../secret.json is outside it and does not exist; only files inside the spec folder are read (copy the file into it, or allow a folder you trust with --ref-root DIR) [#/limit/schema/$ref]",
        ])
        XCTAssertFalse(reads.names.contains("secret.json"))
        XCTAssertTrue(reads.names.contains("parameters.json"))
    }

    /// `--ref-root`: a folder the user trusts, whose files references may read besides the spec folder. The
    /// default stays strict, and a reference leaving both is still refused without being read.
    func testAReferenceRootAllowsASiblingFolder() throws {
        let root = try folder([
            "api/openapi.json": ##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"Pet": {"type": "object", "properties": {"problem": {"$ref": "../common/common.json#/Problem"}, "missing": {"$ref": "../common/gone.json"}}}}}}"##,
            "common/common.json": ##"{"Problem": {"type": "object", "properties": {"code": {"type": "integer"}, "secret": {"$ref": "../../secret.json"}}}}"##,
        ])
        let spec = root.appendingPathComponent("api/openapi.json")
        let source = SpecSource(displayPath: "api/openapi.json", data: try Data(contentsOf: spec), url: spec)
        let strict = Pipeline.generate([source])
        XCTAssertEqual(strict.diagnostics.map(\.description), [
            "api/openapi.json:1:155: error: reference '../common/common.json#/Problem' leaves the spec folder 'api': common/common.json is outside it; only files inside the spec folder are read (copy the file into it, or allow a folder you trust with --ref-root DIR) [#/components/schemas/Pet/properties/problem/$ref]",
            "api/openapi.json:1:210: error: reference '../common/gone.json' leaves the spec folder 'api': common/gone.json is outside it and does not exist; only files inside the spec folder are read (copy the file into it, or allow a folder you trust with --ref-root DIR) [#/components/schemas/Pet/properties/missing/$ref]",
        ])
        let reads = ReadLog()
        let allowed = Pipeline.generate([source], referenceRoot: root, fileReader: { url in reads.append(url.lastPathComponent); return FileManager.default.contents(atPath: url.path) })
        XCTAssertEqual(allowed.diagnostics.map(\.description), [
            "api/openapi.json:1:210: error: cannot read 'common/gone.json', which this reference names [#/components/schemas/Pet/properties/missing/$ref]",
            "common/common.json:1:87: error: reference '../../secret.json' leaves the spec folder 'api' or the --ref-root folder: ../secret.json is outside it and does not exist; only files inside the spec folder are read (copy the file into it, or allow a folder you trust with --ref-root DIR) [#/Problem/properties/secret/$ref]",
        ])
        XCTAssertEqual(reads.names.sorted(), ["common.json", "gone.json"])
    }

    func testRemoteAndMissingReferences() throws {
        var files = petFiles
        files["api/schemas/pet.json"] = ##"{"type": "object", "properties": {"a": {"$ref": "https://example.com/pet.json"}, "b": {"$ref": "nope.json"}, "c": {"$ref": "../common.json#/Nope"}}}"##
        let result = try generate(try folder(files))
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "api/schemas/pet.json:1:41: error: remote reference 'https://example.com/pet.json' is not allowed; only files inside the spec folder are read [#/properties/a/$ref]",
            "api/schemas/pet.json:1:88: error: cannot read 'api/schemas/nope.json', which this reference names [#/properties/b/$ref]",
            "api/schemas/pet.json:1:116: error: unresolved reference '../common.json#/Nope': api/common.json has no #/Nope [#/properties/c/$ref]",
        ])
    }

    func testDiagnosticsInsideAReferencedFileNameThatFile() throws {
        var files = petFiles
        files["api/schemas/error.json"] = "{\n  \"type\": \"object\",\n  \"properties\": \"message\"\n}"
        let result = try generate(try folder(files))
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "api/schemas/error.json:3:3: error: 'properties' is a string; expected an object [#/properties]",
        ])
    }

    func testAnInMemoryDocumentCannotReferToFiles() {
        let result = Pipeline.generate([SpecSource(displayPath: "api.json", data: Data(api.utf8))])
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("was not read from a file") })
        XCTAssertFalse(result.succeeded)
    }
}

/// The names of the files a test's file reader was asked for.
private final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    func append(_ name: String) { lock.withLock { storage.append(name) } }

    var names: [String] { lock.withLock { storage } }

    func testOnlyDocumentsWithAReferenceToAnotherFileAreWalkedAndCopied() throws {
        func value(_ text: String) throws -> JSONValue { try XCTUnwrap(Stages.load(text).value) }
        XCTAssertFalse(ExternalRefBundler.mayHaveExternalReference(try value(##"{"a": [{"$ref": "#/components/schemas/A"}, {"b": {"$ref": "#/x"}}]}"##)))
        XCTAssertTrue(ExternalRefBundler.mayHaveExternalReference(try value(##"{"a": [1, {"b": {"$ref": "other.json#/x"}}]}"##)))
        XCTAssertTrue(ExternalRefBundler.mayHaveExternalReference(try value(##"[[[{"$ref": "schemas/pet.json"}]]]"##)))
        XCTAssertFalse(ExternalRefBundler.mayHaveExternalReference(try value(##"{"$ref": 3, "x": "other.json"}"##)))
        XCTAssertTrue(ExternalRefBundler.mayHaveExternalReference(try value(##"{"a": {"$ref": "#pet"}}"##)))
        // A document with local references only comes back as it was.
        let root = try value(##"{"openapi": "3.0.3", "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {}}}}"##)
        var bag = DiagnosticBag()
        let output = ExternalRefBundler.bundle(root, file: SpecFile(url: nil, displayPath: "t.json"), read: { _ in nil }, diagnostics: &bag)
        XCTAssertEqual(output.root, root)
        XCTAssertEqual(output.externalSources, [])
        XCTAssertEqual(bag.all, [])
    }
}
