import XCTest
@testable import OpenAPIGenKit

final class DiagnosticTests: XCTestCase {
    func testDescriptionFormat() {
        let pointer = JSONPointer(["paths", "/pets", "get"])
        XCTAssertEqual(
            Diagnostic(.error, "unresolved reference '#/components/schemas/Pet'", file: "specs/Pets/openapi.json", pointer: pointer, line: 12, column: 5).description,
            "specs/Pets/openapi.json:12:5: error: unresolved reference '#/components/schemas/Pet' [#/paths/~1pets/get]"
        )
        XCTAssertEqual(Diagnostic(.warning, "odd", file: "a.json", line: 3).description, "a.json:3: warning: odd")
        XCTAssertEqual(Diagnostic(.note, "see here", file: "a.json", pointer: .root).description, "a.json: note: see here [#]")
        XCTAssertEqual(Diagnostic(.error, "the file is empty", file: "a.json").description, "a.json: error: the file is empty")
    }

    func testSortingByFileThenLineThenColumn() {
        let diagnostics = [
            Diagnostic(.error, "b3", file: "b.json", line: 3, column: 1),
            Diagnostic(.error, "a10", file: "a.json", line: 10, column: 1),
            Diagnostic(.warning, "a2c9", file: "a.json", line: 2, column: 9),
            Diagnostic(.error, "a2c3", file: "a.json", line: 2, column: 3),
            Diagnostic(.error, "b1", file: "b.json", line: 1, column: 7),
            Diagnostic(.error, "a-none", file: "a.json"),
        ]
        XCTAssertEqual(diagnostics.sorted().map(\.message), ["a-none", "a2c3", "a2c9", "a10", "b1", "b3"])
    }

    func testSortingFallsBackToPointerAndMessage() {
        let diagnostics = [
            Diagnostic(.error, "z", file: "a.json", pointer: JSONPointer(["b"])),
            Diagnostic(.error, "y", file: "a.json", pointer: JSONPointer(["a"])),
            Diagnostic(.error, "x", file: "a.json", pointer: JSONPointer(["a"])),
        ]
        XCTAssertEqual(diagnostics.sorted().map(\.message), ["x", "y", "z"])
    }

    func testBagDropsDuplicatesAndKnowsAboutErrors() {
        var bag = DiagnosticBag()
        XCTAssertFalse(bag.hasErrors)
        bag.append(Diagnostic(.warning, "w", file: "a.json"))
        bag.append(Diagnostic(.warning, "w", file: "a.json"))
        XCTAssertEqual(bag.all.count, 1)
        XCTAssertFalse(bag.hasErrors)
        var other = DiagnosticBag()
        other.append(Diagnostic(.error, "e", file: "a.json", line: 1))
        other.append(Diagnostic(.warning, "w", file: "a.json"))
        bag.append(contentsOf: other)
        XCTAssertEqual(bag.all.map(\.message), ["w", "e"])
        XCTAssertTrue(bag.hasErrors)
        XCTAssertEqual(bag.sorted.map(\.message), ["w", "e"])
    }

    func testOriginMapWalksUpToTheNearestRecordedAncestor() {
        var origins = OriginMap(defaultFile: "a.json")
        origins.record(JSONPointer(["paths", "/b"]), file: "b.json")
        origins.record(JSONPointer(["paths", "/b"]), file: "c.json")
        origins.record(JSONPointer(["paths", "/b", "get", "x"]), file: "d.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/b", "get", "responses"])), "b.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/b", "get", "x", "y"])), "d.json")
        XCTAssertEqual(origins.file(for: JSONPointer(["paths", "/a"])), "a.json")
        XCTAssertEqual(origins.file(for: .root), "a.json")
    }

    func testParseDiagnosticsNameTheFileTheNodeCameFrom() {
        let a = Fixture.spec(paths: ##"{"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}"##)
        let b = Fixture.spec(paths: ##"{"/b": {"get": {"responses": {"200": {"description": "ok"}}, "deprecated": "yes"}}}"##)
        let result = Pipeline.generate([SpecSource(displayPath: "a.json", data: Data(a.utf8)), SpecSource(displayPath: "b.json", data: Data(b.utf8))])
        XCTAssertEqual(result.diagnostics.map(\.file), ["b.json"])
        XCTAssertEqual(result.diagnostics.map(\.pointer), [JSONPointer(["paths", "/b", "get", "deprecated"])])
    }
}
