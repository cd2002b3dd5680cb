import Foundation
import XCTest
@testable import OpenAPIGenKit

final class DocumentMergerTests: XCTestCase {
    private let header = ##""openapi": "3.0.3", "info": {"title": "T", "version": "1"}"##

    private func document(paths: String = "{}", schemas: String = "{}", tags: String? = nil) -> String {
        let tagMember = tags.map { ##", "tags": \##($0)"## } ?? ""
        return ##"{\##(header), "paths": \##(paths), "components": {"schemas": \##(schemas)}\##(tagMember)}"##
    }

    private let pet = ##"{"type": "object", "properties": {"name": {"type": "string"}}}"##

    func testIdenticalRepeatedComponentsMergeSilently() throws {
        let (merged, diagnostics) = Stages.merge([
            ("a.json", document(paths: ##"{"/a": {}}"##, schemas: ##"{"Pet": \##(pet)}"##)),
            ("b.json", document(paths: ##"{"/b": {}}"##, schemas: ##"{"Pet": \##(pet), "Owner": {"type": "string"}}"##)),
        ])
        XCTAssertEqual(diagnostics, [])
        let root = try XCTUnwrap(merged?.root)
        let schemas = try XCTUnwrap(root.value(at: JSONPointer(["components", "schemas"]))?.objectValue)
        XCTAssertEqual(schemas.keys, ["Pet", "Owner"], "file order, then document order")
        XCTAssertEqual(schemas["Pet"], Stages.load(pet).value)
        XCTAssertEqual(merged?.files, ["a.json", "b.json"])
    }

    func testConflictingComponentIsAnErrorNamingBothFilesAndThePointer() {
        let (_, diagnostics) = Stages.merge([
            ("a.json", document(schemas: ##"{"Pet": \##(pet)}"##)),
            ("b.json", document(schemas: ##"{"Pet": {"type": "string"}}"##)),
        ])
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = diagnostics[0]
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.file, "b.json")
        XCTAssertEqual(diagnostic.pointer, JSONPointer(["components", "schemas", "Pet"]))
        XCTAssertTrue(diagnostic.message.contains("a.json"), diagnostic.message)
        XCTAssertTrue(diagnostic.message.contains("#/components/schemas/Pet"), diagnostic.message)
    }

    func testConflictIsReportedThroughThePipelineWithBothFiles() {
        let result = Pipeline.generate([
            SpecSource(displayPath: "specs/X/a.json", data: Data(document(schemas: ##"{"Pet": \##(pet)}"##).utf8)),
            SpecSource(displayPath: "specs/X/b.json", data: Data(document(schemas: ##"{"Pet": {"type": "integer"}}"##).utf8)),
        ])
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.files, [])
        let errors = result.diagnostics.errors
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.description.hasPrefix("specs/X/b.json:1:") ?? false, errors.description)
        XCTAssertTrue(errors.first?.message.contains("specs/X/a.json") ?? false, errors.description)
    }

    func testFragmentsMergeInFileOrderAndARepeatWithItsKeysReorderedIsTheSame() throws {
        let reordered = ##"{"properties": {"name": {"type": "string"}}, "type": "object"}"##
        let (merged, diagnostics) = Stages.merge([
            ("a.json", document(paths: ##"{"/b": {}, "/a": {}}"##, schemas: ##"{"Pet": \##(pet), "Cat": {"type": "string"}}"##)),
            ("b.json", document(paths: ##"{"/c": {}, "/a": {}}"##, schemas: ##"{"Dog": {"type": "string"}, "Pet": \##(reordered)}"##)),
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(merged?.root.objectValue?["paths"]?.objectValue?.keys, ["/b", "/a", "/c"])
        XCTAssertEqual(merged?.root.value(at: JSONPointer(["components", "schemas"]))?.objectValue?.keys, ["Pet", "Cat", "Dog"])
        XCTAssertEqual(
            merged?.root.value(at: JSONPointer(["components", "schemas", "Pet"]))?.objectValue?.keys, ["type", "properties"],
            "the first file's spelling is kept"
        )
    }

    func testPathsFromSeveralFilesAreUnited() throws {
        let get = ##"{"responses": {"200": {"description": "ok"}}}"##
        let (merged, diagnostics) = Stages.merge([
            ("a.json", document(paths: ##"{"/pets": {"get": \##(get)}}"##)),
            ("b.json", document(paths: ##"{"/pets": {"post": \##(get)}, "/owners": {"get": \##(get)}}"##)),
            ("c.json", document(paths: ##"{"/pets": {"get": \##(get)}}"##)),
        ])
        XCTAssertEqual(diagnostics, [])
        let paths = try XCTUnwrap(merged?.root.objectValue?["paths"]?.objectValue)
        XCTAssertEqual(paths.keys, ["/pets", "/owners"])
        XCTAssertEqual(paths["/pets"]?.objectValue?.keys, ["get", "post"])
        let origins = try XCTUnwrap(merged?.origins)
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/pets", "get", "responses"])), "a.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/pets", "post"])), "b.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/owners", "get"])), "b.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["info"])), "a.json")
    }

    func testConflictingOperationIsAnError() {
        let (_, diagnostics) = Stages.merge([
            ("a.json", document(paths: ##"{"/pets": {"get": {"operationId": "one"}}}"##)),
            ("b.json", document(paths: ##"{"/pets": {"get": {"operationId": "two"}}}"##)),
        ])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["paths", "/pets", "get"])])
        XCTAssertEqual(diagnostics.map(\.file), ["b.json"])
    }

    func testTagsAreMergedByNameFirstDefinitionWins() throws {
        let (merged, diagnostics) = Stages.merge([
            ("a.json", document(tags: ##"[{"name": "Pets", "description": "first"}]"##)),
            ("b.json", document(tags: ##"[{"name": "Pets", "description": "second"}, {"name": "Owners"}]"##)),
        ])
        XCTAssertEqual(diagnostics, [])
        let tags = try XCTUnwrap(merged?.root.objectValue?["tags"])
        XCTAssertEqual(tags, .array([
            .object(JSONObject(["name": .string("Pets"), "description": .string("first")])),
            .object(JSONObject(["name": .string("Owners")])),
        ]))
    }

    func testDifferentTopLevelMemberIsAConflict() {
        let (_, diagnostics) = Stages.merge([
            ("a.json", ##"{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {}}"##),
            ("b.json", ##"{"openapi": "3.0.3", "info": {"title": "B", "version": "1"}, "paths": {}}"##),
        ])
        XCTAssertEqual(diagnostics.map(\.pointer), [JSONPointer(["info"])])
        XCTAssertEqual(diagnostics.map(\.file), ["b.json"])
    }

    func testExtensionMembersMayDiffer() {
        let (merged, diagnostics) = Stages.merge([
            ("a.json", ##"{"openapi": "3.0.3", "x-origin": "a", "paths": {}}"##),
            ("b.json", ##"{"openapi": "3.0.3", "x-origin": "b", "paths": {}}"##),
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(merged?.root.objectValue?["x-origin"], .string("a"))
    }

    func testRootThatIsNotAnObjectIsAnError() {
        let (merged, diagnostics) = Stages.merge([("a.json", "[1, 2]")])
        XCTAssertNil(merged)
        XCTAssertEqual(diagnostics.map(\.pointer), [.root])
        XCTAssertTrue(diagnostics.first?.message.contains("an array") ?? false, diagnostics.description)
    }

    func testPathsThatAreNotAnObjectAreAnError() {
        for (first, second) in [("[]", "{}"), ("{}", "[]")] {
            let (_, diagnostics) = Stages.merge([
                ("a.json", #"{"openapi": "3.0.3", "paths": \#(first)}"#),
                ("b.json", #"{"openapi": "3.0.3", "paths": \#(second)}"#),
            ])
            XCTAssertEqual(diagnostics.errors.map(\.pointer), [JSONPointer(["paths"])], "paths \(first) then \(second)")
            XCTAssertEqual(diagnostics.errors.map(\.file), [first == "[]" ? "a.json" : "b.json"], "paths \(first) then \(second)")
        }
    }

    func testSingleDocumentIsUnchanged() throws {
        let text = document(paths: ##"{"/a": {}}"##, schemas: ##"{"Pet": \##(pet)}"##, tags: ##"[{"name": "x"}]"##)
        let (merged, diagnostics) = Stages.merge([("a.json", text)])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(merged?.root, Stages.load(text).value)
    }

    func testNoDocumentsGiveNothing() {
        var bag = DiagnosticBag()
        let none: [(file: String, root: JSONValue)] = []
        XCTAssertNil(DocumentMerger.merge(none, diagnostics: &bag))
        XCTAssertEqual(bag.all, [])
    }

    func testRealIonosFolderMergesWithoutDiagnostics() throws {
        let sources = try Fixture.specSources("IonosPostgreSQL")
        XCTAssertEqual(sources.count, 4)
        XCTAssertTrue(sources.allSatisfy { $0.displayPath.hasPrefix("specs/IonosPostgreSQL/") }, sources.map(\.displayPath).description)
        let (merged, diagnostics) = Stages.merge(sources)
        XCTAssertEqual(diagnostics, [])
        let merged_ = try XCTUnwrap(merged)
        let paths = try XCTUnwrap(merged_.root.objectValue?["paths"]?.objectValue)
        XCTAssertTrue(paths.keys.contains("/clusters/backups"))
        XCTAssertTrue(paths.keys.contains("/clusters/backups/{backupId}"))
        XCTAssertTrue(paths.keys.contains("/clusters/{clusterId}/backups"))
        XCTAssertTrue(paths.keys.contains("/clusters"))
        XCTAssertEqual(merged_.origins.file(for: JSONPointer(["paths", "/clusters/backups/{backupId}", "get"])), "specs/IonosPostgreSQL/backup-fetch.json")
        let schemas = try XCTUnwrap(merged_.root.value(at: JSONPointer(["components", "schemas"]))?.objectValue)
        XCTAssertTrue(schemas.keys.contains("ClusterBackupList"))
        XCTAssertTrue(schemas.keys.contains("CreateClusterRequest"))
    }
}
