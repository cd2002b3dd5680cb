import XCTest
@testable import OpenAPIGenKit

final class SpecReporterTests: XCTestCase {
    /// A pointer into the bundled document is reported in the file and at the pointer that node came from.
    func testFindingsNameTheSourceFileAndPointer() {
        var origins = OriginMap(defaultFile: "specs/Pets/openapi.json")
        origins.record(JSONPointer(["components", "schemas", "Pet"]), file: "specs/Pets/shared/pet.json", sourcePointer: .root)
        var reporter = SpecReporter(origins: origins)
        reporter.error("broken", at: JSONPointer(["components", "schemas", "Pet", "type"]))
        reporter.warning("odd", at: JSONPointer(["paths"]))
        XCTAssertEqual(reporter.diagnostics.all, [
            Diagnostic(.error, "broken", file: "specs/Pets/shared/pet.json", pointer: JSONPointer(["type"])),
            Diagnostic(.warning, "odd", file: "specs/Pets/openapi.json", pointer: JSONPointer(["paths"])),
        ])
    }

    /// A lenient reading is a warning that carries its kind, so that strict mode can refuse it.
    func testLenientReadingCarriesItsKind() throws {
        var reporter = SpecReporter(origins: OriginMap(defaultFile: "a.json"))
        reporter.lenient(.parameterWithoutSchema, "the parameter 'q' has neither 'schema' nor 'content'", assumed: "assumed a string", at: JSONPointer(["paths"]))
        let finding = try XCTUnwrap(reporter.diagnostics.all.first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.leniency, .parameterWithoutSchema)
        XCTAssertEqual(finding.message, "the parameter 'q' has neither 'schema' nor 'content'; assumed a string")
        XCTAssertEqual(finding.file, "a.json")
    }

    /// The parsers report through their reporter: what `NodeParser` reports is in its `diagnostics`.
    func testNodeParserReportsThroughItsReporter() {
        var context = NodeParser(origins: OriginMap(defaultFile: "a.json"))
        _ = context.string(JSONObject(["title": .int(3)]), "title", at: .root)
        XCTAssertEqual(context.diagnostics.all.map(\.description), ["a.json: error: 'title' is a number; expected a string [#/title]"])
        XCTAssertEqual(context.reporter.diagnostics, context.diagnostics)
    }
}
