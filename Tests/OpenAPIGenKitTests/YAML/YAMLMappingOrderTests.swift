import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The YAML reader keeps each mapping's keys in document order, in block and flow style, as the JSON reader
/// does, so a YAML document generates its declarations in the order its authors wrote them.
final class YAMLMappingOrderTests: XCTestCase {
    private func keys(_ yaml: String, at pointer: JSONPointer = .root) throws -> [String] {
        var diagnostics = DiagnosticBag()
        let value = try XCTUnwrap(YAMLLoader.load(Data(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics), "\(diagnostics.all)")
        return try XCTUnwrap(value.value(at: pointer)?.objectValue).keys
    }

    func testBlockMappingsKeepTheirOrder() throws {
        let yaml = "zeta: 1\nalpha: 2\nCat:\n  petType: {type: string}\n  name: {type: string}\n  indoor: {type: boolean}\nMid: 3\n"
        XCTAssertEqual(try keys(yaml), ["zeta", "alpha", "Cat", "Mid"])
        XCTAssertEqual(try keys(yaml, at: JSONPointer(["Cat"])), ["petType", "name", "indoor"])
    }

    func testFlowMappingsAndExplicitKeysKeepTheirOrder() throws {
        XCTAssertEqual(try keys("{b: 1, a: 2, c: {y: 1, x: 2}}"), ["b", "a", "c"])
        XCTAssertEqual(try keys("{b: 1, a: 2, c: {y: 1, x: 2}}", at: JSONPointer(["c"])), ["y", "x"])
        XCTAssertEqual(try keys("? second\n: 1\n? first\n: 2\n"), ["second", "first"])
    }

    func testAliasesRepeatTheMappingInItsOrder() throws {
        XCTAssertEqual(try keys("a: &m {z: 1, y: 2}\nb: *m\n", at: JSONPointer(["b"])), ["z", "y"])
    }

    func testTheSameDocumentInJSONAndYAMLHasTheSameOrder() throws {
        let json = #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/b": {}, "/a": {}}}"#
        var diagnostics = DiagnosticBag()
        let fromJSON = try XCTUnwrap(JSONLoader.load(Data(json.utf8), file: "t.json", diagnostics: &diagnostics))
        for style in [YAMLWriter.Style.block, .flow] {
            let yaml = YAMLWriter.text(fromJSON, style: style)
            XCTAssertEqual(try keys(yaml), ["openapi", "info", "paths"], yaml)
            XCTAssertEqual(try keys(yaml, at: JSONPointer(["paths"])), ["/b", "/a"], yaml)
        }
    }
}
